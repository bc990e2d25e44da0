// The workbook contract (README, "The workbook contract") as data: sheet names, table names and the header of every
// column, shared by the readers (which match headers case- and space-insensitively) and the
// templates (which write them). Users and other tools may prepare workbooks to this contract, and
// the README documents it from here.

import type { DacCriterion } from "../catalogue/types";
import type { ScoringSettings } from "../settings";

export const SHEETS = {
  about: "About",
  settings: "Settings",
  checklist: "Checklist",
  stakeholders: "Stakeholders",
  indicators: "Indicators",
  actions: "Actions",
  scoreboard: "Scoreboard",
  previousScoreboard: "Scoreboard (previous)",
} as const;

export const TABLES = {
  partnership: "C2C_Partnership",
  settings: "C2C_Settings",
  checklist: "C2C_Checklist",
  stakeholders: "C2C_Stakeholders",
  indicators: "C2C_Indicators",
  actions: "C2C_Actions",
} as const;

/** Key/value tables (About, Settings) have these two columns. */
export const KEY_VALUE_HEADERS = { key: "Key", value: "Value" } as const;

/** Rows of the C2C_Partnership table (column Key). */
export const PARTNERSHIP_KEYS = {
  name: "Partnership name",
  cities: "Partner cities",
  countries: "Countries",
  startYear: "Start year",
  reportingYear: "Reporting year",
  list: "List",
  catalogueVersion: "Catalogue version",
} as const;

/** Fixed columns of C2C_Checklist; respondent columns stand between `item` and `itemScore`. */
export const CHECKLIST_HEADERS = {
  principle: "Principle",
  itemId: "Item ID",
  item: "Item",
  itemScore: "Item score",
  spread: "Spread",
  evidence: "Evidence",
} as const;

/**
 * An optional computed Checklist column the templates write after Spread: "contested" when the
 * spread reaches the contested threshold, so the flag is text and not only a colour. Readers ignore it.
 */
export const CHECKLIST_CONTESTED_HEADER = "Contested";

export const STAKEHOLDER_HEADERS = {
  respondent: "Respondent",
  organisation: "Organisation",
  group: "Group",
  city: "City",
  role: "Role in the partnership",
} as const;

export const INDICATOR_HEADERS = {
  code: "Code",
  indicator: "Indicator",
  goal: "Goal",
  city: "City",
  year: "Year",
  value: "Value",
  worst: "Worst",
  end: "End value",
  unit: "Unit",
  source: "Source",
  disaggregated: "Disaggregated",
  score: "Score",
  objective: "Objective",
} as const;

export const ACTION_HEADERS = {
  id: "ID",
  action: "Action",
  target: "Principle/Goal",
  owner: "Owner",
  due: "Due",
  status: "Status",
  stakeholderInput: "Stakeholder input addressed",
  evidence: "Evidence",
} as const;

/** A scalar setting: its row label in C2C_Settings and the defined name formulas pass as an argument. */
export interface ScalarSettingRow {
  readonly field: Exclude<
    keyof ScoringSettings,
    "sdgBandLimits" | "principleBandLimits" | "principleWeights" | "dacLens"
  >;
  readonly key: string;
  readonly definedName: string;
}

export const SCALAR_SETTING_ROWS: readonly ScalarSettingRow[] = [
  { field: "worstValueMode", key: "Worst-value mode", definedName: "C2C_WorstValueMode" },
  { field: "targetYear", key: "Target year", definedName: "C2C_TargetYear" },
  { field: "itemAggregation", key: "Item aggregation", definedName: "C2C_ItemAggregation" },
  {
    field: "contestedThreshold",
    key: "Contested threshold",
    definedName: "C2C_ContestedThreshold",
  },
  { field: "halfAnsweredShare", key: "Half-answered share", definedName: "C2C_HalfAnsweredShare" },
  { field: "coverageThreshold", key: "Coverage threshold", definedName: "C2C_CoverageThreshold" },
  { field: "peerMinimumUnits", key: "Peer minimum units", definedName: "C2C_PeerMinimumUnits" },
  { field: "minimumGroupSize", key: "Minimum group size", definedName: "C2C_MinimumGroupSize" },
];

/**
 * The Settings row naming the workbook's language (en, fr or es; English when absent): the language
 * the templates write the workbook's words in. It changes no number, so it is not a scoring setting.
 */
export const LANGUAGE_SETTING_KEY = "Language";

/** Band limits and principle weights: one row each, e.g. "Band limit: Challenges remain" → C2C_BandChallengesRemain. */
export const SDG_BAND_LIMIT_ROWS = [
  { field: "achieved", key: "SDG band limit: Achieved", definedName: "C2C_BandAchieved" },
  {
    field: "challengesRemain",
    key: "SDG band limit: Challenges remain",
    definedName: "C2C_BandChallengesRemain",
  },
  {
    field: "significantChallenges",
    key: "SDG band limit: Significant challenges",
    definedName: "C2C_BandSignificantChallenges",
  },
] as const;

export const PRINCIPLE_BAND_LIMIT_ROWS = [
  {
    field: "developing",
    key: "Principle band limit: Developing",
    definedName: "C2C_BandDeveloping",
  },
  {
    field: "established",
    key: "Principle band limit: Established",
    definedName: "C2C_BandEstablished",
  },
  { field: "advanced", key: "Principle band limit: Advanced", definedName: "C2C_BandAdvanced" },
] as const;

/** "Principle weight: TA" → C2C_WeightTA, one per principle in the catalogue's order. */
export const principleWeightKey = (principle: string): string => `Principle weight: ${principle}`;
export const principleWeightName = (principle: string): string => `C2C_Weight${principle}`;

/**
 * Range names over consecutive rows of C2C_Settings, passed whole to C2C.BAND (limits) and
 * C2C.ALIGNMENT (weights). Defined only where the rows stand together in this order.
 */
export const SDG_BAND_LIMITS_NAME = "C2C_SdgBandLimits";
export const PRINCIPLE_BAND_LIMITS_NAME = "C2C_PrincipleBandLimits";
export const PRINCIPLE_WEIGHTS_NAME = "C2C_PrincipleWeights";

/**
 * The DAC criteria lens: one row per criterion, e.g. "DAC relevance" → C2C_DacRelevance, whose value
 * lists the criterion's sources ("TA, STK"; impact's "SDG index"). After the principle weights.
 */
export const dacLensKey = (criterion: DacCriterion): string => `DAC ${criterion}`;
export const dacLensName = (criterion: DacCriterion): string =>
  `C2C_Dac${criterion.charAt(0).toUpperCase()}${criterion.slice(1)}`;
