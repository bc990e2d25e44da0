// The browser the browser tests drive: Debian's Chromium (playwright-core downloads none). Found at
// CHROMIUM_PATH or the Debian/Ubuntu paths; when missing and the tests run as root on a machine with
// apt-get (CI, a fresh container), Debian's `chromium` package is installed once per run, so the
// README's test command works on a fresh machine. Otherwise the tests fail with how to install it.

import { spawn } from "node:child_process";
import { accessSync, constants, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_CANDIDATES: readonly string[] = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** Flags for a quiet headless run: no sandbox (root in containers), no GPU, no Google services calling out. */
export const CHROMIUM_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

const INSTALL_LOCK = join(tmpdir(), "c2c-chromium-install.lock");
const INSTALL_RESULT = join(tmpdir(), "c2c-chromium-install.result");
const INSTALL_LOG = join(tmpdir(), "c2c-chromium-install.log");
/** An attempt this recent is not repeated: a failed install is reported, not retried by every test file. */
const ATTEMPT_VALID_MS = 30 * 60 * 1000;
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

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The browser to use: CHROMIUM_PATH when set (it must exist), else the first Debian/Ubuntu path present. */
export function findChromium(environment: NodeJS.ProcessEnv = process.env): string | null {
  const configured = environment.CHROMIUM_PATH?.trim() ?? "";
  if (configured !== "") {
    if (!isExecutable(configured)) throw new ChromiumMissingError(`CHROMIUM_PATH is "${configured}", which is not an executable file.`);
    return configured;
  }
  return CHROMIUM_CANDIDATES.find(isExecutable) ?? null;
}

function onPath(command: string): boolean {
  return (process.env.PATH ?? "").split(delimiter).some((directory) => directory !== "" && isExecutable(join(directory, command)));
}

function runsAsRoot(): boolean {
  return process.getuid?.() === 0;
}

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

/** Takes the install lock (exclusive create), clearing one left by a process that died holding it. */
function tryLock(): boolean {
  try {
    writeFileSync(INSTALL_LOCK, String(process.pid), { flag: "wx" });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const holder = lockHolder();
    if (holder !== null && !processAlive(holder)) rmSync(INSTALL_LOCK, { force: true });
    return false;
  }
}

/** The pid written in the lock; null while it is being written or after it went. */
function lockHolder(): number | null {
  try {
    const pid = Number(readFileSync(INSTALL_LOCK, "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function recentAttemptFailed(): boolean {
  if (!existsSync(INSTALL_RESULT)) return false;
  const [time, status] = readFileSync(INSTALL_RESULT, "utf8").trim().split(" ");
  return Date.now() - Number(time) < ATTEMPT_VALID_MS && status !== "0";
}

function aptInstallChromium(): Promise<number> {
  process.stderr.write(`Chromium not found: installing Debian's chromium package for the browser tests (apt-get; log: ${INSTALL_LOG})…\n`);
  return new Promise((resolve) => {
    const child = spawn("sh", ["-c", `{ apt-get update && apt-get install -y chromium; } > '${INSTALL_LOG}' 2>&1`], {
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
      stdio: "ignore",
    });
    child.on("error", () => {
      resolve(127);
    });
    child.on("close", (code) => {
      resolve(code ?? 1);
    });
  });
}

/**
 * The browser's path, installing Debian's package first when none is found and this process may
 * (root, apt-get present). Parallel Jest workers share one install through a lock file; the outcome is
 * kept so a failed install is not repeated by every test file of the same run.
 */
export async function ensureChromium(): Promise<string> {
  const found = findChromium();
  if (found !== null) return found;
  const looked = `none found (looked at CHROMIUM_PATH, ${CHROMIUM_CANDIDATES.join(", ")}).`;
  if (!runsAsRoot() || !onPath("apt-get")) throw new ChromiumMissingError(`${looked} It is installed automatically only when the tests run as root with apt-get.`);
  for (;;) {
    if (recentAttemptFailed()) throw new ChromiumMissingError(`${looked} Installing Debian's chromium package failed (see ${INSTALL_LOG}).`);
    if (tryLock()) break;
    await sleep(LOCK_POLL_MS);
    const installedMeanwhile = findChromium();
    if (installedMeanwhile !== null) return installedMeanwhile;
  }
  try {
    const again = findChromium();
    if (again !== null) return again;
    const status = await aptInstallChromium();
    writeFileSync(INSTALL_RESULT, `${Date.now()} ${status}`);
    const installed = findChromium();
    if (installed === null) throw new ChromiumMissingError(`${looked} Installing Debian's chromium package failed with status ${status} (see ${INSTALL_LOG}).`);
    process.stderr.write(`Chromium installed at ${installed}.\n`);
    return installed;
  } finally {
    rmSync(INSTALL_LOCK, { force: true });
  }
}

/** Launches headless Chromium (found or installed by ensureChromium) through playwright-core. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = await ensureChromium();
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
}
