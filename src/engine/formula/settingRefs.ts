// How formulas refer to the scoring settings. In a workbook with a C2C_Settings table every setting
// has a defined name (C2C_ContestedThreshold…) and formulas pass the name, so a change in the table
// recalculates everything; a setting the workbook does not hold is written as its value (the
// framework default the reader applied), so the formula still computes what the engine did.

import { catalogue } from "../catalogue";
import type { PrincipleId } from "../catalogue/types";
import {
  PRINCIPLE_BAND_LIMITS_NAME,
  PRINCIPLE_BAND_LIMIT_ROWS,
  PRINCIPLE_WEIGHTS_NAME,
  SCALAR_SETTING_ROWS,
  SDG_BAND_LIMITS_NAME,
  SDG_BAND_LIMIT_ROWS,
  principleWeightName,
  type ScalarSettingRow,
} from "../model/contract";
import type { ScoringSettings } from "../settings";
import type { Language } from "../language";
import { name, num, text, type Expr } from "./expr";
import { formulaWords, type FormulaWords } from "./formulaWords";

export interface SdgBandRefs {
  readonly achieved: Expr;
  readonly challengesRemain: Expr;
  readonly significantChallenges: Expr;
  /** The three limits as one range (the `limits` argument of C2C.BAND); null when not named. */
  readonly range: Expr | null;
}

export interface PrincipleBandRefs {
  readonly developing: Expr;
  readonly established: Expr;
  readonly advanced: Expr;
  readonly range: Expr | null;
}

export interface SettingRefs {
  readonly worstValueMode: Expr;
  readonly targetYear: Expr;
  readonly itemAggregation: Expr;
  readonly contestedThreshold: Expr;
  readonly halfAnsweredShare: Expr;
  readonly coverageThreshold: Expr;
  readonly peerMinimumUnits: Expr;
  readonly sdgBand: SdgBandRefs;
  readonly principleBand: PrincipleBandRefs;
  /** One weight per principle, in the catalogue's order. */
  readonly weights: Readonly<Record<PrincipleId, Expr>>;
  /** The ten weights as one range in the catalogue's order; null when not named. */
  readonly weightsRange: Expr | null;
  /** The words formulas return, in the workbook's language (not a setting that changes a number). */
  readonly words: FormulaWords;
}

type ScalarField = ScalarSettingRow["field"];

function scalarValue(settings: ScoringSettings, field: ScalarField): Expr {
  const value = settings[field];
  return typeof value === "number" ? num(value) : text(value);
}

/**
 * References to the settings: a defined name where `definedNames` has it, else the value from
 * `settings` (what the engine used). Pass every name the plan defines or the workbook already has.
 */
export function settingRefs(
  settings: ScoringSettings,
  definedNames: ReadonlySet<string>,
  language: Language = "en",
): SettingRefs {
  const pick = (definedName: string, fallback: Expr): Expr =>
    definedNames.has(definedName) ? name(definedName) : fallback;
  const scalar = (field: ScalarField): Expr => {
    const row = SCALAR_SETTING_ROWS.find((candidate) => candidate.field === field);
    const fallback = scalarValue(settings, field);
    return row === undefined ? fallback : pick(row.definedName, fallback);
  };
  const sdgLimit = (field: (typeof SDG_BAND_LIMIT_ROWS)[number]["field"]): Expr => {
    const row = SDG_BAND_LIMIT_ROWS.find((candidate) => candidate.field === field);
    const fallback = num(settings.sdgBandLimits[field]);
    return row === undefined ? fallback : pick(row.definedName, fallback);
  };
  const principleLimit = (field: (typeof PRINCIPLE_BAND_LIMIT_ROWS)[number]["field"]): Expr => {
    const row = PRINCIPLE_BAND_LIMIT_ROWS.find((candidate) => candidate.field === field);
    const fallback = num(settings.principleBandLimits[field]);
    return row === undefined ? fallback : pick(row.definedName, fallback);
  };
  const weights = Object.fromEntries(
    catalogue.principles.map((principle) => [
      principle.id,
      pick(principleWeightName(principle.id), num(settings.principleWeights[principle.id])),
    ]),
  ) as Record<PrincipleId, Expr>;
  return {
    worstValueMode: scalar("worstValueMode"),
    targetYear: scalar("targetYear"),
    itemAggregation: scalar("itemAggregation"),
    contestedThreshold: scalar("contestedThreshold"),
    halfAnsweredShare: scalar("halfAnsweredShare"),
    coverageThreshold: scalar("coverageThreshold"),
    peerMinimumUnits: scalar("peerMinimumUnits"),
    sdgBand: {
      achieved: sdgLimit("achieved"),
      challengesRemain: sdgLimit("challengesRemain"),
      significantChallenges: sdgLimit("significantChallenges"),
      range: definedNames.has(SDG_BAND_LIMITS_NAME) ? name(SDG_BAND_LIMITS_NAME) : null,
    },
    principleBand: {
      developing: principleLimit("developing"),
      established: principleLimit("established"),
      advanced: principleLimit("advanced"),
      range: definedNames.has(PRINCIPLE_BAND_LIMITS_NAME) ? name(PRINCIPLE_BAND_LIMITS_NAME) : null,
    },
    weights,
    weightsRange: definedNames.has(PRINCIPLE_WEIGHTS_NAME) ? name(PRINCIPLE_WEIGHTS_NAME) : null,
    words: formulaWords(language),
  };
}
