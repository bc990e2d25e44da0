// C2C_Partnership (sheet About): the partnership's name, partner cities, countries, years, indicator
// list and the catalogue version the workbook was stamped with. Every row is optional; what is
// missing takes a default that says "not given" (an empty name, no start year, the simplified list).

import { CATALOGUE_VERSION } from "../catalogue";
import type { ListId } from "../catalogue/types";
import type { CellValue } from "../cells";
import { PARTNERSHIP_KEYS } from "../model/contract";
import type { Partnership } from "../model/types";
import type { TableCellData, TableData } from "../plan/tableData";
import { readWholeNumber } from "./cellReaders";
import { cellPhrase, isBlank, textOf } from "../sheetValues";
import { tokenOf } from "../language/contractWords";
import { readKeyValueTable } from "./keyValueTable";
import type { ProblemList } from "./problemList";

export const DEFAULT_LIST: ListId = "simplified";

const EMPTY_PARTNERSHIP: Partnership = {
  name: "",
  cities: [],
  countries: [],
  startYear: null,
  reportingYear: null,
  list: DEFAULT_LIST,
  catalogueVersion: null,
};

// Years outside this span are typing slips (2204 for 2024, 24 for 2024).
const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2100;

export function readPartnership(table: TableData | null, problems: ProblemList): Partnership {
  if (table === null) return EMPTY_PARTNERSHIP;
  const { values } = readKeyValueTable(table, Object.values(PARTNERSHIP_KEYS), problems);
  const cell = (key: string): TableCellData | undefined => values.get(key);

  const cities = listOf(cell(PARTNERSHIP_KEYS.cities)?.value);
  const citiesCell = cell(PARTNERSHIP_KEYS.cities);
  if (citiesCell !== undefined && cities.length === 1) {
    problems.warn(citiesCell.address, "partnership.oneCity", { city: cities[0] ?? "" });
  }
  const version = textOf(cell(PARTNERSHIP_KEYS.catalogueVersion)?.value);
  const versionCell = cell(PARTNERSHIP_KEYS.catalogueVersion);
  if (versionCell !== undefined && version !== "" && version !== CATALOGUE_VERSION) {
    problems.warn(versionCell.address, "partnership.catalogueVersion", {
      stamped: version,
      current: CATALOGUE_VERSION,
    });
  }
  return {
    name: textOf(cell(PARTNERSHIP_KEYS.name)?.value),
    cities,
    countries: listOf(cell(PARTNERSHIP_KEYS.countries)?.value),
    startYear: yearOf(cell(PARTNERSHIP_KEYS.startYear), "partnership.startYear", problems),
    reportingYear: yearOf(
      cell(PARTNERSHIP_KEYS.reportingYear),
      "partnership.reportingYear",
      problems,
    ),
    list: listIdOf(cell(PARTNERSHIP_KEYS.list), problems),
    catalogueVersion: version === "" ? null : version,
  };
}

/** "Nakuru, Malmö" or "Nakuru; Malmö" → ["Nakuru", "Malmö"]. */
function listOf(cell: CellValue): string[] {
  return textOf(cell)
    .split(/[,;]/u)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

function yearOf(
  cell: TableCellData | undefined,
  unreadable: "partnership.startYear" | "partnership.reportingYear",
  problems: ProblemList,
): number | null {
  if (cell === undefined) return null;
  const reading = readWholeNumber(cell.value);
  if (reading.kind === "blank") return null;
  if (reading.kind === "number" && reading.value >= EARLIEST_YEAR && reading.value <= LATEST_YEAR)
    return reading.value;
  problems.warn(cell.address, unreadable, { cell: cellPhrase(cell.value) });
  return null;
}

function listIdOf(cell: TableCellData | undefined, problems: ProblemList): ListId {
  if (cell === undefined || isBlank(cell.value)) return DEFAULT_LIST;
  const text = textOf(cell.value).toLowerCase();
  const list = tokenOf("list", text.replace(/\s+list$/u, ""));
  if (list !== undefined) return list;
  // The fallback named in the message is the simplified list: DEFAULT_LIST.
  problems.warn(cell.address, "partnership.list", { cell: cellPhrase(cell.value) });
  return DEFAULT_LIST;
}
