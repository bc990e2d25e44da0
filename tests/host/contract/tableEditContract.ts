// The table-edit part of the WorkbookHost contract (WorkbookPlan.tableEdits): growing a user's
// table by columns and rows without overwriting anything, run against every adapter like
// portContract.ts, with the same adapters.

import type { CellPlan, WorkbookPlan } from "../../../src/engine/plan/types";
import { PlanConflictError, PlanError, type WorkbookHost } from "../../../src/host/workbookHost";
import type { HostAdapter } from "./portContract";

const ANSWERS = { values: ["1", "2", "3", "4", "5", "n/a", "?"] };

/** A user's Checklist and Stakeholders sheets as a template writes them: tables, dropdowns, styled answer cells, a note beside. */
export function inputSheetsPlan(): WorkbookPlan {
  const header = [
    "Principle",
    "Item ID",
    "Item",
    "Ana",
    "Youssef",
    "Item score",
    "Spread",
    "Evidence",
  ];
  const rows: (string | number | null)[][] = [
    ["TA", "1.1", "Shared goals", 4, 5, 4.5, 0.5, "minutes"],
    ["TA", "1.2", "Joint plan", 3, null, 3, 0, null],
    ["P2P", "2.1", "Peer visits", "n/a", 2, 2, 0, "report"],
  ];
  const letters = "ABCDEFGH";
  const checklistCells = [header, ...rows].flatMap((row, rowIndex) =>
    row.flatMap((value, column): CellPlan[] => {
      const address = `${letters[column] ?? ""}${rowIndex + 1}`;
      if (rowIndex > 0 && column === 5)
        return [
          {
            address,
            value,
            formula: {
              live: `=AVERAGE(D${rowIndex + 1}:E${rowIndex + 1})`,
              portable: `=AVERAGE(D${rowIndex + 1}:E${rowIndex + 1})`,
            },
          },
        ];
      return [
        {
          address,
          value,
          ...(rowIndex > 0 && (column === 3 || column === 4) ? { style: "answer" } : {}),
        },
      ];
    }),
  );
  return {
    styles: { answer: { fill: "#FFF2CC" } },
    sheets: [
      {
        name: "Checklist",
        owned: false,
        cells: [
          ...checklistCells,
          { address: "L2", value: "my note" },
          {
            address: "L3",
            value: 9.5,
            formula: { live: "=SUM($F$2:$F$4)", portable: "=SUM($F$2:$F$4)" },
          },
        ],
        tables: [
          {
            name: "C2C_Checklist",
            range: "A1:H4",
            columns: header,
            style: "TableStyleLight9",
            showRowStripes: true,
          },
        ],
        validations: [
          {
            range: "D2:E4",
            list: ANSWERS,
            allowBlank: true,
            prompt: { title: "Answer", text: "1–5, n/a or ?" },
          },
        ],
        conditionalFormats: [
          {
            range: "G2:H4",
            rules: [
              { kind: "expression", formula: '=$H2="report"', highlight: { fill: "#E69F00" } },
            ],
          },
        ],
      },
      {
        name: "Stakeholders",
        owned: false,
        cells: [
          { address: "A1", value: "Name" },
          { address: "B1", value: "City" },
          { address: "C1", value: "Group" },
          { address: "A2", value: "Ana" },
          { address: "B2", value: "Lyon" },
          { address: "C2", value: "Government" },
          { address: "A3", value: "Youssef" },
          { address: "B3", value: "Rabat" },
          { address: "C3", value: "Civil society" },
        ],
        tables: [
          {
            name: "C2C_Stakeholders",
            range: "A1:C3",
            columns: ["Name", "City", "Group"],
            style: "TableStyleLight1",
            showRowStripes: false,
          },
        ],
        validations: [
          {
            range: "C2:C3",
            list: { values: ["Government", "Civil society", "Academia"] },
            allowBlank: true,
          },
        ],
      },
    ],
    names: [],
  };
}

/** A plan of table edits only. */
function tableEditsPlan(
  tableEdits: WorkbookPlan["tableEdits"],
  edits: WorkbookPlan["edits"] = [],
): WorkbookPlan {
  return { styles: {}, sheets: [], names: [], tableEdits, edits };
}

export function describeTableEditContract(adapterName: string, adapter: HostAdapter): void {
  describe(`WorkbookHost contract, table edits: ${adapterName}`, () => {
    const PORTABLE = { dialect: "portable", existingSheet: "fail" } as const;

    async function inputWorkbook(): Promise<WorkbookHost> {
      const host = await adapter.build({ Inputs: [["x"]] }, []);
      await host.applyPlan(inputSheetsPlan(), PORTABLE);
      return adapter.reopen(host);
    }

    const values = async (host: WorkbookHost, table: string): Promise<unknown[][] | undefined> =>
      (await host.readTable(table))?.rows.map((row) => row.cells.map((cell) => cell.value));

    it("inserts two respondent columns before Item score with their answers, then edits the moved computed column", async () => {
      const host = await inputWorkbook();
      await host.applyPlan(
        tableEditsPlan(
          [
            {
              table: "c2c_checklist",
              insertColumns: {
                before: "item  SCORE",
                columns: [
                  { header: "Mariam", values: [4, "n/a", 3] },
                  { header: "Li", values: [5, 2] },
                ],
              },
            },
          ],
          [
            {
              sheet: "Checklist",
              cells: [
                {
                  address: "H3",
                  value: 2.5,
                  formula: { live: "=AVERAGE(D3:G3)", portable: "=AVERAGE(D3:G3)" },
                },
              ],
            },
          ],
        ),
        PORTABLE,
      );
      const reopened = await adapter.reopen(host);
      const table = await reopened.readTable("C2C_Checklist");
      expect(table?.range).toBe("A1:J4");
      expect(table?.columns.map((column) => column.header)).toEqual([
        "Principle",
        "Item ID",
        "Item",
        "Ana",
        "Youssef",
        "Mariam",
        "Li",
        "Item score",
        "Spread",
        "Evidence",
      ]);
      expect(await values(reopened, "C2C_Checklist")).toEqual([
        ["TA", "1.1", "Shared goals", 4, 5, 4, 5, 4.5, 0.5, "minutes"],
        ["TA", "1.2", "Joint plan", 3, null, "n/a", 2, 2.5, 0, null],
        ["P2P", "2.1", "Peer visits", "n/a", 2, 3, null, 2, 0, "report"],
      ]);
      const snapshot = await adapter.snapshot(reopened);
      expect(snapshot.tables.find((each) => each.name === "C2C_Checklist")).toEqual({
        name: "C2C_Checklist",
        sheet: "Checklist",
        range: "A1:J4",
        columns: [
          "Principle",
          "Item ID",
          "Item",
          "Ana",
          "Youssef",
          "Mariam",
          "Li",
          "Item score",
          "Spread",
          "Evidence",
        ],
      });
      // The moved formula keeps its text; the edit wrote the new one into the moved column.
      expect(snapshot.cell("Checklist", "H2")).toEqual({ value: 4.5, formula: "=AVERAGE(D2:E2)" });
      expect(snapshot.cell("Checklist", "H3")).toEqual({ value: 2.5, formula: "=AVERAGE(D3:G3)" });
      // New answer cells get the dropdown of the column to their left; the moved columns keep none.
      for (const address of ["F2", "G2", "F4", "G4", "D3", "E4"])
        expect(snapshot.validationAt("Checklist", address)?.values).toBe('"1,2,3,4,5,n/a,?"');
      for (const address of ["H2", "I3", "J4", "F1"])
        expect(snapshot.validationAt("Checklist", address)).toBeUndefined();
      // A note beside the table, in its rows, moves right with them as in Excel's own insert.
      expect(snapshot.cell("Checklist", "N2")).toEqual({ value: "my note" });
      // A formula beside the table reads Item score where it now is.
      expect(snapshot.cell("Checklist", "N3").formula).toBe("=SUM($H$2:$H$4)");
      expect(snapshot.cell("Checklist", "L2")).toEqual({ value: null });
    });

    it("composes several growths in one plan, as import-answers makes them: respondent columns and a row, rows of another table, an edit of the moved column", async () => {
      const host = await inputWorkbook();
      await host.applyPlan(
        tableEditsPlan(
          [
            {
              table: "C2C_Checklist",
              insertColumns: {
                before: "Item score",
                columns: [
                  { header: "Mariam", values: [4, "n/a", 3] },
                  { header: "Li", values: [5, 2] },
                ],
              },
              appendRows: [
                { Principle: "P2P", "Item ID": "2.2", Item: "Exchange", Mariam: 1, Li: 3 },
              ],
            },
            {
              table: "C2C_Stakeholders",
              appendRows: [
                { Name: "Mariam", City: "Rabat", Group: "Academia" },
                { Name: "Li", City: "Lyon" },
              ],
            },
          ],
          [
            {
              sheet: "Checklist",
              cells: [
                {
                  address: "H5",
                  value: 2,
                  formula: { live: "=AVERAGE(D5:G5)", portable: "=AVERAGE(D5:G5)" },
                },
              ],
            },
          ],
        ),
        PORTABLE,
      );
      const reopened = await adapter.reopen(host);
      // Columns and a row on one table: the range grows both ways, A1:H4 → A1:J5.
      expect((await reopened.readTable("C2C_Checklist"))?.range).toBe("A1:J5");
      expect(await values(reopened, "C2C_Checklist")).toEqual([
        ["TA", "1.1", "Shared goals", 4, 5, 4, 5, 4.5, 0.5, "minutes"],
        ["TA", "1.2", "Joint plan", 3, null, "n/a", 2, 3, 0, null],
        ["P2P", "2.1", "Peer visits", "n/a", 2, 3, null, 2, 0, "report"],
        // The appended row has the new columns' answers; Item score (moved to H) is the edit's,
        // AVERAGE(1, 3) = 2.
        ["P2P", "2.2", "Exchange", null, null, 1, 3, 2, null, null],
      ]);
      expect((await reopened.readTable("C2C_Stakeholders"))?.range).toBe("A1:C5");
      expect(await values(reopened, "C2C_Stakeholders")).toEqual([
        ["Ana", "Lyon", "Government"],
        ["Youssef", "Rabat", "Civil society"],
        ["Mariam", "Rabat", "Academia"],
        ["Li", "Lyon", null],
      ]);
      const snapshot = await adapter.snapshot(reopened);
      expect(snapshot.cell("Checklist", "H5")).toEqual({ value: 2, formula: "=AVERAGE(D5:G5)" });
      // The answers' dropdown covers the new columns and the appended row; Item score has none.
      for (const address of ["D5", "E5", "F5", "G5", "F2", "G4"])
        expect(snapshot.validationAt("Checklist", address)?.values).toBe('"1,2,3,4,5,n/a,?"');
      for (const address of ["H5", "D6"])
        expect(snapshot.validationAt("Checklist", address)).toBeUndefined();
      expect(snapshot.validationAt("Stakeholders", "C5")?.values).toBe(
        '"Government,Civil society,Academia"',
      );
      // The note beside the table moved with its row; the row appended below it moved nothing.
      expect(snapshot.cell("Checklist", "N2")).toEqual({ value: "my note" });
      expect(snapshot.cell("Checklist", "L2")).toEqual({ value: null });
    });

    it("appends two rows to a stakeholders table; the Group dropdown follows", async () => {
      const host = await inputWorkbook();
      await host.applyPlan(
        tableEditsPlan([
          {
            table: "C2C_Stakeholders",
            appendRows: [
              { name: "Mariam", " city ": "Rabat" },
              { NAME: "Li", group: "Academia" },
            ],
          },
        ]),
        PORTABLE,
      );
      const reopened = await adapter.reopen(host);
      expect((await reopened.readTable("C2C_Stakeholders"))?.range).toBe("A1:C5");
      expect(await values(reopened, "C2C_Stakeholders")).toEqual([
        ["Ana", "Lyon", "Government"],
        ["Youssef", "Rabat", "Civil society"],
        ["Mariam", "Rabat", null],
        ["Li", null, "Academia"],
      ]);
      const snapshot = await adapter.snapshot(reopened);
      expect(snapshot.validationAt("Stakeholders", "C5")?.values).toBe(
        '"Government,Civil society,Academia"',
      );
      expect(snapshot.validationAt("Stakeholders", "C6")).toBeUndefined();
      expect(snapshot.tables.find((each) => each.name === "C2C_Stakeholders")?.range).toBe("A1:C5");
    });

    it("refuses to grow over data below, or to shift another table beside, and changes nothing", async () => {
      const host = await adapter.build(
        {
          Checklist: [
            ["Item", "Ana", "Item score", "", "Notes", "Due"],
            ["1.1", 4, 4, "", "call", "May"],
            ["1.2", 3, 3, "", "visit", "June"],
          ],
          Stakeholders: [["Name"], ["Ana"], [null], [{ formula: '=""', value: "" }]],
        },
        [
          { name: "C2C_Checklist", sheet: "Checklist", range: "A1:C3" },
          { name: "MyNotes", sheet: "Checklist", range: "E1:F3" },
          { name: "C2C_Stakeholders", sheet: "Stakeholders", range: "A1:A2" },
        ],
      );
      const insert = tableEditsPlan([
        {
          table: "C2C_Checklist",
          insertColumns: { before: "Item score", columns: [{ header: "Li" }] },
        },
      ]);
      const error = await host.applyPlan(insert, PORTABLE).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(PlanConflictError);
      expect((error as PlanConflictError).message).toBe(
        'The table "MyNotes" stands beside "C2C_Checklist" in its rows, so new columns cannot shift it right. Move it below or above the table and try again.',
      );
      const append = tableEditsPlan([
        { table: "C2C_Stakeholders", appendRows: [{ Name: "Li" }, { Name: "Zoe" }] },
      ]);
      const covered = await host.applyPlan(append, PORTABLE).catch((caught: unknown) => caught);
      expect(covered).toBeInstanceOf(PlanConflictError);
      expect((covered as PlanConflictError).cells).toEqual(["Stakeholders!A4"]);
      expect((covered as PlanConflictError).message).toMatch(
        /Growing the table "C2C_Stakeholders" to A1:A4 would cover cells that hold data: Stakeholders!A4/,
      );
      const reopened = await adapter.reopen(host);
      expect((await reopened.readTable("C2C_Checklist"))?.range).toBe("A1:C3");
      expect((await reopened.readTable("MyNotes"))?.range).toBe("E1:F3");
      expect((await reopened.readTable("C2C_Stakeholders"))?.range).toBe("A1:A2");
      const snapshot = await adapter.snapshot(reopened);
      expect(snapshot.cell("Checklist", "C2")).toEqual({ value: 4 });
      expect(snapshot.cell("Checklist", "E2")).toEqual({ value: "call" });
      expect(await reopened.listSheets()).toEqual([
        { name: "Checklist", owned: false },
        { name: "Stakeholders", owned: false },
      ]);
    });

    it("refuses an unknown table, an unknown column and a header the table has, with clear messages", async () => {
      const host = await inputWorkbook();
      await expect(
        host.applyPlan(
          tableEditsPlan([{ table: "C2C_Actions", appendRows: [{ Action: "x" }] }]),
          PORTABLE,
        ),
      ).rejects.toThrow(/grows the table "C2C_Actions", which the workbook does not have/);
      const error = await host
        .applyPlan(
          tableEditsPlan([
            {
              table: "C2C_Checklist",
              insertColumns: { before: "Score", columns: [{ header: " ana " }] },
            },
            { table: "C2C_Stakeholders", appendRows: [{ Nmae: "Li" }] },
          ]),
          PORTABLE,
        )
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(PlanError);
      expect((error as PlanError).problems).toEqual([
        'table edit of "C2C_Checklist": no column "Score" to insert before (the table has "Principle", "Item ID", "Item", "Ana", "Youssef", "Item score", "Spread", "Evidence")',
        'table edit of "C2C_Checklist": the table already has a column " ana "',
        'table edit of "C2C_Stakeholders": appended row 1: no column "Nmae"',
      ]);
      expect((await host.readTable("C2C_Checklist"))?.range).toBe("A1:H4");
    });
  });
}
