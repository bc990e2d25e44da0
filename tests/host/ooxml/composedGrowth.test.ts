// Several growths on one user sheet in one plan (issue 12): a table above grows by columns and rows
// while a table below it gets rows, so the second growth is applied to the sheet text the first
// already changed. ExcelJS, a reader we did not write, reads the copy back; the ledger holds the
// save to the sheet and the two table parts.

import ExcelJS from "exceljs";
import type { CellPlan, WorkbookPlan } from "../../../src/engine/plan/types";
import { PackageWorkbook } from "../../../src/host/ooxml/packageWorkbook";
import { ledgerReport } from "./ledger";
import { preflighted } from "./scoreThrough";

const PORTABLE = { dialect: "portable", existingSheet: "fail" } as const;

function rowsAt(top: number, rows: (string | number)[][]): CellPlan[] {
  return rows.flatMap((row, index) =>
    row.map((value, column) => ({
      address: `${"ABCDEFGH"[column] ?? ""}${top + index}`,
      value,
    })),
  );
}

/** Answers A1:C3 (Item, Ana, Note) and, from row 7, Register A7:B8 (Name, City); a total in E2. */
function inputPlan(): WorkbookPlan {
  return {
    styles: {},
    sheets: [
      {
        name: "Survey",
        owned: false,
        cells: [
          ...rowsAt(1, [
            ["Item", "Ana", "Note"],
            ["Goals", 4, "ok"],
            ["Plan", 2, "late"],
          ]),
          ...rowsAt(7, [
            ["Name", "City"],
            ["Ana", "Lyon"],
          ]),
          { address: "E2", value: 6, formula: { live: "=SUM(B2:B3)", portable: "=SUM(B2:B3)" } },
        ],
        tables: [
          {
            name: "Answers",
            range: "A1:C3",
            columns: ["Item", "Ana", "Note"],
            style: "TableStyleLight1",
            showRowStripes: false,
          },
          {
            name: "Register",
            range: "A7:B8",
            columns: ["Name", "City"],
            style: "TableStyleLight1",
            showRowStripes: false,
          },
        ],
      },
    ],
    names: [],
  };
}

async function reopened(bytes: Uint8Array): Promise<PackageWorkbook> {
  return PackageWorkbook.open(await preflighted(bytes));
}

describe("two growths on one user sheet in one plan", () => {
  let input: Uint8Array;
  let output: Uint8Array;
  let host: PackageWorkbook;
  beforeAll(async () => {
    const created = PackageWorkbook.create();
    await created.applyPlan(inputPlan(), PORTABLE);
    input = await created.toBytes();
    host = await reopened(input);
    await host.applyPlan(
      {
        styles: {},
        sheets: [],
        names: [],
        tableEdits: [
          {
            table: "Answers",
            insertColumns: { before: "Note", columns: [{ header: "Li", values: [5, 3] }] },
            appendRows: [
              { Item: "Visits", Ana: 1, Li: 2 },
              { Item: "Budget", Li: 4 },
            ],
          },
          { table: "Register", appendRows: [{ Name: "Li", City: "Rabat" }] },
        ],
      },
      PORTABLE,
    );
    output = await host.toBytes();
  });

  it("grows both tables where each stands", async () => {
    const copy = await reopened(output);
    const answers = await copy.readTable("Answers");
    const register = await copy.readTable("Register");
    // Answers A1:C3 + one column + two rows = A1:D5; Register A7:B8 + one row = A7:B9.
    expect(answers?.range).toBe("A1:D5");
    expect(answers?.rows.map((row) => row.cells.map((cell) => cell.value))).toEqual([
      ["Goals", 4, 5, "ok"],
      ["Plan", 2, 3, "late"],
      ["Visits", 1, 2, null],
      ["Budget", null, 4, null],
    ]);
    expect(register?.range).toBe("A7:B9");
    expect(register?.rows.map((row) => row.cells.map((cell) => cell.value))).toEqual([
      ["Ana", "Lyon"],
      ["Li", "Rabat"],
    ]);
  });

  it("reads back the same in ExcelJS: the moved total, both tables' ranges", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(output.slice().buffer);
    const sheet = workbook.getWorksheet("Survey");
    // The total beside the table, in its rows, moved right with them (E2 → F2), reading B2:B3.
    expect(sheet?.getCell("F2").value).toEqual({ formula: "SUM(B2:B3)", result: 6 });
    expect(sheet?.getCell("E2").value).toBeNull();
    const tables = (sheet?.getTables() ?? []) as unknown as {
      model: { name: string; tableRef: string };
    }[];
    expect(tables.map((table) => [table.model.name, table.model.tableRef]).sort()).toEqual([
      ["Answers", "A1:D5"],
      ["Register", "A7:B9"],
    ]);
    expect(sheet?.getCell("A9").value).toBe("Li");
  });

  it("writes only the sheet and its two table parts of the user's (and the package-level parts)", async () => {
    const written = [...host.writtenParts().keys()];
    const report = await ledgerReport(input, output, { written });
    expect(report.problems).toEqual([]);
    expect(written.filter((path) => /^xl\/(worksheets|tables)\//.test(path)).sort()).toEqual([
      "xl/tables/table1.xml",
      "xl/tables/table2.xml",
      "xl/worksheets/sheet1.xml",
      // The runner's own hidden settings sheet, which every save rewrites.
      "xl/worksheets/sheet2.xml",
    ]);
    const workbookXml = host.writtenParts().get("xl/workbook.xml") ?? "";
    expect(workbookXml).toMatch(/<sheet name="Survey" sheetId="\d+" r:id="rId1"\/>/);
    expect(workbookXml).toMatch(
      /<sheet name="C2C_AddinData" sheetId="\d+" state="hidden" r:id="rId2"\/>/,
    );
    expect(host.writtenParts().get("xl/_rels/workbook.xml.rels")).toContain(
      'Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"',
    );
  });
});
