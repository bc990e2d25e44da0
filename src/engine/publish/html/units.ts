// The catalogue's units in the page's language. A unit is the catalogue's English (the workbook's
// Unit column holds it as written); the report says it in its language, and a unit the catalogue
// does not use (a local indicator's own) is shown as the workbook has it. Symbols ("%", "µg/m³")
// are the same in every language and have no entry.

import type { ReportText, ReportTextKey } from "../texts";

export const UNIT_KEYS: Readonly<Record<string, ReportTextKey>> = {
  "per 100 000": "unit.per 100 000",
  "per 10 000": "unit.per 10 000",
  "per 100 inhabitants": "unit.per 100 inhabitants",
  "per 1000 live births": "unit.per 1000 live births",
  "per 100 000 live births": "unit.per 100 000 live births",
  score: "unit.score",
  count: "unit.count",
  ratio: "unit.ratio",
  "index 0–100": "unit.index 0–100",
  "kg per person per year": "unit.kg per person per year",
  "t CO2e per person per year": "unit.t CO2e per person per year",
  "MJ per USD (2017 PPP)": "unit.MJ per USD (2017 PPP)",
  "% of GDP": "unit.% of GDP",
};

export function unitWording(unit: string, t: ReportText): string {
  const key = UNIT_KEYS[unit];
  return key === undefined ? unit : t(key);
}
