// The indicator results grouped the way the Scoreboard reads them: by partner city (the
// partnership's order first, then any other city in order of appearance), then by year.

import { nameKey } from "../sheetValues";
import type { IndicatorResult } from "./types";

export interface CityYears {
  /** The city's name as the partnership spells it, else as its first row does. */
  readonly city: string;
  /** Years ascending, each with its rows in table order. */
  readonly years: readonly { readonly year: number; readonly rows: readonly IndicatorResult[] }[];
}

export function groupByCityAndYear(
  results: readonly IndicatorResult[],
  partnershipCities: readonly string[],
): CityYears[] {
  const spelling = new Map<string, string>();
  for (const city of partnershipCities)
    if (!spelling.has(nameKey(city))) spelling.set(nameKey(city), city.trim());
  const byCity = new Map<string, Map<number, IndicatorResult[]>>();
  for (const result of results) {
    const key = nameKey(result.city);
    if (!spelling.has(key)) spelling.set(key, result.city.trim());
    const years = byCity.get(key) ?? new Map<number, IndicatorResult[]>();
    byCity.set(key, years);
    const rows = years.get(result.year) ?? [];
    years.set(result.year, rows);
    rows.push(result);
  }
  const order = [...spelling.keys()].filter((key) => byCity.has(key));
  return order.map((key) => {
    const years = byCity.get(key) ?? new Map<number, IndicatorResult[]>();
    return {
      city: spelling.get(key) ?? key,
      years: [...years.entries()].sort(([a], [b]) => a - b).map(([year, rows]) => ({ year, rows })),
    };
  });
}
