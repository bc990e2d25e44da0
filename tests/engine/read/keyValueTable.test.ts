// The one reader of key/value tables (C2C_Settings, C2C_Partnership): where each key's value stands,
// the first row of a key winning, as the domain readers, the scored plan's layout and the pane's
// Settings form take it.

import type { CellValue } from "../../../src/engine/cells";
import { normaliseHeader } from "../../../src/engine/plan/headers";
import type { TableData } from "../../../src/engine/plan/tableData";
import { ProblemList } from "../../../src/engine/read";
import { keyValueCellsByKey, keyValueEntries } from "../../../src/engine/read/keyValueTable";

const LETTERS = ["A", "B", "C"];

function settingsTable(headers: readonly string[], rows: readonly CellValue[][]): TableData {
  return {
    name: "C2C_Settings",
    sheet: "Settings",
    range: `A3:${LETTERS[headers.length - 1] ?? "A"}${3 + rows.length}`,
    columns: headers.map((header, index) => ({
      header,
      key: normaliseHeader(header),
      column: LETTERS[index] ?? "A",
    })),
    rows: rows.map((values, index) => ({
      row: 4 + index,
      cells: values.map((value, column) => ({
        value,
        address: `Settings!${LETTERS[column] ?? "A"}${4 + index}`,
      })),
    })),
  };
}

describe("keyValueCellsByKey", () => {
  it("finds each key's value cell ignoring case and spaces, the first row of a key winning", () => {
    const table = settingsTable(
      ["Key", "Value", "Note"],
      [
        ["Target year", 2035, null],
        [null, null, "a note of the user's"],
        ["target  YEAR", 2040, null],
        [null, 7, null],
        ["Minimum group size", null, null],
      ],
    );
    const cells = keyValueCellsByKey(table);
    expect([...cells.keys()]).toEqual([
      normaliseHeader("Target year"),
      normaliseHeader("Minimum group size"),
    ]);
    expect(cells.get(normaliseHeader("Target year"))).toEqual({
      value: 2035,
      address: "Settings!B4",
    });
    expect(cells.get(normaliseHeader("Minimum group size"))?.address).toBe("Settings!B8");
  });

  it("finds nothing in a table without a Value column, and the reader says why", () => {
    const table = settingsTable(["Key", "Setting"], [["Target year", 2035]]);
    expect(keyValueCellsByKey(table).size).toBe(0);
    const problems = new ProblemList();
    expect(keyValueEntries(table, problems)).toEqual([]);
    expect(problems.problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining('has no "Value" column'),
    ]);
  });
});
