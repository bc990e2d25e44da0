// Problems listed as a user walks the workbook: tab order, then row, then column; a table-wide
// problem at the top of its sheet; a workbook-wide one first.

import type { Problem } from "../../../src/engine/model/types";
import type { TableData } from "../../../src/engine/plan/tableData";
import { MemoryWorkbook } from "../../../src/host/memory/memoryWorkbook";
import { createPaneSession } from "../../../src/taskpane/workflows/paneSession";
import { inSheetOrder } from "../../../src/taskpane/workflows/problemOrder";
import { NOW } from "./paneFixtures";

const warn = (address: string): Problem => ({ address, message: address, severity: "warning" });
const table = (name: string, sheet: string): TableData => ({
  name,
  sheet,
  range: "A1:B2",
  columns: [],
  rows: [],
});

describe("inSheetOrder", () => {
  it("sorts by tab, row and column, keeping the found order for one place", () => {
    const sheets = [
      { name: "About", owned: false },
      { name: "My data", owned: false },
      { name: "Indicators", owned: false },
    ];
    const problems = [
      warn("Indicators!B2"),
      warn("Indicators!A10"),
      warn("'My data'!C3"),
      warn("C2C_Indicators"),
      warn("About!B7"),
      warn("Indicators!A2"),
      warn("C2C_Checklist, C2C_Indicators"),
      { ...warn("About!B7"), message: "second" },
    ];
    const ordered = inSheetOrder(problems, sheets, {
      C2C_Indicators: table("C2C_Indicators", "Indicators"),
    });
    expect(ordered.map((problem) => problem.address)).toEqual([
      "C2C_Checklist, C2C_Indicators",
      "About!B7",
      "About!B7",
      "'My data'!C3",
      "C2C_Indicators",
      "Indicators!A2",
      "Indicators!B2",
      "Indicators!A10",
    ]);
    expect(
      ordered.filter((problem) => problem.address === "About!B7").map((problem) => problem.message),
    ).toEqual(["About!B7", "second"]);
  });
});

describe("validate a workbook with nothing to score", () => {
  it("gives the reader's error as the one problem", async () => {
    const pane = createPaneSession(MemoryWorkbook.fromSheets({ Notes: [["x"]] }), {
      environment: "preview",
      now: () => NOW,
    });
    const result = await pane.validate(() => undefined);
    expect(result.checkedItems).toBe(0);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      severity: "error",
      address: "C2C_Checklist, C2C_Indicators",
    });
  });
});
