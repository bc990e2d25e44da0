// c2c import-answers saves by editing the package, as score does: an Excel-made chart grafted into
// the assessment is carried over byte for byte while new respondent columns are added, and when
// that chart reads cells the new columns would move, nothing is written and the chart part is named.

import { access, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import JSZip from "jszip";
import { TABLES } from "../../src/engine/model/contract";
import { columnLetters, parseRange } from "../../src/engine/plan/address";
import { XlsxWorkbook } from "../support/exceljsHost/xlsxWorkbook";
import { graftSheet } from "../host/ooxml/graftSheet";
import { c2c, problemLines, tempFolder, type TempFolder } from "./cliHarness";

const EXAMPLE = join(__dirname, "fixtures", "import", "answers-example.csv");

let folder: TempFolder;
let withChart: string;
let chartPart: string;
beforeAll(async () => {
  folder = await tempFolder();
  const assessment = folder.path("assessment.xlsx");
  const made = await c2c(
    "new",
    "-o",
    assessment,
    "--name",
    "Lyon–Rabat",
    "--cities",
    "Lyon,Rabat",
    "--years",
    "2023-2024",
    "--respondents",
    "Ana,Youssef",
  );
  expect(made.code).toBe(0);
  const { bytes, grafted } = await graftSheet(
    await readFile(assessment),
    "chart_area01.xlsx",
    "Sheet1",
  );
  withChart = folder.path("with-chart.xlsx");
  await writeFile(withChart, bytes);
  chartPart = grafted.find((path) => /^xl\/charts\/chart[^/]*\.xml$/.test(path)) ?? "";
  expect(chartPart).not.toBe("");
}, 60_000);
afterAll(async () => {
  await folder.remove();
});

async function partBytes(path: string, part: string): Promise<Uint8Array | undefined> {
  return (await JSZip.loadAsync(await readFile(path))).file(part)?.async("uint8array");
}

/** The checklist table's ref as its table part states it, read with JSZip. */
async function checklistRef(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(path));
  for (const name of Object.keys(zip.files).filter((file) => /^xl\/tables\/.+\.xml$/.test(file))) {
    const xml = (await zip.file(name)?.async("string")) ?? "";
    if (xml.includes(`displayName="${TABLES.checklist}"`))
      return /\sref="([^"]+)"/.exec(xml)?.[1] ?? "";
  }
  throw new Error(`no table ${TABLES.checklist} in ${path}`);
}

it("adds respondent columns and keeps the user's Excel chart byte-identical, without --force", async () => {
  const output = folder.path("with-chart-answers.xlsx");
  const run = await c2c("import-answers", EXAMPLE, "--into", withChart, "-o", output);
  expect(problemLines(run.stderr).filter((line) => line.startsWith("error: "))).toEqual([]);
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(
    /3 respondents added .*\n.*with-chart-answers\.xlsx: kept: 1 chart\n$/,
  );
  const [before, after] = await Promise.all([
    partBytes(withChart, chartPart),
    partBytes(output, chartPart),
  ]);
  expect(after).toBeDefined();
  expect(Buffer.compare(Buffer.from(before ?? []), Buffer.from(after ?? []))).toBe(0);

  // ExcelJS, which we did not write, reads the grown table: three columns wider, the new headers in.
  const [refBefore, refAfter] = await Promise.all([checklistRef(withChart), checklistRef(output)]);
  const widthOf = (ref: string): number => {
    const bounds = parseRange(ref);
    return bounds === undefined ? 0 : bounds.end.column - bounds.start.column + 1;
  };
  expect(widthOf(refAfter)).toBe(widthOf(refBefore) + 3);
  const checklist = (await (await XlsxWorkbook.open(output)).readTables([TABLES.checklist]))[
    TABLES.checklist
  ];
  const headers = checklist?.columns.map((column) => column.header) ?? [];
  expect(headers).toEqual(
    expect.arrayContaining(["Ana", "Youssef", "Fatima Zahra Benali", "Claire Martin"]),
  );
  expect(headers.indexOf("Karim Idrissi")).toBeLessThan(headers.indexOf("Item score"));
}, 60_000);

it("refuses, naming the chart part, when the chart reads cells the new columns would move", async () => {
  const bounds = parseRange(await checklistRef(withChart));
  if (bounds === undefined) throw new Error("the checklist has no ref");
  // The table's last column, its first data row: right of where respondents are inserted.
  const cell = `$${columnLetters(bounds.end.column)}$${bounds.start.row + 1}`;
  const zip = await JSZip.loadAsync(await readFile(withChart));
  const chart = (await zip.file(chartPart)?.async("string")) ?? "";
  expect(chart).toMatch(/<c:f>[^<]*<\/c:f>/);
  zip.file(chartPart, chart.replace(/<c:f>[^<]*<\/c:f>/, `<c:f>Checklist!${cell}</c:f>`));
  const input = folder.path("chart-reads-checklist.xlsx");
  await writeFile(input, await zip.generateAsync({ type: "uint8array" }));
  const output = folder.path("refused.xlsx");

  const run = await c2c("import-answers", EXAMPLE, "--into", input, "-o", output);
  expect(run.code).toBe(2);
  const errors = problemLines(run.stderr).filter((line) => line.startsWith("error: "));
  expect(errors).toEqual([
    expect.stringContaining(
      `The chart in ${chartPart} reads Checklist!${cell.replace(/\$/g, "")}, which adding columns to the table "C2C_Checklist" would move`,
    ),
  ]);
  await expect(access(output)).rejects.toThrow();
}, 60_000);
