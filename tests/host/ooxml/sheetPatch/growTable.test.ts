// A table grown in the package's XML matches the ExcelJS host's growth of the same table, cell by
// cell: the input workbook (the table-edit contract's Checklist and Stakeholders) is grown both
// ways, and each result is read back by the package reader (tables, every cell's value) and by
// ExcelJS (formulas, looks, dropdowns, conditional formats), which must agree.

import ExcelJS from "exceljs";
import { parseRange } from "../../../../src/engine/plan/address";
import {
  resolveTableEdits,
  type TableGrowth,
  type TableShape,
} from "../../../../src/engine/plan/tableGrowth";
import type { TableEditPlan, WorkbookPlan } from "../../../../src/engine/plan/types";
import { growTableInSheet } from "../../../../src/host/ooxml/sheetPatch/growTableInSheet";
import { growTablePart } from "../../../../src/host/ooxml/sheetPatch/growTablePart";
import { packagePartsOf } from "../../../../src/host/xlsx/package/packageParts";
import { relationshipsOf } from "../../../../src/host/xlsx/package/relationships";
import { readTablePart } from "../../../../src/host/xlsx/package/tablePart";
import { XlsxPackage } from "../../../../src/host/xlsx/package/xlsxPackage";
import { XlsxPackageReader } from "../../../../src/host/xlsx/xlsxPackageReader";
import { XlsxWorkbook } from "../../../support/exceljsHost/xlsxWorkbook";
import { findSoffice, recalculateWithLibreOffice } from "../../../../scripts/portable/libreOffice";
import { inputSheetsPlan } from "../../contract/tableEditContract";
import { partsOf, partText, sheetCells, withPart, zipOf, type Parts } from "./sheetParts";

jest.setTimeout(60_000);

const PORTABLE = { dialect: "portable", existingSheet: "fail" } as const;
const SOFFICE = findSoffice();

async function inputBytes(): Promise<Uint8Array> {
  const host = XlsxWorkbook.create();
  await host.applyPlan(inputSheetsPlan(), PORTABLE);
  return host.toBytes();
}

/**
 * The input with Item score's AVERAGE formulas written as one shared group, as Excel writes a
 * formula filled down (ECMA-376 Part 1, 18.3.1.40).
 */
async function withSharedScores(bytes: Uint8Array): Promise<Uint8Array> {
  const parts = await partsOf(bytes);
  const path = "xl/worksheets/sheet1.xml";
  const xml = partText(parts, path);
  const shared = xml
    .replace("<f>AVERAGE(D2:E2)</f>", '<f t="shared" ref="F2:F4" si="0">AVERAGE(D2:E2)</f>')
    .replace("<f>AVERAGE(D3:E3)</f>", '<f t="shared" si="0"/>')
    .replace("<f>AVERAGE(D4:E4)</f>", '<f t="shared" si="0"/>');
  expect(shared.match(/t="shared"/g)).toHaveLength(3);
  return zipOf(withPart(parts, path, shared));
}

async function grownByExcelJs(input: Uint8Array, edits: TableEditPlan[]): Promise<Uint8Array> {
  const host = await XlsxWorkbook.fromBytes(input);
  const plan: WorkbookPlan = { styles: {}, sheets: [], names: [], tableEdits: edits };
  await host.applyPlan(plan, PORTABLE);
  return host.toBytes();
}

interface TableLocation {
  readonly sheetPath: string;
  readonly tablePath: string;
  readonly growthShape: TableShape;
}

/** Each table's shape and where its sheet and part lie, as the package host would find them. */
function tablesOf(parts: Parts): Map<string, TableLocation> {
  const packageParts = packagePartsOf(parts);
  const tables = new Map<string, TableLocation>();
  for (const sheet of XlsxPackage.open(parts).sheets) {
    if (sheet.path === undefined) continue;
    for (const relationship of relationshipsOf(packageParts, sheet.path)) {
      if (relationship.kind !== "table") continue;
      const table = readTablePart(packageParts, relationship.path);
      const bounds = table === undefined ? undefined : parseRange(table.ref);
      if (table === undefined || bounds === undefined) continue;
      tables.set(table.name.toLowerCase(), {
        sheetPath: sheet.path,
        tablePath: relationship.path,
        growthShape: {
          name: table.name,
          sheet: sheet.name,
          bounds,
          headers: table.columnNames,
          hasHeaderRow: table.headerRowCount > 0,
          hasTotalsRow: table.totalsRowCount > 0,
        },
      });
    }
  }
  return tables;
}

function grownInXml(
  parts: Parts,
  edits: TableEditPlan[],
): { parts: Parts; growths: TableGrowth[] } {
  const tables = tablesOf(parts);
  const growths = resolveTableEdits(edits, (name) => tables.get(name.toLowerCase())?.growthShape);
  let grown = parts;
  for (const growth of growths) {
    const location = tables.get(growth.table.toLowerCase());
    if (location === undefined) throw new Error(`no table ${growth.table}`);
    grown = withPart(
      grown,
      location.sheetPath,
      growTableInSheet(partText(grown, location.sheetPath), growth),
    );
    grown = withPart(
      grown,
      location.tablePath,
      growTablePart(partText(grown, location.tablePath), growth),
    );
  }
  return { parts: grown, growths };
}

async function loaded(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}

interface CellView {
  value: unknown;
  style: unknown;
  validation: unknown;
}

/** What ExcelJS reads of every cell in the first 12 rows and 16 columns of a sheet. */
function cellViews(workbook: ExcelJS.Workbook, sheet: string): Record<string, CellView> {
  const worksheet = workbook.getWorksheet(sheet);
  const views: Record<string, CellView> = {};
  for (let row = 1; row <= 12; row++) {
    for (let column = 1; column <= 16; column++) {
      const cell = worksheet?.getCell(row, column);
      if (cell === undefined) continue;
      const value: unknown = cell.value;
      const style = { ...cell.style };
      const validation: unknown = cell.dataValidation;
      if (
        (value === null || value === undefined) &&
        Object.keys(style).length === 0 &&
        validation === undefined
      )
        continue;
      views[cell.address] = { value: plainValue(value), style, validation };
    }
  }
  return views;
}

/** A formula cell's formula and result, whether ExcelJS read it shared or not; rich text as its text. */
function plainValue(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  if ("richText" in value && Array.isArray(value.richText))
    return (value.richText as { text: string }[]).map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value)
    return {
      formula: (value as { formula?: string }).formula,
      result: (value as { result?: unknown }).result,
    };
  return value;
}

function conditionalFormats(workbook: ExcelJS.Workbook, sheet: string): unknown {
  const worksheet = workbook.getWorksheet(sheet) as unknown as {
    conditionalFormattings: { ref: string; rules: { formulae?: unknown[]; style?: unknown }[] }[];
  };
  return worksheet.conditionalFormattings.map((format) => ({
    ref: format.ref,
    rules: format.rules.map((rule) => ({ formulae: rule.formulae, style: rule.style })),
  }));
}

const GROW_BEFORE_SCORE: TableEditPlan[] = [
  {
    table: "C2C_Checklist",
    insertColumns: {
      before: "Item score",
      columns: [
        { header: "Mariam", values: [4, "n/a", 3] },
        { header: "Li", values: [5, 2, "?"] },
      ],
    },
    appendRows: [{ "Item ID": "3.1", Item: "Shared budget", Mariam: 1 }],
  },
  { table: "C2C_Stakeholders", appendRows: [{ Name: "Mariam", City: "Rabat", Group: "Academia" }] },
];

const GROW_AT_END: TableEditPlan[] = [
  {
    table: "C2C_Checklist",
    insertColumns: { columns: [{ header: "Notes", values: ["a", null, "c"] }] },
  },
];

const GROW_AT_START: TableEditPlan[] = [
  {
    table: "C2C_Checklist",
    insertColumns: { before: "Principle", columns: [{ header: "Row", values: [1, 2, 3] }] },
    appendRows: [{ Principle: "P2P", "Item ID": "2.2" }, { Row: 5 }],
  },
];

describe.each([
  ["two respondent columns before Item score and appended rows", GROW_BEFORE_SCORE, false],
  ["a column after the last", GROW_AT_END, false],
  ["a column before the first, and two appended rows", GROW_AT_START, false],
  ["respondent columns beside Item score written as a shared formula", GROW_BEFORE_SCORE, true],
])("growing in XML matches the ExcelJS host: %s", (_, edits, sharedScores) => {
  let byExcelJs: Uint8Array;
  let inXml: Parts;
  let input: Parts;

  beforeAll(async () => {
    const bytes = sharedScores ? await withSharedScores(await inputBytes()) : await inputBytes();
    input = await partsOf(bytes);
    byExcelJs = await grownByExcelJs(bytes, edits);
    inXml = grownInXml(input, edits).parts;
  });

  it("the package reader reads the same tables and cells", async () => {
    const expected = await partsOf(byExcelJs);
    for (const sheet of ["Checklist", "Stakeholders"])
      expect(
        Object.fromEntries([...sheetCells(inXml, sheet)].map(([ref, cell]) => [ref, cell.value])),
      ).toEqual(
        Object.fromEntries(
          [...sheetCells(expected, sheet)].map(([ref, cell]) => [ref, cell.value]),
        ),
      );
    const tables = (parts: Parts): unknown =>
      XlsxPackage.open(parts).tables.map(({ name, ref, columnNames }) => ({
        name,
        ref,
        columnNames,
      }));
    expect(tables(inXml)).toEqual(tables(expected));
    const read = async (parts: Parts): Promise<unknown> =>
      XlsxPackageReader.fromParts(parts).readTables(["C2C_Checklist", "C2C_Stakeholders"]);
    expect(await read(inXml)).toEqual(await read(expected));
  });

  it("ExcelJS reads the same formulas, looks, dropdowns and conditional formats", async () => {
    const mine = await loaded(await zipOf(inXml));
    const theirs = await loaded(byExcelJs);
    // The growth changed the sheet, so agreeing is not agreeing on the input.
    const before = await loaded(await zipOf(input));
    expect(cellViews(mine, "Checklist")).not.toEqual(cellViews(before, "Checklist"));
    for (const sheet of ["Checklist", "Stakeholders"]) {
      expect(cellViews(mine, sheet)).toEqual(cellViews(theirs, sheet));
      expect(conditionalFormats(mine, sheet)).toEqual(conditionalFormats(theirs, sheet));
    }
  });

  (SOFFICE === null ? it.skip : it)(
    "LibreOffice opens both, recomputes every formula and shows the same cells",
    async () => {
      const [mine, theirs] = await recalculateWithLibreOffice(SOFFICE ?? "", [
        await zipOf(inXml),
        byExcelJs,
      ]);
      const values = async (
        bytes: Uint8Array | undefined,
        sheet: string,
      ): Promise<Record<string, unknown>> =>
        Object.fromEntries(
          [...sheetCells(await partsOf(bytes ?? new Uint8Array()), sheet)].map(([ref, cell]) => [
            ref,
            cell.value,
          ]),
        );
      for (const sheet of ["Checklist", "Stakeholders"])
        expect(await values(mine, sheet)).toEqual(await values(theirs, sheet));
      expect(Object.values((await values(mine, "Checklist")) as object)).toContain("Principle");
    },
  );

  it("leaves every part but the grown sheets and tables byte-equal", () => {
    const grown = new Set(
      [...tablesOf(input).values()].flatMap(({ sheetPath, tablePath }) => [sheetPath, tablePath]),
    );
    for (const [path, bytes] of input) if (!grown.has(path)) expect(inXml.get(path)).toBe(bytes);
  });
});
