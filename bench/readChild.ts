// Reads one file as the runner does, in this process, and prints the time and the memory it took as
// the last line of standard error, for bench/read.ts. Memory is the peak resident size above what
// the process held before the read. The reader is the second argument: "ours" (the preflight, then
// our own reader: every contract table and the settings sheet, what `c2c report` reads) or
// "exceljs" (the preflight, then ExcelJS's model, corrected, and the same tables from it).
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { CONTRACT_TABLES } from "../src/app/scoredReading";
import { loadModel } from "../tests/support/exceljsHost/loadedTables";
import { modelTableData } from "../tests/support/exceljsHost/modelTables";
import { preflightPackage } from "../src/host/xlsx/preflight";
import { readablePackage } from "../tests/support/exceljsHost/readablePackage";
import { XlsxPackageReader } from "../src/host/xlsx/xlsxPackageReader";

async function main(): Promise<void> {
  const bytes = new Uint8Array(readFileSync(process.argv[2] ?? ""));
  const reader = process.argv[3] === "exceljs" ? "exceljs" : "ours";
  const before = process.memoryUsage().rss;
  const started = process.hrtime.bigint();
  const checked = await preflightPackage(bytes);
  const preflightMs = Number(process.hrtime.bigint() - started) / 1e6;
  let cells = 0;
  if (checked.ok && reader === "ours") {
    const workbook = XlsxPackageReader.fromParts(checked.parts);
    const tables = await workbook.readTables(CONTRACT_TABLES);
    await workbook.readAddinData();
    for (const table of Object.values(tables)) cells += countCells(table?.rows);
  } else if (checked.ok) {
    const readable = await readablePackage(checked);
    const model = await loadModel(readable, await JSZip.loadAsync(readable));
    for (const name of CONTRACT_TABLES) cells += countCells(modelTableData(model, name)?.rows);
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const peakMiB = (process.resourceUsage().maxRSS * 1024 - before) / 1024 / 1024;
  process.stderr.write(
    `BENCH ${JSON.stringify({ refused: !checked.ok, preflightMs, ms, peakMiB: Math.max(peakMiB, 0), cells })}\n`,
  );
}

function countCells(rows: readonly { readonly cells: readonly unknown[] }[] | undefined): number {
  return (rows ?? []).reduce((sum, row) => sum + row.cells.length, 0);
}

void main();
