// The built add-in for the browser tests: `webpack --mode production` run once into a cache folder
// in the temp dir named after a hash of everything the build reads, so the browser test files (and
// parallel Jest workers) share one build, and a changed source builds again. Served over http on
// 127.0.0.1 by staticServer.

import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { REPO_ROOT } from "./repoPaths";
import { serveDirectory, type StaticServer } from "./staticServer";

/** What the production build reads: sources, build scripts and configuration, pinned dependencies. */
const BUILD_INPUTS = [
  "src",
  "assets",
  "build",
  "scripts/build",
  "webpack.config.js",
  "manifest.xml",
  "package-lock.json",
  "tsconfig.json",
];
const CACHE_ROOT = join(tmpdir(), "c2c-browser-dist");
const WEBPACK_CLI = join(REPO_ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
const POLL_MS = 300;
/** Longer than any build takes (about 20 s on two cores); a lock older than this is abandoned. */
const BUILD_TIMEOUT_MS = 240_000;
/** Cached builds of other source states are removed after a day. */
const STALE_BUILD_MS = 24 * 60 * 60 * 1000;

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => filesUnder(join(path, entry.name)));
}

/** A hash of every build input's path and content. */
export function sourceHash(): string {
  const hash = createHash("sha256");
  for (const input of BUILD_INPUTS) {
    for (const file of filesUnder(join(REPO_ROOT, input))) {
      hash.update(relative(REPO_ROOT, file)).update("\0").update(readFileSync(file)).update("\0");
    }
  }
  return hash.digest("hex").slice(0, 16);
}

function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

function runWebpack(outputDirectory: string, logFile: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [WEBPACK_CLI, "--mode", "production"], {
      cwd: REPO_ROOT,
      // The development base URL: the pages are served from the local server whatever it says.
      env: { ...process.env, ADDIN_BASE_URL: "", C2C_DIST_DIR: outputDirectory },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const output: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), BUILD_TIMEOUT_MS);
    child.on("close", (code) => {
      clearTimeout(timer);
      writeFileSync(logFile, Buffer.concat(output));
      resolve(code ?? 1);
    });
  });
}

function removeStaleBuilds(keep: string): void {
  for (const entry of readdirSync(CACHE_ROOT)) {
    const path = join(CACHE_ROOT, entry);
    if (entry.startsWith(keep)) continue;
    if (Date.now() - statSync(path).mtimeMs > STALE_BUILD_MS)
      rmSync(path, { recursive: true, force: true });
  }
}

function tail(file: string, lines: number): string {
  return existsSync(file) ? readFileSync(file, "utf8").split("\n").slice(-lines).join("\n") : "";
}

/**
 * The folder holding the production build of the current sources, building it if no test file
 * has yet. One process builds (a lock folder made with mkdir); the others wait for its result.
 */
export async function builtDist(): Promise<string> {
  const hash = sourceHash();
  const done = join(CACHE_ROOT, hash);
  const lock = join(CACHE_ROOT, `${hash}.lock`);
  const log = join(CACHE_ROOT, `${hash}.log`);
  mkdirSync(CACHE_ROOT, { recursive: true });
  const started = Date.now();
  while (!existsSync(done)) {
    try {
      mkdirSync(lock);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      if (Date.now() - statSync(lock).mtimeMs > BUILD_TIMEOUT_MS)
        rmSync(lock, { recursive: true, force: true });
      if (Date.now() - started > 2 * BUILD_TIMEOUT_MS)
        throw new Error(`waited too long for another test's build of dist (lock ${lock})`);
      await sleep(POLL_MS);
      continue;
    }
    try {
      if (existsSync(done)) break;
      const building = join(CACHE_ROOT, `${hash}.building-${process.pid}`);
      const status = await runWebpack(building, log);
      if (status !== 0) {
        rmSync(building, { recursive: true, force: true });
        throw new Error(
          `the production build failed (webpack exit ${status}); the end of its log ${log}:\n${tail(log, 30)}`,
        );
      }
      renameSync(building, done);
      removeStaleBuilds(hash);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return done;
}

/**
 * The folder to serve: C2C_BROWSER_DIST when set (a build made elsewhere, e.g. the one CI is about
 * to upload: `npm run build && C2C_BROWSER_DIST=dist npx jest tests/browser`), else the cached build.
 */
export async function distToServe(environment: NodeJS.ProcessEnv = process.env): Promise<string> {
  const given = environment.C2C_BROWSER_DIST?.trim() ?? "";
  if (given === "") return builtDist();
  const folder = resolve(REPO_ROOT, given);
  if (!existsSync(join(folder, "taskpane.html")))
    throw new Error(
      `C2C_BROWSER_DIST is "${given}", which holds no taskpane.html; build it first (npm run build) or unset it`,
    );
  return folder;
}

/** The production build of the current sources (or C2C_BROWSER_DIST), served on 127.0.0.1. */
export async function serveDist(): Promise<StaticServer & { readonly dist: string }> {
  const dist = await distToServe();
  const server = await serveDirectory(dist);
  return { ...server, dist };
}
