// What the memory host offers beyond the port: building workbooks from rows, editing cells as a
// user would, and looking at everything an applied plan left behind.

import { MemoryWorkbook, addressesOf } from "../../../src/host/memory/memoryWorkbook";
import { samplePlan } from "../fixtures/samplePlan";

describe("MemoryWorkbook", () => {
  it("writes the live dialect when asked (the evaluator check recomputes these)", async () => {
    const workbook = MemoryWorkbook.empty();
    await workbook.applyPlan(samplePlan(), { dialect: "live", existingSheet: "fail" });
    expect(workbook.cell("Scoreboard", "B4")?.formula).toBe("=C2C.ITEMSCORE(Answers!B2:E2)");
    expect(workbook.cell("Scoreboard", "B8")?.formula).toBe("=C2C.ALIGNMENT(B4:B6)");
  });

  it("resolves named styles and number formats onto the cells", async () => {
    const workbook = MemoryWorkbook.empty();
    await workbook.applyPlan(samplePlan(), { dialect: "portable", existingSheet: "fail" });
    expect(workbook.cell("Scoreboard", "B4")).toMatchObject({
      styleId: "score",
      style: { numberFormat: "0.00" },
      numberFormat: "0.00",
    });
    expect(workbook.cell("Scoreboard", "B8")?.numberFormat).toBe("0.000");
    const sheet = workbook.sheet("scoreboard");
    expect(sheet?.charts.map((chart) => chart.kind)).toEqual(["radar", "bar"]);
    expect(sheet?.freeze).toEqual({ rows: 3, columns: 1 });
    expect(sheet?.tabColour).toBe("#0072B2");
    expect(sheet?.columnWidths).toEqual({ A: 24, B: 10, C: 16 });
    expect(sheet?.print).toEqual({ orientation: "landscape", fitToWidth: true });
  });

  it("builds from rows with formulas and errors, and edits cells as a user would", () => {
    const workbook = MemoryWorkbook.fromSheets({
      Data: [["a", { formula: "=1+1", value: 2 }, { errorCode: "#N/A" }]],
    });
    expect(workbook.cell("Data", "B1")).toEqual({ value: 2, formula: "=1+1" });
    expect(workbook.value("Data", "C1")).toEqual({ errorCode: "#N/A" });
    workbook.setCell("Data", "b1", 5);
    expect(workbook.cell("Data", "B1")).toEqual({ value: 5 });
    expect(workbook.value("Data", "Z99")).toBeNull();
    expect(workbook.value("Nowhere", "A1")).toBeNull();
    expect(() => {
      workbook.setCell("Nowhere", "A1", 1);
    }).toThrow(/does not exist/);
    expect(() => {
      workbook.addSheet("DATA");
    }).toThrow(/already exists/);
  });

  it("keeps a cell's formatting when a value is typed over its formula", async () => {
    const workbook = MemoryWorkbook.empty();
    await workbook.applyPlan(samplePlan(), { dialect: "portable", existingSheet: "fail" });
    workbook.setCell("Scoreboard", "B8", 4);
    expect(workbook.cell("Scoreboard", "B8")).toEqual({ value: 4, numberFormat: "0.000" });
  });

  it("reads table headers from the header cells, as Excel keeps them", async () => {
    const workbook = MemoryWorkbook.fromSheets(
      {
        Data: [
          ["Code", "Value"],
          ["x", 1],
        ],
      },
      [{ name: "T", sheet: "Data", range: "A1:B2" }],
    );
    workbook.setCell("Data", "B1", "Renamed");
    expect((await workbook.readTable("t"))?.columns.map((column) => column.header)).toEqual([
      "Code",
      "Renamed",
    ]);
  });

  it("reads each cell's number format with its value, General as none", async () => {
    const workbook = MemoryWorkbook.fromSheets(
      {
        Data: [
          ["Code", "Value"],
          ["x", 0.71],
          ["y", 20],
        ],
      },
      [{ name: "T", sheet: "Data", range: "A1:B3" }],
    );
    workbook.setNumberFormat("Data", "B2", "0%");
    workbook.setNumberFormat("Data", "B3", "General");
    const rows = (await workbook.readTable("T"))?.rows ?? [];
    expect(rows.map((row) => row.cells[1])).toEqual([
      { value: 0.71, address: "Data!B2", numberFormat: "0%" },
      { value: 20, address: "Data!B3" },
    ]);
  });

  it("lists the addresses of a range", () => {
    expect(addressesOf("B2:C3")).toEqual(["B2", "C2", "B3", "C3"]);
  });

  it("rejects bad settings as a rejected promise, not a throw", async () => {
    await expect(MemoryWorkbook.empty().writeAddinData({ "": "x" })).rejects.toThrow(RangeError);
  });
});

describe("MemoryWorkbook grows a table", () => {
  it("moves a conditional format with the columns it covers, its formula following them", async () => {
    const workbook = MemoryWorkbook.fromSheets(
      {
        Checklist: [
          ["Item", "Ana", "Spread", "Contested"],
          ["1.1", 4, 0, ""],
          ["1.2", 2, 2, "contested"],
        ],
      },
      [{ name: "C2C_Checklist", sheet: "Checklist", range: "A1:D3" }],
    );
    workbook.sheet("Checklist")?.conditionalFormats.push({
      range: "C2:D3",
      rules: [{ kind: "expression", formula: '=$D2="contested"', highlight: { fill: "#E69F00" } }],
    });
    await workbook.applyPlan(
      {
        styles: {},
        sheets: [],
        names: [],
        tableEdits: [
          {
            table: "C2C_Checklist",
            insertColumns: { before: "Spread", columns: [{ header: "Li", values: [5, 1] }] },
          },
        ],
      },
      { dialect: "portable", existingSheet: "fail" },
    );
    expect(workbook.sheet("Checklist")?.conditionalFormats).toEqual([
      {
        range: "D2:E3",
        rules: [
          { kind: "expression", formula: '=$E2="contested"', highlight: { fill: "#E69F00" } },
        ],
      },
    ]);
    expect(workbook.value("Checklist", "E3")).toBe("contested");
  });
});

describe("MemoryWorkbook grows a table beside its subtotals", () => {
  it("shifts the cells beside the table with its rows, their references following the moved cells", async () => {
    const workbook = MemoryWorkbook.fromSheets(
      {
        Checklist: [
          ["Item", "Ana", "Item score", null, "Mean"],
          [
            "1.1",
            4,
            { formula: "=AVERAGE(B2:B2)", value: 4 },
            null,
            { formula: "=AVERAGE($C$2:$C$3)", value: 3 },
          ],
          ["1.2", 2, { formula: "=AVERAGE(B3:B3)", value: 2 }],
        ],
      },
      [{ name: "C2C_Checklist", sheet: "Checklist", range: "A1:C3" }],
    );
    await workbook.applyPlan(
      {
        styles: {},
        sheets: [],
        names: [],
        tableEdits: [
          {
            table: "C2C_Checklist",
            insertColumns: {
              before: "Item score",
              columns: [{ header: "Li", values: [5, 1] }, { header: "Zoe" }],
            },
          },
        ],
      },
      { dialect: "portable", existingSheet: "fail" },
    );
    expect(workbook.cell("Checklist", "G2")).toEqual({ value: 3, formula: "=AVERAGE($E$2:$E$3)" });
    expect(workbook.cell("Checklist", "E3")).toEqual({ value: 2, formula: "=AVERAGE(B3:B3)" });
    expect(workbook.value("Checklist", "G1")).toBe("Mean");
    expect(workbook.value("Checklist", "E1")).toBe("Item score");
  });
});
