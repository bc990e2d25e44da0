// What scoreAssessment computes from an Assessment (docs/method.md §3–4): every number the Scoreboard
// and the computed columns of the input tables show, with the reason where a number is missing.
// Plain, JSON-serialisable data: templates print it, the runner reports it, the pane lists it.
// A missing number is null (never 0, never NaN), and `note` says why, as a phrase.

import type { ObjectiveId, PrincipleId } from "../catalogue/types";
import type { DacCriterionResult } from "../dac";
import type { Phrase } from "../language/problemTexts";
import type { ActionStatus, Problem } from "../model/types";
import type { IndexBand as BandOfIndex } from "../scoring";
import type { PrincipleBand, SdgBand, TrendClass } from "../scoring";
import type { ScoringSettings } from "../settings";

/** A goal or objective index's band: an SDSN band, or grey "Low coverage" / "No data". */
export type IndexBand = BandOfIndex;

/** One checklist item (a row of C2C_Checklist). */
export interface ItemResult {
  readonly principle: PrincipleId;
  readonly itemId: string;
  /** The item's sheet row, where Item score and Spread are written. */
  readonly row: number;
  /** 1–5 (mean or median of the numeric answers, per settings); "n/a" when every answer given is n/a; null when unanswered. */
  readonly score: number | "n/a" | null;
  /** Numeric answers 1–5 (answers off the scale or in text are not counted: the reader reported them). */
  readonly numericAnswers: number;
  readonly notApplicable: number;
  readonly dontKnow: number;
  /** max − min of the numeric answers; null with fewer than two. */
  readonly spread: number | null;
  /** Population sd of the numeric answers; null with fewer than two. */
  readonly standardDeviation: number | null;
  /** 1 − sd/2; null with fewer than two numeric answers. */
  readonly consensus: number | null;
  /** spread ≥ the contested threshold (false when there is no spread). */
  readonly contested: boolean;
}

/** One of the ten principles, in the catalogue's order. */
export interface PrincipleResult {
  readonly principle: PrincipleId;
  readonly name: string;
  /** 1–5; null when it has no items, every item is n/a, or too few items are answered. */
  readonly score: number | null;
  /** (score − 1) / 4 · 100. */
  readonly scoreOutOf100: number | null;
  /** Banded on the 1–5 scale only. */
  readonly band: PrincipleBand | null;
  /** Rows of the checklist for this principle. */
  readonly items: number;
  readonly itemsAnswered: number;
  /** Items that are not n/a. */
  readonly itemsApplicable: number;
  readonly contestedItems: number;
  /** Mean consensus of the items that have one; null when none has two numeric answers. */
  readonly meanConsensus: number | null;
  /**
   * Why there is no score ("insufficient answers: 2 of 5 applicable items answered; …"), as a phrase
   * the place that shows it renders in its own language; null when scored.
   */
  readonly note: Phrase | null;
}

/** Overall alignment with the G20 principles: the weighted mean of the principle scores that exist. */
export interface AlignmentResult {
  readonly score: number | null;
  readonly scoreOutOf100: number | null;
  readonly band: PrincipleBand | null;
  readonly principlesScored: number;
  /** Why there is no score, as a phrase; null when scored. */
  readonly note: Phrase | null;
}

export interface ChecklistSummary {
  /** Respondent columns of the checklist. */
  readonly respondents: number;
  readonly items: number;
  readonly itemsAnswered: number;
  readonly itemsApplicable: number;
  readonly contestedItems: number;
  /** Answer cells: items × respondents. */
  readonly answerCells: number;
  readonly numericAnswers: number;
  readonly notApplicableAnswers: number;
  readonly dontKnowAnswers: number;
  /** Blank cells, and cells whose content is not an answer (reported by the reader). */
  readonly blankAnswers: number;
}

/**
 * Where the worst value a score used comes from. `workbook`: the row's Worst cell (or the catalogue
 * when that was blank); `peer`: the worst observed across the workbook's units and years, to be
 * written into the Worst cell; `baseline`: the unit's own first observation.
 */
export type WorstSource = "workbook" | "peer" | "baseline";

/** One row of C2C_Indicators, in the order of Assessment.indicators. */
export interface IndicatorResult {
  readonly row: number;
  readonly code: string;
  readonly goal: number;
  readonly objective: ObjectiveId | null;
  readonly city: string;
  readonly year: number;
  readonly value: number | null;
  /** As the Disaggregated cell says: y → true, n → false, blank → null. */
  readonly disaggregated: boolean | null;
  /** The worst value the score used (what the Worst cell should hold when worstSource is "peer"). */
  readonly worst: number | null;
  readonly worstSource: WorstSource;
  readonly end: number | null;
  /** 0–100; null when there is no value or the score cannot be computed (see note). */
  readonly score: number | null;
  /** 100 − score. */
  readonly distance: number | null;
  /** Why a row with a value has no score, as a phrase; null when scored or without a value. */
  readonly note: Phrase | null;
}

/** The worst value of one indicator in `peer` mode. */
export interface PeerWorstResult {
  readonly code: string;
  readonly worst: number;
  /**
   * `peer`: computed now from the workbook's values; `kept`: a Worst value already set in the
   * workbook (computed by an earlier run or typed by the user) is kept, so earlier scores do not
   * move; `fixed`: too few units have data, the catalogue or workbook worst value is used.
   */
  readonly mode: "peer" | "kept" | "fixed";
  /** Distinct units (cities) with a value for the indicator. */
  readonly units: number;
}

/** A goal or EC objective index for one city and year. */
export interface IndexResult {
  readonly city: string;
  readonly year: number;
  /** Mean of the available indicator scores, 0–100; null when none is available. */
  readonly index: number | null;
  /** 100 − index. */
  readonly distance: number | null;
  /** available / listed, 0–1. */
  readonly coverage: number;
  /** Rows with a score. */
  readonly available: number;
  /** Rows of the table for this city, year and goal (or objective); each listed indicator has one. */
  readonly listed: number;
  readonly band: IndexBand;
}

export interface GoalIndexResult extends IndexResult {
  readonly goal: number;
}

export interface ObjectiveIndexResult extends IndexResult {
  readonly objective: ObjectiveId;
}

/** The overall SDG index of a city and year: the mean of the goal indices that exist. */
export interface OverallIndexResult {
  readonly city: string;
  readonly year: number;
  readonly index: number | null;
  readonly distance: number | null;
  readonly band: SdgBand | "No data";
  readonly goalsWithIndex: number;
  readonly goals: number;
}

/** Progress of one series (a goal index or the overall index) over a city's years. */
export interface TrendResult {
  readonly trendClass: TrendClass;
  /** Earliest year with a score. */
  readonly baseYear: number | null;
  /** Latest year with a score. */
  readonly latestYear: number | null;
  readonly observedPerYear: number | null;
  readonly requiredPerYear: number | null;
  readonly ratio: number | null;
  /** (s_latest − s_base) / (100 − s_base), a fraction. */
  readonly distanceClosed: number | null;
}

/** A row of a city's SDG table on the Scoreboard: the goal in the city's latest year, and its trend. */
export interface GoalTableRow {
  readonly goal: number;
  readonly name: string;
  readonly latest: GoalIndexResult;
  readonly trend: TrendResult;
}

/** Value and disaggregation coverage of a set of indicator rows. */
export interface DataCoverage {
  readonly rows: number;
  readonly withValue: number;
  /** withValue / rows; null without rows. */
  readonly share: number | null;
  /** Rows with a value marked Disaggregated = y. */
  readonly disaggregated: number;
  /** disaggregated / withValue; null without values. */
  readonly disaggregationShare: number | null;
}

/** Everything the Scoreboard shows for one partner city, in its latest year. */
export interface CitySdgResult {
  readonly city: string;
  /** The latest year with an indicator row for the city. */
  readonly latestYear: number;
  /** One row per goal with rows for the city (any year), in goal order. */
  readonly goals: readonly GoalTableRow[];
  /** The four EC objectives in the catalogue's order, in the latest year. */
  readonly objectives: readonly ObjectiveIndexResult[];
  readonly overall: OverallIndexResult;
  readonly overallTrend: TrendResult;
  readonly coverage: DataCoverage;
}

export interface PrincipleHighlight {
  readonly principle: PrincipleId;
  readonly name: string;
  readonly score: number;
  readonly band: PrincipleBand;
}

export interface GoalHighlight {
  readonly city: string;
  readonly goal: number;
  readonly name: string;
  readonly year: number;
  readonly index: number;
  readonly band: SdgBand;
}

/** Strengths or priorities: principles by score, goals by their latest index (low-coverage goals left out). */
export interface Highlights {
  readonly principles: readonly PrincipleHighlight[];
  readonly goals: readonly GoalHighlight[];
}

export interface ActionSummary {
  readonly total: number;
  readonly byStatus: Readonly<Record<ActionStatus, number>>;
  /** Actions whose status is blank or not one of the four. */
  readonly noStatus: number;
  /** Actions marked y in "Stakeholder input addressed". */
  readonly stakeholderInputAddressed: number;
  /** Actions marked y or n. */
  readonly stakeholderInputAnswered: number;
  /** addressed / answered; null when no action says y or n. */
  readonly stakeholderInputShare: number | null;
}

export interface AssessmentScores {
  /** The settings the numbers were computed with (the defaults when the assessment's were invalid). */
  readonly settings: ScoringSettings;
  /** In the order of Assessment.checklist. */
  readonly items: readonly ItemResult[];
  /** The ten principles in the catalogue's order. */
  readonly principles: readonly PrincipleResult[];
  readonly alignment: AlignmentResult;
  readonly checklist: ChecklistSummary;
  /** In the order of Assessment.indicators. */
  readonly indicators: readonly IndicatorResult[];
  /** One per indicator code in `peer` mode; empty in the other modes. */
  readonly peerWorst: readonly PeerWorstResult[];
  /** Every city × year × goal with rows, by city (partnership order), year, goal. */
  readonly goalIndices: readonly GoalIndexResult[];
  /** Every city × year × objective with rows, by city, year, objective (catalogue order). */
  readonly objectiveIndices: readonly ObjectiveIndexResult[];
  /** Every city × year with rows, by city and year. */
  readonly overallIndices: readonly OverallIndexResult[];
  /** Latest-year tables, one per city with indicator rows, in the partnership's city order. */
  readonly cities: readonly CitySdgResult[];
  /** The six DAC criteria on 0–100 in the catalogue's order, by the settings' lens (framework.md §5). */
  readonly dacCriteria: readonly DacCriterionResult[];
  /** Value and disaggregation coverage over every indicator row. */
  readonly dataCoverage: DataCoverage;
  /** Highest principles and goals (at most TOP_HIGHLIGHTS each; never also a priority). */
  readonly strengths: Highlights;
  /** Weakest principles and goals (at most TOP_HIGHLIGHTS each). */
  readonly priorities: Highlights;
  readonly actions: ActionSummary;
  /** Found while scoring (peer fallback, end = worst, invalid settings); the reader's problems are not repeated. */
  readonly problems: readonly Problem[];
}

/** How many strengths and priorities of each kind the Scoreboard lists. */
export const TOP_HIGHLIGHTS = 3;
