// ExcelJS's own round trip of one file (load, then write), timed in this process, for
// bench/score.ts: the time of the two and the process's peak resident memory, printed as the last
// line of standard error. The bytes go through our preflight first, as in the runner: ExcelJS
// cannot load openpyxl's package as written (absolute relationship targets, drawings in the
// default namespace: it throws reading the drawing's anchors), and the preflight normalises those.
import { readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { preflightPackage } from "../src/host/xlsx/preflight";

async function main(): Promise<void> {
  const [input = "", output = ""] = process.argv.slice(2);
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  const checked = await preflightPackage(new Uint8Array(readFileSync(input)));
  if (!checked.ok) throw new Error(`${input}: ${checked.reason}`);
  const workbook = new ExcelJS.Workbook();
  const buffer: unknown = Buffer.from(checked.bytes);
  await workbook.xlsx.load(buffer as ArrayBuffer);
  writeFileSync(output, new Uint8Array(await workbook.xlsx.writeBuffer()));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const peakMiB = process.resourceUsage().maxRSS / 1024;
  process.stderr.write(`BENCH ${JSON.stringify({ code: 0, ms, cpuMs, peakMiB })}\n`);
}

void main();
