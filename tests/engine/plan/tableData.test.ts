import { parseRange } from "../../../src/engine/plan/address";
import { buildTableData, typedTable, type TableData } from "../../../src/engine/plan/tableData";
import type { CellValue } from "../../../src/engine/cells";

const grid: Record<string, CellValue> = {
  B2: "Code",
  C2: " End  Value",
  D2: 2024,
  E2: "code",
  B3: "11.1.1",
  C3: 100,
  D3: "x",
  E3: "dup",
  B4: null,
  C4: { errorCode: "#DIV/0!" },
  D4: undefined,
};

function table(hasHeaderRow = true): TableData {
  return buildTableData({
    name: "C2C_Indicators",
    sheet: "My sheet",
    bounds: parseRange("B2:E4")!,
    hasHeaderRow,
    columnNames: ["Code", "End value", "2024", "Code2"],
    cellAt: ({ row, column }) => grid[`${String.fromCharCode(64 + column)}${row}`],
  });
}

describe("buildTableData", () => {
  it("takes headers from the header row, blanks as null, addresses qualified", () => {
    const data = table();
    expect(data.range).toBe("B2:E4");
    expect(data.columns).toEqual([
      { header: "Code", key: "code", column: "B" },
      { header: " End  Value", key: "endvalue", column: "C" },
      { header: "2024", key: "2024", column: "D" },
      { header: "code", key: "code", column: "E" },
    ]);
    expect(data.rows[1]).toEqual({
      row: 4,
      cells: [
        { value: null, address: "'My sheet'!B4" },
        { value: { errorCode: "#DIV/0!" }, address: "'My sheet'!C4" },
        { value: null, address: "'My sheet'!D4" },
        { value: null, address: "'My sheet'!E4" },
      ],
    });
  });

  it("uses the stored column names when the table shows no header row", () => {
    const data = table(false);
    expect(data.columns.map((column) => column.header)).toEqual([
      "Code",
      "End value",
      "2024",
      "Code2",
    ]);
    expect(data.rows.map((row) => row.row)).toEqual([2, 3, 4]);
  });
});

describe("typedTable", () => {
  it("keys rows by the caller's names, reports missing, extra and duplicate columns", () => {
    const typed = typedTable(table(), { code: "CODE", end: "End value", source: "Source" });
    expect(typed.missing).toEqual(["source"]);
    expect(typed.extra.map((column) => column.header)).toEqual(["2024"]);
    expect(typed.duplicates.map((column) => column.column)).toEqual(["E"]);
    expect(typed.rows[0]).toEqual({
      row: 3,
      cells: {
        code: { value: "11.1.1", address: "'My sheet'!B3" },
        end: { value: 100, address: "'My sheet'!C3" },
      },
      extra: { "2024": { value: "x", address: "'My sheet'!D3" } },
    });
  });
});
