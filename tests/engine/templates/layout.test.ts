import { normaliseHeader } from "../../../src/engine/plan/headers";
import type { TableData } from "../../../src/engine/plan/tableData";
import { DEFAULT_SETTINGS } from "../../../src/engine/settings";
import { columnOf, columnRange, layoutFromTables } from "../../../src/engine/templates/layout";
import { settingsNames } from "../../../src/engine/templates/settingsNames";
import { printLive } from "../../../src/engine/formula/print";

function table(
  name: string,
  sheet: string,
  range: string,
  headers: readonly string[],
  rows: readonly (readonly (string | number | null)[])[] = [],
): TableData {
  const start = Number(/\d+/.exec(range)?.[0] ?? "1");
  const firstColumn = range.charCodeAt(0) - 64;
  return {
    name,
    sheet,
    range,
    columns: headers.map((header, index) => ({
      header,
      key: normaliseHeader(header),
      column: String.fromCharCode(64 + firstColumn + index),
    })),
    rows: rows.map((cells, index) => ({
      row: start + 1 + index,
      cells: cells.map((value, column) => ({
        value,
        address: `${sheet}!${String.fromCharCode(64 + firstColumn + column)}${start + 1 + index}`,
      })),
    })),
  };
}

describe("layoutFromTables", () => {
  const layout = layoutFromTables({
    c2c_indicators: table("c2c_indicators", "Data", "C3:E9", ["  CODE ", "Value", "Score"]),
    C2C_Settings: table(
      "C2C_Settings",
      "Rules",
      "A1:B4",
      ["key", "VALUE"],
      [
        ["Target year", 2030],
        ["contested  threshold", 3],
        ["Target year", 2040],
      ],
    ),
    C2C_Checklist: null,
  });

  it("finds tables by name without case and columns by header without case or spaces", () => {
    const indicators = layout.tables.indicators;
    expect(indicators).toMatchObject({ sheet: "Data", headerRow: 3, firstRow: 4, lastRow: 9 });
    expect(indicators && columnOf(indicators, "Code")).toBe(3);
    const score = indicators && columnRange(indicators, "score");
    expect(score && printLive(score)).toBe("=Data!$E$4:$E$9");
    expect(layout.tables.checklist).toBeUndefined();
  });

  it("keeps the first Value cell of each settings key, as the reader does", () => {
    expect(layout.settingsValueCells.get(normaliseHeader("Target year"))).toBe("B2");
    expect(layout.settingsValueCells.get(normaliseHeader("Contested threshold"))).toBe("B3");
  });
});

describe("settingsNames", () => {
  it("names the rows a table has, and a range only over consecutive rows in order", () => {
    const cells = new Map([
      [normaliseHeader("SDG band limit: Achieved"), "B10"],
      [normaliseHeader("SDG band limit: Challenges remain"), "B11"],
      [normaliseHeader("SDG band limit: Significant challenges"), "B12"],
      [normaliseHeader("Principle band limit: Developing"), "B20"],
      [normaliseHeader("Principle band limit: Established"), "B22"],
      [normaliseHeader("Principle band limit: Advanced"), "B23"],
    ]);
    const names = settingsNames("Rules", cells, DEFAULT_SETTINGS);
    expect(names).toContainEqual({ name: "C2C_SdgBandLimits", sheet: "Rules", range: "B10:B12" });
    expect(names.map((name) => name.name)).not.toContain("C2C_PrincipleBandLimits");
    expect(names.map((name) => name.name)).not.toContain("C2C_TargetYear");
    expect(names).toContainEqual({ name: "C2C_BandEstablished", sheet: "Rules", range: "B22" });
  });
});
