// A small workbook made through the xlsx host with a few portable formulas of the kinds the templates
// write, each cached with a value computed here independently of any spreadsheet, plus cells whose
// cached value LibreOffice must reject: one planted wrong value and one function LibreOffice does
// not know under its bare name.

import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../support/exceljsHost/xlsxWorkbook";
import type { CellPlan, WorkbookPlan } from "../../src/engine/plan/types";

/** Answers!A2:C9: principle code, answer (1–5, "n/a" or blank), weight. */
const ANSWERS: readonly (readonly [string, number | string | null, number])[] = [
  ["TA", 4, 0.5],
  ["TA", 5, 0.25],
  ["FIN", 2, 0.25],
  ["TA", 3, 1],
  ["FIN", "n/a", 1],
  ["P2P", 5, 2],
  ["FIN", 1, 0.5],
  ["TA", null, 1],
];

const CODES = "Answers!$A$2:$A$9";
const SCORES = "Answers!$B$2:$B$9";
const WEIGHTS = "Answers!$C$2:$C$9";

function numericAnswers(code?: string): number[] {
  return ANSWERS.filter(
    ([rowCode, answer]) => typeof answer === "number" && (code === undefined || rowCode === code),
  ).map(([, answer]) => answer as number);
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function populationSd(values: readonly number[]): number {
  const centre = mean(values);
  return Math.sqrt(values.reduce((sum, value) => sum + (value - centre) ** 2, 0) / values.length);
}

/** SUMPRODUCT treats text and blanks as zero. */
const WEIGHTED_SUM = ANSWERS.reduce(
  (sum, [, answer, weight]) => sum + (typeof answer === "number" ? answer * weight : 0),
  0,
);

export const PLANTED_CELL = "B10";
export const PLANTED_VALUE = mean(numericAnswers("FIN")) + 0.5;
export const PLANTED_TRUE_VALUE = mean(numericAnswers("FIN"));
export const BARE_STDEV_CELL = "B11";
export const ERROR_CELL = "B12";

/** Formula cells on the Checks sheet, with the value cached for each. */
export const CHECK_CELLS: readonly CellPlan[] = [
  {
    address: "B1",
    value: mean(numericAnswers("TA")),
    formula: portable(`=AVERAGEIFS(${SCORES},${CODES},"TA")`),
  },
  {
    address: "B2",
    value: numericAnswers("FIN").length,
    formula: portable(`=COUNTIFS(${CODES},"FIN",${SCORES},">=1")`),
  },
  { address: "B3", value: WEIGHTED_SUM, formula: portable(`=SUMPRODUCT(${SCORES},${WEIGHTS})`) },
  // STDEV.P is a newer function: a file stores it with the _xlfn. prefix (STDEVP is the same, older name).
  {
    address: "B4",
    value: populationSd(numericAnswers()),
    formula: portable(`=_xlfn.STDEV.P(${SCORES})`),
  },
  { address: "B5", value: populationSd(numericAnswers()), formula: portable(`=STDEVP(${SCORES})`) },
  {
    address: "B6",
    value: "no DIG answers",
    formula: portable(`=IFERROR(1/COUNTIFS(${CODES},"DIG"),"no DIG answers")`),
  },
  { address: "B7", value: "gap", formula: portable('=IFERROR(NA(),"gap")') },
  { address: "B8", value: true, formula: portable("=ISNA(NA())") },
  { address: "B9", value: "", formula: portable(`=IF(COUNTIFS(${CODES},"P2P")>1,"several","")`) },
  {
    address: PLANTED_CELL,
    value: PLANTED_VALUE,
    formula: portable(`=AVERAGEIFS(${SCORES},${CODES},"FIN")`),
  },
  {
    address: BARE_STDEV_CELL,
    value: populationSd(numericAnswers()),
    formula: portable(`=STDEV.P(${SCORES})`),
  },
];

function portable(formula: string): { live: string; portable: string } {
  return { live: formula, portable: formula };
}

function plan(): WorkbookPlan {
  const answerCells: CellPlan[] = [
    { address: "A1", value: "Principle" },
    { address: "B1", value: "Answer" },
    { address: "C1", value: "Weight" },
    ...ANSWERS.flatMap(([code, answer, weight], index): CellPlan[] => [
      { address: `A${String(index + 2)}`, value: code },
      { address: `B${String(index + 2)}`, value: answer },
      { address: `C${String(index + 2)}`, value: weight },
    ]),
  ];
  return {
    styles: {},
    sheets: [
      { name: "Answers", owned: false, cells: answerCells },
      { name: "Checks", owned: false, cells: CHECK_CELLS },
    ],
    names: [],
  };
}

/**
 * The workbook's bytes. The plan model caches only numbers, texts and booleans, so the one cell
 * holding an error result (=NA(), cached #N/A) is added with ExcelJS afterwards.
 */
export async function portableWorkbook(): Promise<Uint8Array> {
  const host = XlsxWorkbook.create();
  await host.applyPlan(plan(), { dialect: "portable", existingSheet: "fail" });
  const workbook = new ExcelJS.Workbook();
  const bytes = await host.toBytes();
  const buffer: unknown = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  await workbook.xlsx.load(buffer as ArrayBuffer);
  const checks = workbook.getWorksheet("Checks");
  if (checks === undefined) throw new Error("the Checks sheet is missing");
  checks.getCell(ERROR_CELL).value = { formula: "NA()", result: { error: "#N/A" } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Formula cells in the workbook: the plan's plus the error cell. */
export const FORMULA_COUNT = CHECK_CELLS.length + 1;
