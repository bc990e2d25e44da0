// Runs the c2c command in-process with captured output and a fixed clock, in a temporary folder.

import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/cli";
import type { CliIo } from "../../src/cli/io";
import type { Language } from "../../src/engine/language";

export const FIXED_NOW = new Date("2026-11-28T12:00:00Z");

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function c2c(...argv: string[]): Promise<CliRun> {
  return c2cIn(undefined, ...argv);
}

/** `c2c` run in a language, as `processIo` would read it from LANG (undefined: no language). */
export async function c2cIn(language: Language | undefined, ...argv: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    now: () => FIXED_NOW,
    ...(language === undefined ? {} : { language }),
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

export interface TempFolder {
  readonly path: (name: string) => string;
  readonly remove: () => Promise<void>;
}

export async function tempFolder(): Promise<TempFolder> {
  const folder = await mkdtemp(join(tmpdir(), "c2c-cli-"));
  return {
    path: (name) => join(folder, name),
    remove: () => rm(folder, { recursive: true, force: true }),
  };
}

export async function sha256(path: string): Promise<string> {
  return createHash("sha256")
    .update(await readFile(path))
    .digest("hex");
}

/** The warning and error lines of a run's standard error (progress lines left out). */
export function problemLines(stderr: string): string[] {
  return stderr
    .split("\n")
    .filter((line) => line.startsWith("warning: ") || line.startsWith("error: "));
}
