// The installed command end to end: bin/c2c runs the compiled runner (dist-cli/c2c.js), notices a
// bundle that is missing or older than the sources, and passes the runner's exit code through.
// Besides the project's own bin/c2c, each case runs a copy of it in a throwaway checkout (bin/,
// dist-cli/ with a bundle built for the test, src/ and node_modules/ linked to the project's), so
// the bundle's age and the presence of tsx can be set without touching the project.

import { execFile } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { buildCliBundle } from "../../scripts/build/cliBundle";

const run = promisify(execFile);
const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "c2c");

describe("bin/c2c", () => {
  it("runs the command from a shell: help on stdout, exit 0", async () => {
    const { stdout } = await run(process.execPath, [BIN, "--help"]);
    expect(stdout).toContain("Usage: c2c <command> [options]");
  }, 30_000);

  it("exits with code 2 on a usage error", async () => {
    await expect(run(process.execPath, [BIN, "score"])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining("c2c score: missing the input workbook") as unknown,
    });
  }, 30_000);
});

interface Checkout {
  readonly bin: string;
  readonly bundle: string;
}

/**
 * A checkout in a temporary folder with a freshly built bundle. `withSources`: src/ linked to the
 * project's (a development checkout); `withPackages`: node_modules/ linked (tsx and ExcelJS found).
 */
function makeCheckout(
  root: string,
  name: string,
  options: { withSources: boolean; withPackages: boolean },
): Checkout {
  const directory = join(root, name);
  mkdirSync(join(directory, "bin"), { recursive: true });
  mkdirSync(join(directory, "dist-cli"));
  const bin = join(directory, "bin", "c2c");
  copyFileSync(BIN, bin);
  if (options.withSources) symlinkSync(join(ROOT, "src"), join(directory, "src"), "dir");
  if (options.withPackages)
    symlinkSync(join(ROOT, "node_modules"), join(directory, "node_modules"), "dir");
  return { bin, bundle: join(directory, "dist-cli", "c2c.js") };
}

/** Sets a file's modification time `hours` from now (negative: in the past). */
function age(path: string, hours: number): void {
  const when = new Date(Date.now() + hours * 3_600_000);
  utimesSync(path, when, when);
}

async function c2c(
  bin: string,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error: unknown) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("bin/c2c and the compiled bundle", () => {
  let root: string;
  let builtBundle: string;
  let packagesRequired: readonly string[];

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "c2c-bin-"));
    const built = join(root, "built", "c2c.js");
    ({ packagesRequired } = await buildCliBundle(built));
    builtBundle = built;
  }, 60_000);

  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  function checkoutWithBundle(
    name: string,
    options: { withSources: boolean; withPackages: boolean },
  ): Checkout {
    const checkout = makeCheckout(root, name, options);
    copyFileSync(builtBundle, checkout.bundle);
    return checkout;
  }

  it("runs the bundle: --help on stdout, nothing on stderr, exit 0, without loading a package", async () => {
    const checkout = checkoutWithBundle("fresh", { withSources: true, withPackages: true });
    age(checkout.bundle, 1);
    // A preload that reports, when the process ends, how many files of the packages it needs were loaded.
    const probe = join(root, "probe.js");
    writeFileSync(
      probe,
      `process.on("exit", () => { const loaded = Object.keys(require.cache).filter((f) => /[\\\\/]node_modules[\\\\/](exceljs|jszip|ajv|csv-parse|saxes)[\\\\/]/.test(f)); process.stderr.write("loaded: " + loaded.length + "\\n"); });\n`,
    );
    const { stdout, stderr } = await run(process.execPath, [
      "--require",
      probe,
      checkout.bin,
      "--help",
    ]);
    expect(stdout).toContain("Usage: c2c <command> [options]");
    expect(stdout).toMatch(/^ {2}import-answers {2}place a survey tool's answers/m);
    expect(stderr).toBe("loaded: 0\n");
  }, 30_000);

  it("requires at run time only the project's dependencies, not tsx", () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    };
    // No command writes through ExcelJS any more (import-answers edits the package too, 0017): the
    // bundle does not require it. The dependency stays for the tests until the lead decides. Nor
    // does the run time validate the shipped catalogue (0037): Ajv is needed by the build only.
    expect(packagesRequired).toEqual(["csv-parse", "jszip", "saxes"]);
    for (const name of packagesRequired) expect(Object.keys(manifest.dependencies)).toContain(name);
    expect(Object.keys(manifest.dependencies)).not.toContain("tsx");
  });

  it("passes the runner's exit codes through: 0, and 2 for a usage error or no command", async () => {
    const checkout = checkoutWithBundle("codes", { withSources: false, withPackages: true });
    expect(await c2c(checkout.bin, "--version")).toEqual({
      code: 0,
      stdout: "0.1.0\n",
      stderr: "",
    });
    const usage = await c2c(checkout.bin, "score");
    expect([usage.code, usage.stdout]).toEqual([2, ""]);
    expect(usage.stderr).toBe(
      "c2c score: missing the input workbook\nRun c2c score --help for usage.\n",
    );
    const none = await c2c(checkout.bin);
    expect([none.code, none.stdout]).toEqual([2, ""]);
    expect(none.stderr).toContain("Usage: c2c <command> [options]");
  }, 30_000);

  it("says a bundle older than the sources is stale, with the command that rebuilds it, and runs the sources through tsx", async () => {
    const checkout = checkoutWithBundle("stale", { withSources: true, withPackages: true });
    age(checkout.bundle, -24 * 365 * 30);
    const result = await c2c(checkout.bin, "--version");
    expect(result).toEqual({
      code: 0,
      stdout: "0.1.0\n",
      stderr:
        "c2c: dist-cli/c2c.js is older than the sources in src/, so the sources run through tsx (slower); run `npm run build:cli` to build it.\n",
    });
  }, 60_000);

  it("runs a stale bundle when tsx is not installed, and still says it is stale", async () => {
    const checkout = checkoutWithBundle("stale-without-tsx", {
      withSources: true,
      withPackages: false,
    });
    age(checkout.bundle, -24 * 365 * 30);
    const result = await c2c(checkout.bin, "--version");
    expect(result).toEqual({
      code: 0,
      stdout: "0.1.0\n",
      stderr:
        "c2c: dist-cli/c2c.js is older than the sources in src/, so what runs may not be what the sources say; run `npm run build:cli` to build it.\n",
    });
  }, 30_000);

  it("says a missing bundle is missing and runs the sources through tsx", async () => {
    const checkout = makeCheckout(root, "missing", { withSources: true, withPackages: true });
    const result = await c2c(checkout.bin, "score");
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "c2c: dist-cli/c2c.js is missing, so the sources run through tsx (slower); run `npm run build:cli` to build it.\n" +
        "c2c score: missing the input workbook\nRun c2c score --help for usage.\n",
    );
  }, 60_000);

  it("exits 2 when the bundle is missing and tsx is not installed", async () => {
    const checkout = makeCheckout(root, "missing-without-tsx", {
      withSources: true,
      withPackages: false,
    });
    expect(await c2c(checkout.bin, "--help")).toEqual({
      code: 2,
      stdout: "",
      stderr: "c2c: dist-cli/c2c.js is missing; run `npm run build:cli` to build it.\n",
    });
  }, 30_000);
});
