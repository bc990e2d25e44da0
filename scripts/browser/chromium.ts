// The browser the browser tests drive: Debian's Chromium (playwright-core downloads none). Found at
// CHROMIUM_PATH or the Debian/Ubuntu paths; when missing and the tests run as root on a machine with
// apt-get (CI, a fresh container), Debian's `chromium` package is installed once per run, so the
// README's test command works on a fresh machine. Otherwise the tests fail with how to install it.

import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { isExecutable } from "../isExecutable";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_CANDIDATES: readonly string[] = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
];

/** Flags for a quiet headless run: no sandbox (root in containers), no GPU, no Google services calling out. */
export const CHROMIUM_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

/** An attempt this recent is not repeated: a failed install is reported once, not retried by every test file of a run. */
const ATTEMPT_VALID_MS = 10 * 60 * 1000;
const LOCK_POLL_MS = 500;

const HOW_TO_INSTALL =
  "Install it with `sudo apt-get install chromium` (Debian/Ubuntu; `chromium-browser` on older Ubuntu), " +
  "or set CHROMIUM_PATH to a Chromium or Google Chrome executable, then run the tests again.";

/** Raised when no browser can be found or installed; its message says how to get one. */
export class ChromiumMissingError extends Error {
  constructor(detail: string) {
    super(`The browser tests need Chromium: ${detail} ${HOW_TO_INSTALL}`);
    this.name = "ChromiumMissingError";
  }
}

/** What ensureChromium looks at and does; the defaults are the real machine (tests replace them). */
export interface ChromiumSetup {
  readonly environment: NodeJS.ProcessEnv;
  readonly candidates: readonly string[];
  /** May this process install packages (root, with apt-get on the PATH)? */
  readonly mayInstall: boolean;
  /** Installs the package, writing its output to `logFile`; resolves with the exit status. */
  readonly install: (logFile: string) => Promise<number>;
  /** Where the lock, the outcome and the log of an install are kept, shared by parallel workers. */
  readonly stateDirectory: string;
  /** Tells the user what happened (stderr). */
  readonly announce: (line: string) => void;
}

/** The browser to use: CHROMIUM_PATH when set (it must exist), else the first candidate present. */
export function findChromium(
  environment: NodeJS.ProcessEnv = process.env,
  candidates: readonly string[] = CHROMIUM_CANDIDATES,
): string | null {
  const configured = environment.CHROMIUM_PATH?.trim() ?? "";
  if (configured !== "") {
    if (!isExecutable(configured))
      throw new ChromiumMissingError(
        `CHROMIUM_PATH is "${configured}", which is not an executable file.`,
      );
    return configured;
  }
  return candidates.find(isExecutable) ?? null;
}

function onPath(command: string): boolean {
  return (process.env.PATH ?? "")
    .split(delimiter)
    .some((directory) => directory !== "" && isExecutable(join(directory, command)));
}

/** Debian's chromium package through apt-get, its output in `logFile`, a progress line on stderr. */
export function aptInstallChromium(logFile: string): Promise<number> {
  process.stderr.write(
    `Chromium not found: installing Debian's chromium package for the browser tests (apt-get; log: ${logFile})…\n`,
  );
  return new Promise((resolve) => {
    const child = spawn(
      "sh",
      ["-c", `{ apt-get update && apt-get install -y chromium; } > "$1" 2>&1`, "sh", logFile],
      {
        env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
        stdio: "ignore",
      },
    );
    child.on("error", () => {
      resolve(127);
    });
    child.on("close", (code) => {
      resolve(code ?? 1);
    });
  });
}

export const DEFAULT_CHROMIUM_SETUP: ChromiumSetup = {
  environment: process.env,
  candidates: CHROMIUM_CANDIDATES,
  mayInstall: process.getuid?.() === 0 && onPath("apt-get"),
  install: aptInstallChromium,
  stateDirectory: tmpdir(),
  announce: (line) => {
    process.stderr.write(`${line}\n`);
  },
};

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

/** The pid written in the lock; null while it is being written or after it went. */
function lockHolder(lock: string): number | null {
  try {
    const pid = Number(readFileSync(lock, "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Takes the install lock (an exclusive create), clearing one left by a process that died holding it. */
function tryLock(lock: string): boolean {
  try {
    writeFileSync(lock, String(process.pid), { flag: "wx" });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const holder = lockHolder(lock);
    if (holder !== null && holder !== process.pid && !processAlive(holder))
      rmSync(lock, { force: true });
    return false;
  }
}

/** The exit status of an install attempted in the last ATTEMPT_VALID_MS, or null. */
function recentAttempt(resultFile: string): number | null {
  if (!existsSync(resultFile)) return null;
  const [time, status] = readFileSync(resultFile, "utf8").trim().split(" ");
  return Date.now() - Number(time) < ATTEMPT_VALID_MS ? Number(status) : null;
}

/**
 * The browser's path, installing Debian's package first when none is found and this process may
 * (root, apt-get present). Parallel Jest workers share one install through a lock file; a failed
 * outcome is kept for a few minutes so it is reported, not retried, by the run's other test files.
 */
export async function ensureChromium(
  setup: ChromiumSetup = DEFAULT_CHROMIUM_SETUP,
): Promise<string> {
  const find = (): string | null => findChromium(setup.environment, setup.candidates);
  const found = find();
  if (found !== null) return found;
  const looked = `none was found (looked at CHROMIUM_PATH, ${setup.candidates.join(", ")}).`;
  if (!setup.mayInstall)
    throw new ChromiumMissingError(
      `${looked} The tests install it themselves only when run as root with apt-get.`,
    );
  const lock = join(setup.stateDirectory, "c2c-chromium-install.lock");
  const resultFile = join(setup.stateDirectory, "c2c-chromium-install.result");
  const logFile = join(setup.stateDirectory, "c2c-chromium-install.log");
  const failed = (status: number): ChromiumMissingError =>
    new ChromiumMissingError(
      status === 0
        ? `${looked} Debian's chromium package installed (its log: ${logFile}), yet no browser is at those paths.`
        : `${looked} Installing Debian's chromium package failed with status ${status} (its log: ${logFile}; delete ${resultFile} to try again at once).`,
    );
  for (;;) {
    const earlier = recentAttempt(resultFile);
    if (earlier !== null && earlier !== 0) throw failed(earlier);
    if (tryLock(lock)) break;
    await sleep(LOCK_POLL_MS);
    const installedMeanwhile = find();
    if (installedMeanwhile !== null) return installedMeanwhile;
  }
  try {
    const again = find();
    if (again !== null) return again;
    const status = await setup.install(logFile);
    writeFileSync(resultFile, `${Date.now()} ${status}`);
    const installed = find();
    if (installed === null) throw failed(status);
    setup.announce(`Chromium installed at ${installed}.`);
    return installed;
  } finally {
    rmSync(lock, { force: true });
  }
}

/** Launches headless Chromium (found or installed by ensureChromium) through playwright-core. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = await ensureChromium();
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
}
