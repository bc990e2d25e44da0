// Tables Excel made (../shared/corpus/excel-made: table01, table11–15, with data, styles and
// number formats) grown in XML by one column before their second and one appended row. The result
// is checked against the original grid shifted by hand: every cell of the table's rows from the
// insertion column moved one right, the new header and values in place, the appended row below,
// every other cell where it was; the table part read back with the new column; every other part
// byte-equal; and LibreOffice opens each and shows the same cells.

import {
  formatCellAddress,
  parseCellAddress,
  parseRange,
} from "../../../../src/engine/plan/address";
import { resolveTableEdits } from "../../../../src/engine/plan/tableGrowth";
import { growTableInSheet } from "../../../../src/host/ooxml/sheetPatch/growTableInSheet";
import { growTablePart } from "../../../../src/host/ooxml/sheetPatch/growTablePart";
import { packagePartsOf } from "../../../../src/host/xlsx/package/packageParts";
import { readTablePart } from "../../../../src/host/xlsx/package/tablePart";
import { XlsxPackage } from "../../../../src/host/xlsx/package/xlsxPackage";
import { findSoffice, recalculateWithLibreOffice } from "../../../../scripts/portable/libreOffice";
import {
  excelMadeParts,
  partsOf,
  partText,
  sheetCells,
  withPart,
  zipOf,
  type Parts,
  type ReadCell,
} from "./sheetParts";

jest.setTimeout(120_000);

const FILES = [
  "table01.xlsx",
  "table11.xlsx",
  "table12.xlsx",
  "table13.xlsx",
  "table14.xlsx",
  "table15.xlsx",
];
const TABLE = "xl/tables/table1.xml";
const SHEET = "xl/worksheets/sheet1.xml";

interface Grown {
  readonly before: Parts;
  readonly after: Parts;
  readonly expected: Map<string, unknown>;
}

async function grow(file: string): Promise<Grown> {
  const before = await excelMadeParts(file);
  const table = readTablePart(packagePartsOf(before), TABLE);
  const bounds = parseRange(table?.ref ?? "");
  if (table === undefined || bounds === undefined) throw new Error(`${file} has no table`);
  const second = table.columnNames[1] ?? "";
  const [growth] = resolveTableEdits(
    [
      {
        table: table.name,
        insertColumns: { before: second, columns: [{ header: "Added", values: [7, "seven"] }] },
        appendRows: [{ [table.columnNames[0] ?? ""]: "last", Added: 8 }],
      },
    ],
    () => ({
      name: table.name,
      sheet: "Sheet1",
      bounds,
      headers: table.columnNames,
      hasHeaderRow: table.headerRowCount > 0,
      hasTotalsRow: table.totalsRowCount > 0,
    }),
  );
  if (growth === undefined) throw new Error("no growth");
  const after = withPart(
    withPart(before, SHEET, growTableInSheet(partText(before, SHEET), growth)),
    TABLE,
    growTablePart(partText(before, TABLE), growth),
  );

  // The original grid shifted by hand.
  const expected = new Map<string, unknown>();
  for (const [reference, cell] of sheetCells(before, "Sheet1")) {
    const position = parseCellAddress(reference);
    if (position === undefined || cell.value === null) continue;
    const moves =
      position.row >= bounds.start.row &&
      position.row <= bounds.end.row &&
      position.column >= growth.insertAt;
    expected.set(
      formatCellAddress({ ...position, column: position.column + (moves ? 1 : 0) }),
      cell.value,
    );
  }
  const at = (row: number, column: number): string => formatCellAddress({ row, column });
  expected.set(at(bounds.start.row, growth.insertAt), "Added");
  expected.set(at(bounds.start.row + 1, growth.insertAt), 7);
  expected.set(at(bounds.start.row + 2, growth.insertAt), "seven");
  expected.set(at(bounds.end.row + 1, bounds.start.column), "last");
  expected.set(at(bounds.end.row + 1, growth.insertAt), 8);
  return { before, after, expected };
}

const values = (cells: ReadonlyMap<string, ReadCell>): Map<string, unknown> =>
  new Map(
    [...cells]
      .filter(([, cell]) => cell.value !== null)
      .map(([reference, cell]) => [reference, cell.value]),
  );

describe.each(FILES)("%s grown in XML", (file) => {
  let grown: Grown;
  beforeAll(async () => {
    grown = await grow(file);
  });

  it("holds the original cells shifted, the new column and the appended row", () => {
    expect(values(sheetCells(grown.after, "Sheet1"))).toEqual(grown.expected);
  });

  it("reads back the table with its new column and range", () => {
    const [table] = XlsxPackage.open(grown.after).tables;
    const [original] = XlsxPackage.open(grown.before).tables;
    const names = [...(original?.columnNames ?? [])];
    names.splice(1, 0, "Added");
    expect(table?.columnNames).toEqual(names);
    const bounds = parseRange(original?.ref ?? "");
    expect(parseRange(table?.ref ?? "")).toEqual(
      bounds === undefined
        ? undefined
        : { start: bounds.start, end: { row: bounds.end.row + 1, column: bounds.end.column + 1 } },
    );
  });

  it("leaves every other part byte-equal", () => {
    for (const [path, bytes] of grown.before)
      if (path !== SHEET && path !== TABLE) expect(grown.after.get(path)).toBe(bytes);
  });
});

const SOFFICE = findSoffice();
(SOFFICE === null ? it.skip : it)(
  "LibreOffice opens every grown table and shows the same cells",
  async () => {
    const all = await Promise.all(FILES.map(grow));
    const saved = await recalculateWithLibreOffice(
      SOFFICE ?? "",
      await Promise.all(all.map(({ after }) => zipOf(after))),
    );
    for (const [index, { expected }] of all.entries()) {
      const shown = values(sheetCells(await partsOf(saved[index] ?? new Uint8Array()), "Sheet1"));
      expect([FILES[index], shown]).toEqual([FILES[index], expected]);
    }
  },
);
