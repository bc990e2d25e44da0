// C2C_Indicators (tidy: one row per indicator × city × year) → indicator rows with their worst and
// end values resolved. Reported: rows that cannot be placed, text in number cells, unknown codes,
// indicators outside the workbook's list, cities that are not partner cities, repeated rows, and
// indicators of the user's own without a worst or end value.

import { findIndicator } from "../catalogue";
import { INDICATOR_HEADERS } from "../model/contract";
import type { IndicatorRow, Partnership } from "../model/types";
import { typedTable, type TableData } from "../plan/tableData";
import { nameKey } from "../sheetValues";
import { parseIndicatorRow, type ParsedIndicatorRow } from "./indicatorCells";
import { memoised } from "./memoised";
import type { ProblemList } from "./problemList";
import { resolveReferenceValues } from "./resolveReferenceValues";
import { checkColumns, isBlankRow } from "./tables";

/** Null when the table is absent or lacks one of Code, City, Year and Value. */
export function readIndicators(
  table: TableData | null,
  partnership: Partnership,
  problems: ProblemList,
): IndicatorRow[] | null {
  if (table === null) return null;
  const typed = typedTable(table, INDICATOR_HEADERS);
  if (!checkColumns(typed, INDICATOR_HEADERS, ["code", "city", "year", "value"], problems))
    return null;

  const cityName = partnerCitySpelling(partnership, problems);
  const parsed: ParsedIndicatorRow[] = [];
  // Unit key → year → the row that first listed it.
  const firstRowOf = new Map<string, Map<number, number>>();
  const reportedCodes = new Set<string>();
  const unitKey = unitKeys();
  const unitKeyOfRow: string[] = [];
  for (const row of typed.rows) {
    if (isBlankRow(row)) continue;
    const result = parseIndicatorRow(row, table.name, cityName, problems);
    if (result === undefined) continue;
    const unit = unitKey(result);
    const years = firstRowOf.get(unit) ?? new Map<number, number>();
    const earlier = years.get(result.year);
    if (earlier !== undefined) {
      problems.warn(result.cells.code?.address ?? table.name, "indicator.listedAgain", {
        code: result.code,
        city: result.city,
        year: result.year,
        first: earlier,
      });
      continue;
    }
    years.set(result.year, result.row);
    firstRowOf.set(unit, years);
    reportCodeOnce(result, partnership, reportedCodes, table.name, problems);
    parsed.push(result);
    unitKeyOfRow.push(unit);
  }
  return resolveReferenceValues(parsed, unitKeyOfRow, partnership.startYear, table.name, problems);
}

/**
 * A row's indicator and city as one key, case and spaces aside: the unit whose years share a
 * baseline. Made once per code and city (a long list has a few hundred of them), not once per row,
 * so each row's key is a text already hashed.
 */
function unitKeys(): (row: ParsedIndicatorRow) => string {
  const cityKey = memoised(nameKey);
  const byCode = memoised(() => new Map<string, string>());
  return ({ code, city }) => {
    const byCity = byCode(code);
    let key = byCity.get(city);
    if (key === undefined) {
      key = `${code.toLowerCase()}\u0000${cityKey(city)}`;
      byCity.set(city, key);
    }
    return key;
  };
}

// Once per code, at its first row: an unknown code, or an indicator of the long list in a workbook
// on the simplified list (it is scored, but the partnership no longer compares with others on it).
function reportCodeOnce(
  row: ParsedIndicatorRow,
  partnership: Partnership,
  reported: Set<string>,
  tableName: string,
  problems: ProblemList,
): void {
  const key = row.code.toLowerCase();
  if (reported.has(key)) return;
  reported.add(key);
  const address = row.cells.code?.address ?? tableName;
  if (findIndicator(row.code) === undefined) {
    problems.warn(address, "indicator.notInCatalogue", { code: row.code });
  } else if (partnership.list === "simplified" && row.definition?.list === "long") {
    problems.warn(address, "indicator.longList", { code: row.code, goal: row.goal });
  }
}

// Rows name cities as typed; a city matching a partner city (ignoring case and spaces) takes the
// partnership's spelling. Other cities are reported once, at their first cell, and kept as typed.
function partnerCitySpelling(
  partnership: Partnership,
  problems: ProblemList,
): (typed: string, address: string) => string {
  const partners = new Map(partnership.cities.map((city) => [nameKey(city), city]));
  const reported = new Set<string>();
  const cityKey = memoised(nameKey);
  return (typed, address) => {
    const key = cityKey(typed);
    const partner = partners.get(key);
    if (partner !== undefined) return partner;
    if (partners.size > 0 && !reported.has(key)) {
      reported.add(key);
      problems.warn(address, "indicator.notPartnerCity", {
        city: typed,
        cities: partnership.cities.join(", "),
      });
    }
    return typed;
  };
}
