// The WorkbookHost contract: one suite, run against every adapter (memory, xlsx; Office.js later),
// so they all read tables, apply plans and keep settings the same way. Each adapter supplies how to
// build a workbook holding user data and how to look at what a workbook holds once written.

import type { CellValue } from "../../../src/engine/cells";
import { typedTable } from "../../../src/engine/plan/tableData";
import type { WorkbookPlan } from "../../../src/engine/plan/types";
import { PlanConflictError, PlanError, type WorkbookHost } from "../../../src/host/workbookHost";
import type { MemoryCellInput, MemoryTableInput } from "../../../src/host/memory/memoryWorkbook";
import { MEAN_SCORE, samplePlan } from "../fixtures/samplePlan";

/** The sample plan with cell A1 of its sheet changed, as a rebuild after new data would be. */
/** The sample plan, its Scoreboard titled `title` (A1). */
export function planTitled(title: string): WorkbookPlan {
  const plan = samplePlan();
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => ({
      ...sheet,
      cells: sheet.cells.map((cell) => (cell.address === "A1" ? { ...cell, value: title } : cell)),
    })),
  };
}

/** What a written workbook holds, as an independent reader sees it. */
export interface WorkbookSnapshot {
  readonly sheets: readonly { readonly name: string; readonly hidden: boolean }[];
  cell(sheet: string, address: string): { readonly value: CellValue; readonly formula?: string };
  readonly tables: readonly {
    readonly name: string;
    readonly sheet: string;
    readonly range: string;
    readonly columns: readonly string[];
  }[];
  /** The list validation covering the cell, if any. */
  validationAt(
    sheet: string,
    address: string,
  ): { readonly values: string; readonly prompt?: string; readonly error?: string } | undefined;
  /** Conditional formats of the sheet: range and, per rule, the criterion or formula and the fill. */
  conditionalFormats(sheet: string): readonly {
    readonly range: string;
    readonly rules: readonly { readonly criterion: string; readonly fill: string }[];
  }[];
  readonly names: readonly { readonly name: string; readonly reference: string }[];
  isProtected(sheet: string): boolean;
  isUnlocked(sheet: string, address: string): boolean;
  /** The active sheet and its selected range (a file keeps only the active cell: its top-left). */
  readonly selection: { readonly sheet: string; readonly range: string } | null;
}

/** Protection a user set before the add-in opened the workbook. */
export interface UserProtection {
  /** Sheets protected without a password (Review › Protect Sheet). */
  readonly sheets?: readonly string[];
  /** The workbook's structure protected (Review › Protect Workbook). */
  readonly structure?: boolean;
}

export interface HostAdapter {
  /** A workbook holding these sheets (rows from A1) and tables, as a user would have made it. */
  build(
    sheets: Record<string, MemoryCellInput[][]>,
    tables: MemoryTableInput[],
    protection?: UserProtection,
  ): Promise<WorkbookHost>;
  /** The host after its workbook is written and read back (the same host where nothing is written). */
  reopen(host: WorkbookHost): Promise<WorkbookHost>;
  snapshot(host: WorkbookHost): Promise<WorkbookSnapshot>;
  /**
   * Cases of the contract this host does not meet by design, by title, each with the decision
   * that says why; the host's own test checks what it does instead.
   */
  readonly byDesign?: Readonly<Record<string, string>>;
}

/** `it`, or `it.skip` for a case the adapter names as not met by design. */
export function contractCase(
  adapter: HostAdapter,
): (title: string, run: () => Promise<void>) => void {
  return (title, run) => {
    (adapter.byDesign?.[title] === undefined ? it : it.skip)(title, run);
  };
}

const INDICATOR_ROWS: MemoryCellInput[][] = [
  ["  code ", "VALUE", "My notes", "Worst   Value", "Ok"],
  ["11.1.1", 42.5, "checked", { errorCode: "#N/A" }, true],
  ["11.2.1", "n/a", null, { formula: "=B2*2", value: 85 }, false],
];

export function describePortContract(adapterName: string, adapter: HostAdapter): void {
  describe(`WorkbookHost contract: ${adapterName}`, () => {
    const itMet = contractCase(adapter);
    const userWorkbook = (): Promise<WorkbookHost> =>
      adapter.build(
        {
          Indicators: INDICATOR_ROWS,
          "Partner data": [
            ["Key", "Value"],
            ["list", "simplified"],
          ],
          Scoreboard: [["my own notes"]],
        },
        [
          { name: "C2C_Indicators", sheet: "Indicators", range: "A1:E3" },
          { name: "C2C_Partnership", sheet: "Partner data", range: "A1:B2" },
        ],
      );

    it("reads a table by name without regard to case, headers as written, cells with their addresses", async () => {
      const table = await (await userWorkbook()).readTable("c2c_INDICATORS");
      expect(table).not.toBeNull();
      expect(table?.name).toBe("C2C_Indicators");
      expect(table?.sheet).toBe("Indicators");
      expect(table?.range).toBe("A1:E3");
      expect(table?.columns.map((column) => column.header)).toEqual([
        "  code ",
        "VALUE",
        "My notes",
        "Worst   Value",
        "Ok",
      ]);
      expect(table?.columns.map((column) => column.key)).toEqual([
        "code",
        "value",
        "mynotes",
        "worstvalue",
        "ok",
      ]);
      expect(table?.rows.map((row) => row.row)).toEqual([2, 3]);
      expect(table?.rows[0]?.cells).toEqual([
        { value: "11.1.1", address: "Indicators!A2" },
        { value: 42.5, address: "Indicators!B2" },
        { value: "checked", address: "Indicators!C2" },
        { value: { errorCode: "#N/A" }, address: "Indicators!D2" },
        { value: true, address: "Indicators!E2" },
      ]);
      // A blank reads as null, a formula as its computed value.
      expect(table?.rows[1]?.cells.map((cell) => cell.value)).toEqual([
        "11.2.1",
        "n/a",
        null,
        85,
        false,
      ]);
    });

    it("matches wanted headers case- and space-insensitively and keeps the user's extra columns", async () => {
      const table = await (await userWorkbook()).readTable("C2C_Indicators");
      if (table === null) throw new Error("table missing");
      const typed = typedTable(table, {
        code: "Code",
        value: "Value",
        worst: "Worst value",
        end: "End value",
        ok: "OK",
      });
      expect(typed.missing).toEqual(["end"]);
      expect(typed.extra.map((column) => column.header)).toEqual(["My notes"]);
      expect(typed.rows[0]?.cells.worst).toEqual({
        value: { errorCode: "#N/A" },
        address: "Indicators!D2",
      });
      expect(typed.rows[0]?.extra).toEqual({
        "My notes": { value: "checked", address: "Indicators!C2" },
      });
    });

    it("quotes sheet names in addresses where Excel would", async () => {
      const table = await (await userWorkbook()).readTable("C2C_Partnership");
      expect(table?.rows[0]?.cells[1]).toEqual({
        value: "simplified",
        address: "'Partner data'!B2",
      });
    });

    it("returns null for a missing table, also among several", async () => {
      const host = await userWorkbook();
      expect(await host.readTable("C2C_Checklist")).toBeNull();
      const tables = await host.readTables(["C2C_Checklist", "C2C_Indicators"]);
      expect(tables.C2C_Checklist).toBeNull();
      expect(tables.C2C_Indicators?.rows).toHaveLength(2);
    });

    it("applies a plan: formula with its value, table, validation, conditional formats, name, protection", async () => {
      const host = await adapter.build({ Inputs: [["x"]] }, []);
      const report = await host.applyPlan(samplePlan(), {
        dialect: "portable",
        existingSheet: "fail",
      });
      expect(report.sheets).toEqual([
        { planned: "Scoreboard", written: "Scoreboard", replaced: false },
      ]);
      const snapshot = await adapter.snapshot(host);

      expect(snapshot.cell("Scoreboard", "B8").formula).toBe("=AVERAGE(B4:B6)");
      expect(snapshot.cell("Scoreboard", "B8").value).toBeCloseTo(MEAN_SCORE, 12);
      expect(snapshot.cell("Scoreboard", "B5")).toEqual({ value: 3.7 });
      expect(snapshot.cell("Scoreboard", "A1")).toEqual({ value: "Partnership scoreboard" });
      expect(snapshot.tables).toContainEqual({
        name: "C2C_Principles",
        sheet: "Scoreboard",
        range: "A3:C6",
        columns: ["Principle", "Score", "Band"],
      });
      expect(snapshot.validationAt("Scoreboard", "E3")).toEqual({
        values: '"1,2,3,4,5,n/a,?"',
        prompt: "1 (weak) to 5 (strong), n/a or ?",
        error: "Use 1–5, n/a or ?",
      });
      expect(snapshot.validationAt("Scoreboard", "E4")).toBeUndefined();
      expect(snapshot.conditionalFormats("Scoreboard")).toEqual([
        {
          range: "C4:C6",
          rules: [
            { criterion: '"Established"', fill: "#56B4E9" },
            { criterion: '"Developing"', fill: "#E69F00" },
          ],
        },
        { range: "B4:B6", rules: [{ criterion: "B4>=3", fill: "#009E73" }] },
      ]);
      expect(snapshot.names).toEqual([{ name: "MeanScore", reference: "Scoreboard!$B$8" }]);
      expect(snapshot.isProtected("Scoreboard")).toBe(true);
      expect(snapshot.isProtected("Inputs")).toBe(false);
      expect(snapshot.isUnlocked("Scoreboard", "E2")).toBe(true);
      expect(snapshot.isUnlocked("Scoreboard", "B4")).toBe(false);
    });

    it("reads back the table a plan wrote", async () => {
      const host = await adapter.build({ Inputs: [["x"]] }, []);
      await host.applyPlan(samplePlan(), { dialect: "portable", existingSheet: "fail" });
      const table = await (await adapter.reopen(host)).readTable("C2C_Principles");
      expect(table?.rows.map((row) => row.cells.map((cell) => cell.value))).toEqual([
        ["TA", 3.44, "Established"],
        ["P2P", 3.7, "Established"],
        ["FIN", 2.1, "Developing"],
      ]);
    });

    it("lists sheets in tab order with the ones the add-in owns, never its hidden settings sheet", async () => {
      const host = await adapter.build({ Inputs: [["x"]] }, []);
      await host.applyPlan(samplePlan(), { dialect: "portable", existingSheet: "fail" });
      const reopened = await adapter.reopen(host);
      expect(await reopened.listSheets()).toEqual([
        { name: "Inputs", owned: false },
        { name: "Scoreboard", owned: true },
      ]);
      const snapshot = await adapter.snapshot(reopened);
      expect(snapshot.sheets.filter((sheet) => sheet.hidden).map((sheet) => sheet.name)).toEqual([
        "C2C_AddinData",
      ]);
    });

    it("keeps add-in settings in the workbook: set, overwrite, remove, read back after saving", async () => {
      const host = await adapter.build({ Inputs: [["x"]] }, []);
      expect(await host.readAddinData()).toEqual({});
      await host.writeAddinData({ catalogueVersion: "2023.1", list: "simplified" });
      await host.writeAddinData({ list: "long", note: 'quotes " and, commas' });
      await host.writeAddinData({ catalogueVersion: null });
      const reopened = await adapter.reopen(host);
      expect(await reopened.readAddinData()).toEqual({
        list: "long",
        note: 'quotes " and, commas',
      });
      expect(await reopened.listSheets()).toEqual([{ name: "Inputs", owned: false }]);
    });

    it("never overwrites a user sheet: fail refuses, pick-free-name writes beside it, replace-owned refuses", async () => {
      const host = await userWorkbook();
      await expect(
        host.applyPlan(samplePlan(), { dialect: "portable", existingSheet: "fail" }),
      ).rejects.toThrow(PlanConflictError);
      await expect(
        host.applyPlan(samplePlan(), { dialect: "portable", existingSheet: "replace-owned" }),
      ).rejects.toThrow(PlanConflictError);
      expect((await host.listSheets()).map((sheet) => sheet.name)).toEqual([
        "Indicators",
        "Partner data",
        "Scoreboard",
      ]);

      const report = await host.applyPlan(samplePlan(), {
        dialect: "portable",
        existingSheet: "pick-free-name",
      });
      expect(report.sheets).toEqual([
        { planned: "Scoreboard", written: "Scoreboard (2)", replaced: false },
      ]);
      const snapshot = await adapter.snapshot(host);
      expect(snapshot.cell("Scoreboard", "A1")).toEqual({ value: "my own notes" });
      expect(snapshot.cell("Scoreboard (2)", "A1")).toEqual({ value: "Partnership scoreboard" });
      expect(snapshot.names).toEqual([{ name: "MeanScore", reference: "'Scoreboard (2)'!$B$8" }]);
      expect(await host.listSheets()).toContainEqual({ name: "Scoreboard (2)", owned: true });
    });

    it("rebuilds an owned sheet in place with replace-owned", async () => {
      const host = await adapter.build({ Before: [["a"]], After: [["b"]] }, []);
      await host.applyPlan(samplePlan(), { dialect: "portable", existingSheet: "fail" });
      const reopened = await adapter.reopen(host);
      const changed = samplePlan();
      const rebuilt: WorkbookPlan = {
        ...changed,
        sheets: changed.sheets.map((sheet) => ({
          ...sheet,
          cells: sheet.cells.map((cell) =>
            cell.address === "A1" ? { ...cell, value: "Rebuilt" } : cell,
          ),
        })),
      };
      const report = await reopened.applyPlan(rebuilt, {
        dialect: "portable",
        existingSheet: "replace-owned",
      });
      expect(report.sheets).toEqual([
        { planned: "Scoreboard", written: "Scoreboard", replaced: true },
      ]);
      const snapshot = await adapter.snapshot(reopened);
      expect(snapshot.cell("Scoreboard", "A1")).toEqual({ value: "Rebuilt" });
      expect(snapshot.tables.filter((table) => table.name === "C2C_Principles")).toHaveLength(1);
      expect(snapshot.names).toEqual([{ name: "MeanScore", reference: "Scoreboard!$B$8" }]);
      expect((await reopened.listSheets()).map((sheet) => sheet.name)).toEqual([
        "Before",
        "After",
        "Scoreboard",
      ]);
    });

    it("refuses a malformed plan with a PlanError before changing anything", async () => {
      const host = await adapter.build({ Inputs: [["x"]] }, []);
      const plan = samplePlan();
      const malformed: WorkbookPlan = {
        ...plan,
        sheets: [
          ...plan.sheets,
          { name: "Bad/Name", owned: false, cells: [{ address: "ZZZZ1", value: 1 }] },
        ],
      };
      const error = await host
        .applyPlan(malformed, { dialect: "portable", existingSheet: "fail" })
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(PlanError);
      expect((error as PlanError).problems).toEqual([
        'the sheet name "Bad/Name" contains one of : \\ / ? * [ ]',
        'sheet "Bad/Name", cell ZZZZ1: not a cell address',
      ]);
      expect(await host.listSheets()).toEqual([{ name: "Inputs", owned: false }]);
    });

    it("edits cells of an existing table (a computed column) and leaves the rest alone", async () => {
      const host = await userWorkbook();
      await host.applyPlan(
        {
          styles: {},
          sheets: [],
          names: [],
          edits: [
            {
              sheet: "Indicators",
              cells: [
                {
                  address: "E2",
                  value: 0.5,
                  formula: { live: "=C2C.SCORE(B2,0,85)", portable: "=B2/85" },
                },
              ],
            },
          ],
        },
        { dialect: "portable", existingSheet: "fail" },
      );
      const reopened = await adapter.reopen(host);
      const snapshot = await adapter.snapshot(reopened);
      expect(snapshot.cell("Indicators", "E2")).toEqual({ value: 0.5, formula: "=B2/85" });
      const table = await reopened.readTable("C2C_Indicators");
      expect(table?.columns.map((column) => column.header)).toEqual([
        "  code ",
        "VALUE",
        "My notes",
        "Worst   Value",
        "Ok",
      ]);
      expect(table?.rows[0]?.cells.map((cell) => cell.value)).toEqual([
        "11.1.1",
        42.5,
        "checked",
        { errorCode: "#N/A" },
        0.5,
      ]);
      expect(await reopened.listSheets()).toEqual([
        { name: "Indicators", owned: false },
        { name: "Partner data", owned: false },
        { name: "Scoreboard", owned: false },
      ]);
    });

    it("refuses to edit a sheet the workbook does not have", async () => {
      const host = await adapter.build({ Inputs: [["x"]] }, []);
      const plan: WorkbookPlan = {
        styles: {},
        sheets: [],
        names: [],
        edits: [{ sheet: "Checklist", cells: [{ address: "A1", value: 1 }] }],
      };
      await expect(
        host.applyPlan(plan, { dialect: "portable", existingSheet: "fail" }),
      ).rejects.toThrow(PlanError);
    });

    it("refuses a plan whose table name is taken by a user table", async () => {
      const host = await userWorkbook();
      const plan: WorkbookPlan = {
        styles: {},
        sheets: [
          {
            name: "New",
            owned: false,
            cells: [],
            tables: [
              {
                name: "c2c_indicators",
                range: "A1:A2",
                columns: ["A"],
                style: "TableStyleLight1",
                showRowStripes: false,
              },
            ],
          },
        ],
        names: [],
      };
      await expect(
        host.applyPlan(plan, { dialect: "portable", existingSheet: "fail" }),
      ).rejects.toThrow(/already has a table "C2C_Indicators"/);
    });

    describe('applyPlan keeping "(previous)" copies (keepPrevious)', () => {
      const KEPT = "Scoreboard (previous)";
      const KEEP = {
        dialect: "portable",
        existingSheet: "replace-owned",
        keepPrevious: true,
      } as const;

      async function builtOnce(): Promise<WorkbookHost> {
        const host = await adapter.build({ Inputs: [["x"]] }, []);
        await host.applyPlan(planTitled("First"), { dialect: "portable", existingSheet: "fail" });
        return adapter.reopen(host);
      }

      itMet(
        "keeps the rebuilt sheet's predecessor beside it, still owned, its table and name freed for the new one",
        async () => {
          const host = await builtOnce();
          await host.applyPlan(planTitled("Second"), KEEP);
          const rebuilt = await adapter.reopen(host);
          expect(await rebuilt.listSheets()).toEqual([
            { name: "Inputs", owned: false },
            { name: "Scoreboard", owned: true },
            { name: KEPT, owned: true },
          ]);
          const snapshot = await adapter.snapshot(rebuilt);
          expect(snapshot.cell("Scoreboard", "A1")).toEqual({ value: "Second" });
          expect(snapshot.cell(KEPT, "A1")).toEqual({ value: "First" });
          expect(snapshot.cell(KEPT, "C4")).toEqual({ value: "Established" });
          expect(snapshot.tables.map((table) => [table.name, table.sheet])).toEqual([
            ["C2C_Principles", "Scoreboard"],
          ]);
          expect(snapshot.names).toEqual([{ name: "MeanScore", reference: "Scoreboard!$B$8" }]);
        },
      );

      itMet("replaces an older owned copy already holding the kept name", async () => {
        const host = await builtOnce();
        await host.applyPlan(planTitled("Second"), KEEP);
        await host.applyPlan(planTitled("Third"), KEEP);
        const reopened = await adapter.reopen(host);
        expect(await reopened.listSheets()).toEqual([
          { name: "Inputs", owned: false },
          { name: "Scoreboard", owned: true },
          { name: KEPT, owned: true },
        ]);
        expect((await adapter.snapshot(reopened)).cell(KEPT, "A1")).toEqual({ value: "Second" });
      });

      it("never touches a user's sheet holding the kept name: the copy takes the next free name", async () => {
        const host = await adapter.build({ Inputs: [["x"]], [KEPT]: [["the user's"]] }, []);
        await host.applyPlan(planTitled("First"), { dialect: "portable", existingSheet: "fail" });
        await host.applyPlan(planTitled("Second"), KEEP);
        const reopened = await adapter.reopen(host);
        expect(await reopened.listSheets()).toEqual([
          { name: "Inputs", owned: false },
          { name: KEPT, owned: false },
          { name: "Scoreboard", owned: true },
          { name: `${KEPT} (2)`, owned: true },
        ]);
        const snapshot = await adapter.snapshot(reopened);
        expect(snapshot.cell(KEPT, "A1")).toEqual({ value: "the user's" });
        expect(snapshot.cell(`${KEPT} (2)`, "A1")).toEqual({ value: "First" });
      });

      it("keeps nothing when no owned sheet is rebuilt", async () => {
        const host = await adapter.build({ Inputs: [["x"]] }, []);
        await host.applyPlan(samplePlan(), KEEP);
        expect(await host.listSheets()).toEqual([
          { name: "Inputs", owned: false },
          { name: "Scoreboard", owned: true },
        ]);
      });
    });

    describe("selectRange", () => {
      itMet("shows a cell or a range of a sheet, quoted names included", async () => {
        const host = await userWorkbook();
        expect(await host.selectRange("Indicators!D3")).toBe(true);
        expect(await host.selectRange("'Partner data'!A2:B2")).toBe(true);
        const snapshot = await adapter.snapshot(await adapter.reopen(host));
        expect(snapshot.selection?.sheet).toBe("Partner data");
        expect(snapshot.selection?.range.split(":")[0]).toBe("A2");
      });

      itMet(
        "returns false, changing nothing, for a missing or hidden sheet or an address that is not one",
        async () => {
          const host = await userWorkbook();
          await host.writeAddinData({ list: "long" });
          expect(await host.selectRange("Indicators!B2")).toBe(true);
          for (const address of [
            "Missing!A1",
            "Indicators!ZZZZ1",
            "Indicators!",
            "B2",
            "Partner data!A1",
            "C2C_AddinData!A1",
          ]) {
            expect(await host.selectRange(address)).toBe(false);
          }
          const snapshot = await adapter.snapshot(await adapter.reopen(host));
          expect(snapshot.selection).toEqual({ sheet: "Indicators", range: "B2" });
        },
      );
    });
  });
}
