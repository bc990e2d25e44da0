// The rows of the C2C_Settings table: every rule of docs/method.md that changes a number, with the
// defined name formulas pass and a sentence saying what it does. The order is fixed so the band
// limits and the weights stand together and can be named as ranges.

import { catalogue } from "../catalogue";
import { DAC_CRITERIA, DAC_LABELS, formatDacSources } from "../dac";
import {
  PRINCIPLE_BAND_LIMITS_NAME,
  PRINCIPLE_BAND_LIMIT_ROWS,
  PRINCIPLE_WEIGHTS_NAME,
  SCALAR_SETTING_ROWS,
  SDG_BAND_LIMITS_NAME,
  SDG_BAND_LIMIT_ROWS,
  dacLensKey,
  dacLensName,
  principleWeightKey,
  principleWeightName,
  type ScalarSettingRow,
} from "../model/contract";
import type { ScoringSettings } from "../settings";

export interface SettingsRow {
  readonly key: string;
  readonly value: number | string;
  readonly definedName: string;
  readonly meaning: string;
  /** Allowed values, offered as a dropdown. */
  readonly choices?: readonly string[];
}

const SCALAR_MEANINGS: Readonly<Record<ScalarSettingRow["field"], string>> = {
  worstValueMode:
    "fixed: the Worst column; peer: the worst value seen across the cities and years (written into Worst); baseline: the city's first value",
  targetYear: "The year the end values should be reached (trend classes)",
  itemAggregation: "How respondents' answers to an item combine: mean or median",
  contestedThreshold: "An item is contested when its spread (highest − lowest answer) reaches this",
  halfAnsweredShare:
    "A principle is scored when at least this share of its applicable items is answered",
  coverageThreshold: "A goal index with coverage below this share is shown grey as low coverage",
  peerMinimumUnits:
    "Peer worst values need data from at least this many cities; otherwise the fixed worst value is used",
  minimumGroupSize:
    "Published results per stakeholder group need at least this many respondents (smaller groups are merged); an item's score is published only when this many answered it",
};

const CHOICES: Partial<Record<ScalarSettingRow["field"], readonly string[]>> = {
  worstValueMode: ["fixed", "peer", "baseline"],
  itemAggregation: ["mean", "median"],
};

/** The rows in table order; the three range names cover consecutive rows of it. */
export function settingsRows(settings: ScoringSettings): SettingsRow[] {
  const rows: SettingsRow[] = SCALAR_SETTING_ROWS.map((row) => ({
    key: row.key,
    value: settings[row.field],
    definedName: row.definedName,
    meaning: SCALAR_MEANINGS[row.field],
    ...(CHOICES[row.field] === undefined ? {} : { choices: CHOICES[row.field] }),
  }));
  for (const row of SDG_BAND_LIMIT_ROWS) {
    rows.push({
      key: row.key,
      value: settings.sdgBandLimits[row.field],
      definedName: row.definedName,
      meaning: "Lowest 0–100 score of this SDG band",
    });
  }
  for (const row of PRINCIPLE_BAND_LIMIT_ROWS) {
    rows.push({
      key: row.key,
      value: settings.principleBandLimits[row.field],
      definedName: row.definedName,
      meaning: "Lowest 1–5 score of this principle band",
    });
  }
  for (const principle of catalogue.principles) {
    rows.push({
      key: principleWeightKey(principle.id),
      value: settings.principleWeights[principle.id],
      definedName: principleWeightName(principle.id),
      meaning: `Weight of ${principle.name} in the overall alignment`,
    });
  }
  for (const criterion of DAC_CRITERIA) {
    rows.push({
      key: dacLensKey(criterion),
      value: formatDacSources(settings.dacLens[criterion]),
      definedName: dacLensName(criterion),
      meaning: DAC_LABELS.settingMeaning(criterion),
    });
  }
  return rows;
}

/** Range names over consecutive rows: [name, the defined names of its rows in order]. */
export const SETTINGS_RANGE_NAMES: readonly (readonly [string, readonly string[]])[] = [
  [SDG_BAND_LIMITS_NAME, SDG_BAND_LIMIT_ROWS.map((row) => row.definedName)],
  [PRINCIPLE_BAND_LIMITS_NAME, PRINCIPLE_BAND_LIMIT_ROWS.map((row) => row.definedName)],
  [
    PRINCIPLE_WEIGHTS_NAME,
    catalogue.principles.map((principle) => principleWeightName(principle.id)),
  ],
];
