// The Settings view's form: one field per row of the C2C_Settings table, labelled with the row's key,
// holding the value as typed. Reading the form back checks each number and then the rules that tie
// settings together (engine/settings), so nothing unreadable reaches the workbook.

import { readNumber } from "../../engine/cells";
import { catalogue } from "../../engine/catalogue";
import type { DacCriterion, PrincipleId } from "../../engine/catalogue/types";
import {
  CATALOGUE_DAC_LENS,
  DAC_CRITERIA,
  DAC_LABELS,
  formatDacSources,
  readDacSources,
  type DacSource,
} from "../../engine/dac";
import {
  PRINCIPLE_BAND_LIMIT_ROWS,
  principleWeightKey,
  SCALAR_SETTING_ROWS,
  SDG_BAND_LIMIT_ROWS,
  dacLensKey,
  type ScalarSettingRow,
} from "../../engine/model/contract";
import {
  DEFAULT_SETTINGS,
  settingsFindings,
  type ItemAggregation,
  type PrincipleBandLimits,
  type ScoringSettings,
  type SdgBandLimits,
  type WorstValueMode,
} from "../../engine/settings";

import { headerIn, tokenIn, TOKENS } from "../../engine/language";
import { phraseText } from "../../engine/language/problemTexts";
import { ENGLISH_PANE_TEXTS, type PaneTexts } from "../texts/paneTexts";

/** The settings picked from a list; each is also a kind of the contract's tokens, with words per language. */
type ChoiceField = "worstValueMode" | "itemAggregation";

export type SettingField =
  | {
      readonly key: string;
      readonly kind: "choice";
      /** The tokens the Settings table holds, whatever the language it shows them in. */
      readonly options: readonly string[];
      readonly words: ChoiceField;
    }
  | { readonly key: string; readonly kind: "number" }
  | { readonly key: string; readonly kind: "text" };

/** Field values keyed by the Settings table's row keys. */
export type SettingsTexts = Readonly<Record<string, string>>;

export type SettingsReading =
  | { readonly ok: true; readonly settings: ScoringSettings }
  | { readonly ok: false; readonly problems: readonly string[] };

const WORST_VALUE_MODES: readonly [WorstValueMode, ...WorstValueMode[]] = [
  "fixed",
  "peer",
  "baseline",
];
const ITEM_AGGREGATIONS: readonly [ItemAggregation, ...ItemAggregation[]] = ["mean", "median"];

type ScalarField = ScalarSettingRow["field"];
type NumericField = Exclude<ScalarField, "worstValueMode" | "itemAggregation">;

function rowKey<F extends string>(
  rows: readonly { readonly field: F; readonly key: string }[],
  field: F,
): string {
  const row = rows.find((candidate) => candidate.field === field);
  if (row === undefined) throw new Error(`the Settings table has no row for ${field}`);
  return row.key;
}

function scalarKey(field: ScalarField): string {
  return rowKey(SCALAR_SETTING_ROWS, field);
}

/** Every field in the Settings table's order: scalars, SDG band limits, principle band limits, weights, DAC lens. */
export function settingFields(principleIds: readonly PrincipleId[]): SettingField[] {
  const choices: Readonly<Record<ChoiceField, readonly string[]>> = {
    worstValueMode: WORST_VALUE_MODES,
    itemAggregation: ITEM_AGGREGATIONS,
  };
  return [
    ...SCALAR_SETTING_ROWS.map((row): SettingField => {
      const field = row.field;
      return field === "worstValueMode" || field === "itemAggregation"
        ? { key: row.key, kind: "choice", options: choices[field], words: field }
        : { key: row.key, kind: "number" };
    }),
    ...SDG_BAND_LIMIT_ROWS.map((row): SettingField => ({ key: row.key, kind: "number" })),
    ...PRINCIPLE_BAND_LIMIT_ROWS.map((row): SettingField => ({ key: row.key, kind: "number" })),
    ...principleIds.map((id): SettingField => ({ key: principleWeightKey(id), kind: "number" })),
    ...DAC_CRITERIA.map((criterion): SettingField => ({
      key: dacLensKey(criterion),
      kind: "text",
    })),
  ];
}

/** The settings as the form shows them. */
export function settingsTexts(
  settings: ScoringSettings,
  principleIds: readonly PrincipleId[],
): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const row of SCALAR_SETTING_ROWS) texts[row.key] = String(settings[row.field]);
  for (const row of SDG_BAND_LIMIT_ROWS) texts[row.key] = String(settings.sdgBandLimits[row.field]);
  for (const row of PRINCIPLE_BAND_LIMIT_ROWS)
    texts[row.key] = String(settings.principleBandLimits[row.field]);
  for (const id of principleIds)
    texts[principleWeightKey(id)] = String(settings.principleWeights[id]);
  for (const criterion of DAC_CRITERIA)
    texts[dacLensKey(criterion)] = formatDacSources(settings.dacLens[criterion]);
  return texts;
}

/** The form read back into settings, or every problem found, each naming its field. */
export function readSettingsTexts(
  texts: SettingsTexts,
  paneTexts: PaneTexts = ENGLISH_PANE_TEXTS,
): SettingsReading {
  const { t } = paneTexts;
  // A field as the form labels it: the Settings table's key in the pane's language.
  const label = (key: string): string => headerIn(paneTexts.language, key);
  const problems: string[] = [];
  const numberAt = (key: string): number => {
    const text = texts[key] ?? "";
    const reading = readNumber(text);
    if (reading.kind === "number") return reading.value;
    problems.push(
      reading.kind === "blank"
        ? t("settings.typeNumber", { key: label(key) })
        : t("settings.notNumber", { key: label(key), text: text.trim() }),
    );
    return Number.NaN;
  };
  const choiceAt = <T extends string>(field: ChoiceField, options: readonly [T, ...T[]]): T => {
    const key = scalarKey(field);
    const text = (texts[key] ?? "").trim().toLowerCase();
    const chosen = options.find((option) => option === text);
    const words = options.map((option) => choiceWord(paneTexts, field, option));
    if (chosen === undefined)
      problems.push(t("settings.chooseOption", { key: label(key), options: words.join(", ") }));
    return chosen ?? options[0];
  };
  const scalar = (field: NumericField): number => numberAt(scalarKey(field));
  const sdgLimit = (field: keyof SdgBandLimits): number =>
    numberAt(rowKey(SDG_BAND_LIMIT_ROWS, field));
  const principleLimit = (field: keyof PrincipleBandLimits): number =>
    numberAt(rowKey(PRINCIPLE_BAND_LIMIT_ROWS, field));
  const weight = (id: PrincipleId): number => numberAt(principleWeightKey(id));
  const dacSources = (criterion: DacCriterion): readonly DacSource[] => {
    const key = dacLensKey(criterion);
    const reading = readDacSources(texts[key] ?? "");
    if (reading.ok) return reading.sources;
    problems.push(dacSourcesProblem(paneTexts, key, texts[key] ?? ""));
    return CATALOGUE_DAC_LENS[criterion];
  };

  // One weight field per principle of the catalogue, in its order; the defaults give the type a
  // weight for every principle before the form's values replace them.
  const principleWeights: Record<PrincipleId, number> = { ...DEFAULT_SETTINGS.principleWeights };
  for (const principle of catalogue.principles)
    principleWeights[principle.id] = weight(principle.id);

  const settings: ScoringSettings = {
    worstValueMode: choiceAt("worstValueMode", WORST_VALUE_MODES),
    targetYear: scalar("targetYear"),
    itemAggregation: choiceAt("itemAggregation", ITEM_AGGREGATIONS),
    contestedThreshold: scalar("contestedThreshold"),
    halfAnsweredShare: scalar("halfAnsweredShare"),
    coverageThreshold: scalar("coverageThreshold"),
    peerMinimumUnits: scalar("peerMinimumUnits"),
    minimumGroupSize: scalar("minimumGroupSize"),
    sdgBandLimits: {
      achieved: sdgLimit("achieved"),
      challengesRemain: sdgLimit("challengesRemain"),
      significantChallenges: sdgLimit("significantChallenges"),
    },
    principleBandLimits: {
      developing: principleLimit("developing"),
      established: principleLimit("established"),
      advanced: principleLimit("advanced"),
    },
    principleWeights,
    dacLens: Object.fromEntries(
      DAC_CRITERIA.map((criterion) => [criterion, dacSources(criterion)]),
    ) as Record<DacCriterion, readonly DacSource[]>,
  };
  if (problems.length > 0) return { ok: false, problems };
  const rules = settingsFindings(settings)
    .map((finding) => phraseText(paneTexts.language, finding))
    .map((problem) => `${problem.charAt(0).toUpperCase()}${problem.slice(1)}.`);
  return rules.length > 0 ? { ok: false, problems: rules } : { ok: true, settings };
}

/** A choice as the form's list shows it: the token's word in the pane's language ("médiane"). */
export function choiceWord(paneTexts: PaneTexts, field: ChoiceField, option: string): string {
  const tokens: readonly string[] = TOKENS[field];
  return tokens.includes(option) ? tokenIn(paneTexts.language, field, option) : option;
}

/** Why a DAC lens field cannot be read, in the pane's language: empty, or the tokens that are neither. */
function dacSourcesProblem(paneTexts: PaneTexts, key: string, text: string): string {
  const sdgIndex = DAC_LABELS.sdgIndexSource;
  const tokens = text
    .split(/[,;]/)
    .map((token) => token.trim())
    .filter((token) => token !== "");
  const unknown = tokens.filter((token) => !readDacSources(token).ok).map((token) => `"${token}"`);
  const field = headerIn(paneTexts.language, key);
  if (unknown.length === 0) return paneTexts.t("settings.dacEmpty", { key: field, sdgIndex });
  return paneTexts.t(
    paneTexts.plural(unknown.length) === "one"
      ? "settings.dacUnknown.one"
      : "settings.dacUnknown.other",
    {
      key: field,
      tokens: unknown.join(", "),
      ids: catalogue.principles.map((principle) => principle.id).join(", "),
      sdgIndex,
    },
  );
}
