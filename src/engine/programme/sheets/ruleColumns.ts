// Each partnership's own programme rules in C2C_Programme: its coverage threshold and band limits,
// seven columns at the end of the table headed with their Settings keys. The programme's figures
// use the values every partnership agrees on, else the defaults (programmeRules.ts); with each
// partnership's values in the table, a workbook read back (`c2c report`) finds and lists the same
// disagreements the consolidation did.

import {
  PRINCIPLE_BAND_LIMIT_ROWS,
  SCALAR_SETTING_ROWS,
  SDG_BAND_LIMIT_ROWS,
} from "../../model/contract";
import type { ScoringSettings } from "../../settings";
import { settingsProblems } from "../../settings";
import { NUMBER_FORMATS } from "../../templates/styles";

interface RuleColumn {
  readonly header: string;
  readonly numberFormat: string;
  readonly valueOf: (settings: ScoringSettings) => number;
  readonly withValue: (settings: ScoringSettings, value: number) => ScoringSettings;
}

const COVERAGE_KEY =
  SCALAR_SETTING_ROWS.find((row) => row.field === "coverageThreshold")?.key ?? "Coverage threshold";

export const RULE_COLUMNS: readonly RuleColumn[] = [
  {
    header: COVERAGE_KEY,
    numberFormat: NUMBER_FORMATS.percent,
    valueOf: (settings) => settings.coverageThreshold,
    withValue: (settings, value) => ({ ...settings, coverageThreshold: value }),
  },
  ...SDG_BAND_LIMIT_ROWS.map((row): RuleColumn => ({
    header: row.key,
    numberFormat: NUMBER_FORMATS.hundred,
    valueOf: (settings) => settings.sdgBandLimits[row.field],
    withValue: (settings, value) => ({
      ...settings,
      sdgBandLimits: { ...settings.sdgBandLimits, [row.field]: value },
    }),
  })),
  ...PRINCIPLE_BAND_LIMIT_ROWS.map((row): RuleColumn => ({
    header: row.key,
    numberFormat: NUMBER_FORMATS.fivePoint,
    valueOf: (settings) => settings.principleBandLimits[row.field],
    withValue: (settings, value) => ({
      ...settings,
      principleBandLimits: { ...settings.principleBandLimits, [row.field]: value },
    }),
  })),
];

/**
 * `base` with the rules of a row of C2C_Programme (the values in RULE_COLUMNS' order); null when one
 * is not a number or the rules they make are not usable (a limit out of order, a share above 1).
 */
export function settingsWithRules(
  base: ScoringSettings,
  values: readonly (number | null)[],
): ScoringSettings | null {
  let settings = base;
  for (const [index, column] of RULE_COLUMNS.entries()) {
    const value = values[index];
    if (value === null || value === undefined) return null;
    settings = column.withValue(settings, value);
  }
  return settingsProblems(settings).length === 0 ? settings : null;
}
