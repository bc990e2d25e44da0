// Each partnership's cities' overall SDG index, read back from a programme workbook's
// C2C_ProgrammeGoals (one row per partnership, city and goal, each goal in its latest year with an
// index): a city's index is the mean of its goal indices of its latest year, as the engine makes it,
// at full precision. Programme workbooks written before that table keep their text cell
// (programmeUnits.ts reads it when this table is absent).

import { phrase, problemAt } from "../language/problemTexts";
import { readNumber } from "../cells";
import type { Problem } from "../model/types";
import type { TableData } from "../plan/tableData";
import { typedTable } from "../plan/tableData";
import type { CityIndex } from "../programme/types";
import { textOf } from "../sheetValues";
import { mean } from "../stats";

const HEADERS = {
  source: "Source",
  partnership: "Partnership",
  city: "City",
  year: "Year",
  index: "Index",
} as const;

interface CityRows {
  readonly city: string;
  readonly rows: { readonly year: number; readonly index: number | null }[];
}

/** The key of a partnership in the result: its Source and name, as C2C_Programme has them. */
export function partnershipKey(source: string, partnership: string): string {
  return `${source}\u0000${partnership}`;
}

export interface GoalCityIndices {
  readonly byPartnership: ReadonlyMap<string, CityIndex[]>;
  readonly problems: readonly Problem[];
}

export function cityIndicesFromGoals(table: TableData): GoalCityIndices | null {
  const typed = typedTable(table, HEADERS);
  if (typed.missing.length > 0) return null;
  const problems: Problem[] = [];
  const cities = new Map<string, Map<string, CityRows>>();
  for (const row of typed.rows) {
    const partnership = textOf(row.cells.partnership?.value ?? null);
    const city = textOf(row.cells.city?.value ?? null);
    if (partnership === "" || city === "") continue;
    const year = readNumber(row.cells.year?.value ?? null);
    const index = readNumber(row.cells.index?.value ?? null);
    if (
      year.kind !== "number" ||
      index.kind === "invalid" ||
      (index.kind === "number" && (index.value < 0 || index.value > 100))
    ) {
      problems.push(
        problemAt(
          row.cells.index?.address ?? `${table.sheet}!${row.row}:${row.row}`,
          "warning",
          phrase("compare.goalRowUnreadable"),
        ),
      );
      continue;
    }
    const key = partnershipKey(textOf(row.cells.source?.value ?? null), partnership);
    const ofPartnership = cities.get(key) ?? new Map<string, CityRows>();
    cities.set(key, ofPartnership);
    const ofCity = ofPartnership.get(city) ?? { city, rows: [] };
    ofPartnership.set(city, ofCity);
    ofCity.rows.push({ year: year.value, index: index.kind === "number" ? index.value : null });
  }
  const byPartnership = new Map<string, CityIndex[]>();
  for (const [key, ofPartnership] of cities)
    byPartnership.set(
      key,
      [...ofPartnership.values()].map(({ city, rows }): CityIndex => {
        const year = Math.max(...rows.map((row) => row.year));
        const indices = rows.flatMap((row) =>
          row.year === year && row.index !== null ? [row.index] : [],
        );
        return { city, year, index: indices.length === 0 ? null : mean(indices) };
      }),
    );
  return { byPartnership, problems };
}
