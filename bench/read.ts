// Bench (issue 11): reading a decompression bomb beside reading a normal workbook. The bomb (one
// part inflating to 1.2 GB from 1.2 MB) must be refused in under 1 s and 100 MB, whether its zip
// directory declares the 1.2 GB or lies (declares 1000 bytes); the long-list workbook is read
// (preflight and ExcelJS) for comparison. Each read runs in its own process, so memory is its own.

import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decompressionBomb } from "../scripts/fixtures/handmadeZip";
import { writeLongListWorkbook } from "./runnerWorkbook";

const BOMB_MEGABYTES = 1200;
const TARGET_MS = 1000;
const TARGET_MIB = 100;

interface ReadMeasure {
  readonly refused: boolean;
  readonly preflightMs: number;
  readonly ms: number;
  readonly peakMiB: number;
}

function readInChild(path: string): ReadMeasure {
  const child = spawnSync(
    process.execPath,
    ["--import", "tsx", join(__dirname, "readChild.ts"), path],
    { encoding: "utf8" },
  );
  const line = child.stderr
    .split("\n")
    .reverse()
    .find((text) => text.startsWith("BENCH "));
  if (line === undefined)
    throw new Error(`reading ${path} printed no measurement:\n${child.stderr}`);
  return JSON.parse(line.slice("BENCH ".length)) as ReadMeasure;
}

export async function benchRead(): Promise<string[]> {
  const directory = mkdtempSync(join(tmpdir(), "c2c-bench-read-"));
  try {
    const normal = join(directory, "long-list.xlsx");
    await writeLongListWorkbook(normal, 2026);
    const declared = join(directory, "bomb-declared.xlsx");
    writeFileSync(declared, decompressionBomb(BOMB_MEGABYTES, BOMB_MEGABYTES * 1024 * 1024));
    const lying = join(directory, "bomb-lying.xlsx");
    writeFileSync(lying, decompressionBomb(BOMB_MEGABYTES, 1000));
    const kib = (path: string): string => `${(statSync(path).size / 1024).toFixed(0)} KiB`;
    const read = readInChild(normal);
    const lines = [
      `read long-list workbook (${kib(normal)}): preflight ${read.preflightMs.toFixed(0)} ms, with ExcelJS ${read.ms.toFixed(0)} ms, ${read.peakMiB.toFixed(0)} MiB above start`,
    ];
    for (const [name, path] of [
      ["declares its size", declared],
      ["sizes lie", lying],
    ] as const) {
      const bomb = readInChild(path);
      const met = bomb.refused && bomb.ms < TARGET_MS && bomb.peakMiB < TARGET_MIB;
      lines.push(
        `read ${BOMB_MEGABYTES / 1000} GB decompression bomb, ${name} (${kib(path)}): ${bomb.refused ? "refused" : "NOT REFUSED"} in ${bomb.ms.toFixed(0)} ms, ${bomb.peakMiB.toFixed(0)} MiB above start (target < ${TARGET_MS} ms and < ${TARGET_MIB} MiB: ${met ? "met" : "MISSED"})`,
      );
    }
    return lines;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
