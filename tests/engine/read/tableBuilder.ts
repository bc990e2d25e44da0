// Tables as a host hands them to the reader, built through the engine's own buildTableData so that
// addresses ("Indicators!F12") come out exactly as every host makes them.
import type { CellValue } from "../../../src/engine/cells";
import { KEY_VALUE_HEADERS, TABLES } from "../../../src/engine/model/contract";
import { formatCellAddress } from "../../../src/engine/plan/address";
import { buildTableData, type TableData } from "../../../src/engine/plan/tableData";

/** A table whose header row is at `origin` (A1 by default): header then rows, all the same width. */
export function table(
  name: string,
  sheet: string,
  headers: readonly string[],
  rows: readonly (readonly CellValue[])[],
  origin = { row: 1, column: 1 },
  numberFormats: Readonly<Record<string, string>> = {},
): TableData {
  const grid: readonly (readonly CellValue[])[] = [headers, ...rows];
  return buildTableData({
    name,
    sheet,
    bounds: {
      start: origin,
      end: { row: origin.row + rows.length, column: origin.column + headers.length - 1 },
    },
    hasHeaderRow: true,
    columnNames: headers,
    cellAt: ({ row, column }) => grid[row - origin.row]?.[column - origin.column] ?? null,
    numberFormatAt: (position) => numberFormats[formatCellAddress(position)],
  });
}

export function keyValueTable(
  name: string,
  sheet: string,
  rows: readonly (readonly [string, CellValue])[],
): TableData {
  return table(name, sheet, [KEY_VALUE_HEADERS.key, KEY_VALUE_HEADERS.value], rows);
}

export const INDICATOR_COLUMNS = [
  "Code",
  "Indicator",
  "Goal",
  "City",
  "Year",
  "Value",
  "Worst",
  "End value",
  "Unit",
  "Source",
  "Disaggregated",
  "Score",
  "Objective",
];

/** An Indicators row with only the cells a test cares about; the rest blank. */
export function indicatorRow(
  code: CellValue,
  city: CellValue,
  year: CellValue,
  value: CellValue,
  more: Partial<
    Record<
      "goal" | "worst" | "end" | "disaggregated" | "objective" | "indicator" | "unit",
      CellValue
    >
  > = {},
): CellValue[] {
  return [
    code,
    more.indicator ?? null,
    more.goal ?? null,
    city,
    year,
    value,
    more.worst ?? null,
    more.end ?? null,
    more.unit ?? null,
    null,
    more.disaggregated ?? null,
    null,
    more.objective ?? null,
  ];
}

/** `numberFormats` maps a cell's address on the sheet ("F2") to its number format code. */
export function indicatorsTable(
  rows: readonly (readonly CellValue[])[],
  numberFormats: Readonly<Record<string, string>> = {},
): TableData {
  return table(TABLES.indicators, "Indicators", INDICATOR_COLUMNS, rows, undefined, numberFormats);
}

export function partnershipTable(rows: readonly (readonly [string, CellValue])[]): TableData {
  return keyValueTable(TABLES.partnership, "About", rows);
}
