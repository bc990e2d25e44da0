// Bench (issue 11): reading a decompression bomb beside reading a normal workbook. The bomb (one
// part inflating to 1.2 GB from 1.2 MB) must be refused in under 1 s and 100 MB, whether its zip
// directory declares the 1.2 GB or lies (declares 1000 bytes); the long-list workbook is read by
// our own reader and by ExcelJS (the contract tables each), their ratios in the same run. Each read
// runs in its own process, so memory is its own; each reader's read is the median of three.

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
  /** Table cells read (the two readers must read as many). */
  readonly cells: number;
}

type Reader = "ours" | "exceljs";

const READS_PER_READER = 3;

function readInChild(path: string, reader: Reader = "ours"): ReadMeasure {
  const child = spawnSync(
    process.execPath,
    ["--import", "tsx", join(__dirname, "readChild.ts"), path, reader],
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
    const ours = medianRead(normal, "ours");
    const exceljs = medianRead(normal, "exceljs");
    if (ours.cells !== exceljs.cells)
      throw new Error(`the readers read ${ours.cells} and ${exceljs.cells} table cells`);
    const lines = [
      `read long-list workbook (${kib(normal)}, ${ours.cells} table cells): preflight ${ours.preflightMs.toFixed(0)} ms; our reader ${ours.ms.toFixed(0)} ms, ${ours.peakMiB.toFixed(0)} MiB above start; ExcelJS ${exceljs.ms.toFixed(0)} ms, ${exceljs.peakMiB.toFixed(0)} MiB; ours takes ${(ours.ms / exceljs.ms).toFixed(2)}× the time and ${(ours.peakMiB / exceljs.peakMiB).toFixed(2)}× the memory`,
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

/** The read of median time among READS_PER_READER, each in a fresh process. */
function medianRead(path: string, reader: Reader): ReadMeasure {
  const reads = Array.from({ length: READS_PER_READER }, () => readInChild(path, reader)).sort(
    (a, b) => a.ms - b.ms,
  );
  const median = reads[Math.floor(reads.length / 2)];
  if (median === undefined) throw new Error("no read measured");
  return median;
}
