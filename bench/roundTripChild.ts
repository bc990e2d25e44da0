// ExcelJS's own round trip of one file (load, then write), for bench/score.ts, which bundles it and
// runs it under plain Node with bench/measuredExit.cjs measuring the process. The bytes go through
// our preflight first, as in the runner: ExcelJS cannot load openpyxl's package as written
// (absolute relationship targets, drawings in the default namespace: it throws reading the
// drawing's anchors), and the preflight normalises those.
import { readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { phraseText } from "../src/engine/language/problemTexts";
import { preflightPackage } from "../src/host/xlsx/preflight";
import { readablePackage } from "../tests/support/exceljsHost/readablePackage";

async function main(): Promise<void> {
  const [input = "", output = ""] = process.argv.slice(2);
  const checked = await preflightPackage(new Uint8Array(readFileSync(input)));
  if (!checked.ok) throw new Error(`${input}: ${phraseText("en", checked.reason)}`);
  const workbook = new ExcelJS.Workbook();
  const buffer: unknown = Buffer.from(await readablePackage(checked));
  await workbook.xlsx.load(buffer as ArrayBuffer);
  writeFileSync(output, new Uint8Array(await workbook.xlsx.writeBuffer()));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
