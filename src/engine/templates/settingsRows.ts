// The rows of the C2C_Settings table: every rule of docs/method.md that changes a number, with the
// defined name formulas pass and a sentence saying what it does. The order is fixed so the band
// limits and the weights stand together and can be named as ranges.

import { catalogue } from "../catalogue";
import { DAC_CRITERIA, formatDacSources } from "../dac";
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
  LANGUAGE_SETTING_KEY,
  type ScalarSettingRow,
} from "../model/contract";
import { LANGUAGES } from "../language";
import type { ScoringSettings } from "../settings";
import { ENGLISH_WORDS, type TemplateTextKey, type TemplateWords } from "./texts";

/** The defined name of the Language row, for symmetry with the other rows (no formula reads it). */
export const LANGUAGE_NAME = "C2C_Language";

export interface SettingsRow {
  readonly key: string;
  readonly value: number | string;
  readonly definedName: string;
  readonly meaning: string;
  /** Allowed values, offered as a dropdown. */
  readonly choices?: readonly string[];
}

const SCALAR_MEANINGS: Readonly<Record<ScalarSettingRow["field"], TemplateTextKey>> = {
  worstValueMode: "settings.meaningWorstValueMode",
  targetYear: "settings.meaningTargetYear",
  itemAggregation: "settings.meaningItemAggregation",
  contestedThreshold: "settings.meaningContestedThreshold",
  halfAnsweredShare: "settings.meaningHalfAnsweredShare",
  coverageThreshold: "settings.meaningCoverageThreshold",
  peerMinimumUnits: "settings.meaningPeerMinimumUnits",
  minimumGroupSize: "settings.meaningMinimumGroupSize",
};

/** Settings whose value is a token, offered as a dropdown in the workbook's language. */
const TOKEN_FIELDS: Partial<
  Record<ScalarSettingRow["field"], "worstValueMode" | "itemAggregation">
> = { worstValueMode: "worstValueMode", itemAggregation: "itemAggregation" };

function scalarRow(
  row: ScalarSettingRow,
  settings: ScoringSettings,
  words: TemplateWords,
): SettingsRow {
  const kind = TOKEN_FIELDS[row.field];
  const value = settings[row.field];
  const tokenWords = (field: "worstValueMode" | "itemAggregation"): Record<string, string> =>
    Object.fromEntries(
      (field === "worstValueMode" ? ["fixed", "peer", "baseline"] : ["mean", "median"]).map(
        (token) => [token, words.token(field, token)],
      ),
    );
  return {
    key: words.header(row.key),
    value: kind === undefined ? value : words.token(kind, String(value)),
    definedName: row.definedName,
    meaning: words.text(SCALAR_MEANINGS[row.field], kind === undefined ? {} : tokenWords(kind)),
    ...(kind === undefined ? {} : { choices: words.tokens(kind) }),
  };
}

/** The rows in table order; the three range names cover consecutive rows of it. */
export function settingsRows(
  settings: ScoringSettings,
  words: TemplateWords = ENGLISH_WORDS,
): SettingsRow[] {
  const rows: SettingsRow[] = SCALAR_SETTING_ROWS.map((row) => scalarRow(row, settings, words));
  for (const row of SDG_BAND_LIMIT_ROWS) {
    rows.push({
      key: words.header(row.key),
      value: settings.sdgBandLimits[row.field],
      definedName: row.definedName,
      meaning: words.text("settings.meaningSdgBandLimit"),
    });
  }
  for (const row of PRINCIPLE_BAND_LIMIT_ROWS) {
    rows.push({
      key: words.header(row.key),
      value: settings.principleBandLimits[row.field],
      definedName: row.definedName,
      meaning: words.text("settings.meaningPrincipleBandLimit"),
    });
  }
  for (const principle of catalogue.principles) {
    rows.push({
      key: words.header(principleWeightKey(principle.id)),
      value: settings.principleWeights[principle.id],
      definedName: principleWeightName(principle.id),
      meaning: words.text("settings.meaningWeight", {
        principle: words.catalogue("principleNames", principle.id, principle.name),
      }),
    });
  }
  for (const criterion of DAC_CRITERIA) {
    rows.push({
      key: words.header(dacLensKey(criterion)),
      value: formatDacSources(settings.dacLens[criterion]),
      definedName: dacLensName(criterion),
      meaning: words.text("settings.meaningDacSources", {
        criterion: words.catalogue("dacCriteria", criterion, criterion),
      }),
    });
  }
  rows.push({
    key: words.header(LANGUAGE_SETTING_KEY),
    value: words.language,
    definedName: LANGUAGE_NAME,
    meaning: words.text("settings.meaningLanguage"),
    choices: LANGUAGES,
  });
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
