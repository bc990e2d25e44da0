// `npx tsx bench/readSheetOnly.ts FILE.xlsx [runs]`: our reader's time on each contract table of one
// workbook, the sheet scanned afresh each run (its text decoded once), for work on
// src/host/xlsx/package/worksheetRanges.ts and the scanner it shares with the patcher.

import { readFileSync } from "node:fs";
import { parseRange } from "../src/engine/plan/address";
import { preflightPackage } from "../src/host/xlsx/preflight";
import { NODE_INFLATER } from "../src/host/xlsx/preflightInflateNode";
import { XlsxPackage } from "../src/host/xlsx/package/xlsxPackage";

async function main(): Promise<void> {
  const [file = "", runs = "10"] = process.argv.slice(2);
  const checked = await preflightPackage(new Uint8Array(readFileSync(file)), NODE_INFLATER);
  if (!checked.ok) throw new Error(checked.detail);
  const times = new Map<string, number[]>();
  for (let run = 0; run < Number(runs); run++) {
    const workbook = XlsxPackage.open(checked.parts);
    for (const table of workbook.tables) {
      const sheet = workbook.sheets.find((candidate) => candidate.name === table.sheet);
      const bounds = parseRange(table.ref);
      if (sheet === undefined || bounds === undefined) continue;
      const started = performance.now();
      const cells = workbook.cells(sheet, [bounds]);
      const ms = performance.now() - started;
      const key = `${table.name} (${cells?.size ?? 0} cells)`;
      times.set(key, [...(times.get(key) ?? []), ms]);
    }
  }
  for (const [key, ms] of times) {
    const sorted = [...ms].sort((a, b) => a - b);
    console.log(
      `${key.padEnd(34)} min ${sorted[0]?.toFixed(1)} ms, median ${sorted[sorted.length >> 1]?.toFixed(1)} ms`,
    );
  }
}

void main();
