// How the browser tests get their browser (scripts/browser/chromium.ts): CHROMIUM_PATH first, then
// the Debian paths; when none is there, one install shared by parallel callers, a failed install
// reported (not retried) by the callers that follow, and a plain message saying how to install it
// when this process may not. The installer is replaced by a fake that writes an executable file.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  ChromiumMissingError,
  ensureChromium,
  findChromium,
  type ChromiumSetup,
} from "../../scripts/browser/chromium";

const TEST_TIMEOUT_MS = 10_000;

let directory = "";

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), "c2c-chromium-test-"));
});

afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

function executable(name: string): string {
  const path = join(directory, name);
  writeFileSync(path, "#!/bin/sh\nexit 0\n");
  chmodSync(path, 0o755);
  return path;
}

function setup(overrides: Partial<ChromiumSetup>): ChromiumSetup {
  return {
    environment: {},
    candidates: [join(directory, "chromium"), join(directory, "chromium-browser")],
    mayInstall: true,
    install: () => Promise.reject(new Error("install must not be called here")),
    stateDirectory: directory,
    announce: () => undefined,
    ...overrides,
  };
}

describe("findChromium", () => {
  it("takes CHROMIUM_PATH before the Debian paths", () => {
    executable("chromium");
    const configured = executable("my-chrome");
    expect(findChromium({ CHROMIUM_PATH: configured }, [join(directory, "chromium")])).toBe(
      configured,
    );
  });

  it("refuses a CHROMIUM_PATH that is not an executable file, saying how to install the browser", () => {
    const plainFile = join(directory, "not-executable");
    writeFileSync(plainFile, "");
    expect(() => findChromium({ CHROMIUM_PATH: plainFile }, [])).toThrow(ChromiumMissingError);
    expect(() => findChromium({ CHROMIUM_PATH: plainFile }, [])).toThrow(
      `CHROMIUM_PATH is "${plainFile}", which is not an executable file.`,
    );
    expect(() => findChromium({ CHROMIUM_PATH: plainFile }, [])).toThrow(
      "sudo apt-get install chromium",
    );
  });

  it("takes the first Debian path present, and is null when none is", () => {
    const candidates = [join(directory, "chromium"), join(directory, "chromium-browser")];
    expect(findChromium({}, candidates)).toBeNull();
    const second = executable("chromium-browser");
    expect(findChromium({}, candidates)).toBe(second);
  });
});

describe("ensureChromium", () => {
  it(
    "fails with how to install it when none is found and this process may not install",
    async () => {
      const attempt = ensureChromium(setup({ mayInstall: false }));
      await expect(attempt).rejects.toThrow(ChromiumMissingError);
      await expect(ensureChromium(setup({ mayInstall: false }))).rejects.toThrow(
        /none was found \(looked at CHROMIUM_PATH, .*chromium, .*chromium-browser\)\. The tests install it themselves only when run as root with apt-get\. Install it with `sudo apt-get install chromium`/,
      );
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "installs once for callers at the same time, and all of them get the installed browser",
    async () => {
      let installs = 0;
      const install = async (logFile: string): Promise<number> => {
        installs += 1;
        writeFileSync(logFile, "fake install\n");
        await new Promise((resolve) => setTimeout(resolve, 700));
        executable("chromium");
        return 0;
      };
      const paths = await Promise.all([
        ensureChromium(setup({ install })),
        ensureChromium(setup({ install })),
        ensureChromium(setup({ install })),
      ]);
      expect(paths).toEqual([0, 1, 2].map(() => join(directory, "chromium")));
      expect(installs).toBe(1);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "reports a failed install with its log, and the callers after it do not try again",
    async () => {
      let installs = 0;
      const install = (): Promise<number> => {
        installs += 1;
        return Promise.resolve(100);
      };
      const message = `Installing Debian's chromium package failed with status 100 (its log: ${join(directory, "c2c-chromium-install.log")}`;
      await expect(ensureChromium(setup({ install }))).rejects.toThrow(message);
      await expect(ensureChromium(setup({ install }))).rejects.toThrow(message);
      expect(installs).toBe(1);
    },
    TEST_TIMEOUT_MS,
  );
});
