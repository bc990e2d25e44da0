// Reads one file as the runner does (preflight, then ExcelJS when the preflight passes) in this
// process and prints the time and the memory it took as the last line of standard error, for
// bench/read.ts. Memory is the peak resident size above what the process held before the read.
import { readFileSync } from "node:fs";
import { preflightPackage } from "../src/host/xlsx/preflight";
import { XlsxWorkbook } from "../src/host/xlsx/xlsxWorkbook";

async function main(): Promise<void> {
  const bytes = new Uint8Array(readFileSync(process.argv[2] ?? ""));
  const before = process.memoryUsage().rss;
  const started = process.hrtime.bigint();
  const checked = await preflightPackage(bytes);
  const preflightMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (checked.ok) await XlsxWorkbook.fromBytes(checked.bytes);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const peakMiB = (process.resourceUsage().maxRSS * 1024 - before) / 1024 / 1024;
  process.stderr.write(
    `BENCH ${JSON.stringify({ refused: !checked.ok, preflightMs, ms, peakMiB: Math.max(peakMiB, 0) })}\n`,
  );
}

void main();
