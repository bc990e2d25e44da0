// The programme view (docs/method.md §3, "Programme level"): many partnerships' scores side by side
// and each principle's average over the partnerships that have a score, as the OECD pilot reported
// its 3.70, 3.44 and 3.12; and the indicator component: every city's goal and EC objective indices
// and their spread across the programme. Plain data: the runner builds it, the programme sheet and
// reports print it.

import type { IndexBand } from "../assessment/types";
import type { ListId, ObjectiveId, PrincipleId } from "../catalogue/types";
import type { Language } from "../language";
import type { PrincipleBand, SdgBand, TrendClass } from "../scoring";
import type { ScoringSettings, WorstValueMode } from "../settings";
import type { DacCriterionAcrossProgramme } from "./dacAcrossPartnerships";
import type { Distribution } from "./distribution";

/** What the programme keeps of one partnership's scored assessment. */
export interface PartnershipSummary {
  /** Where it came from, as the user named it (the file path given on the command line). */
  readonly source: string;
  readonly name: string;
  readonly cities: readonly string[];
  readonly list: ListId;
  readonly worstValueMode: WorstValueMode;
  /** null when the workbook was never stamped with a catalogue version. */
  readonly catalogueVersion: string | null;
  readonly settings: ScoringSettings;
  /**
   * The language of the partnership's workbook (its Settings row); absent when unknown (a
   * partnership read back from a programme workbook), which is not a language it agrees on.
   */
  readonly language?: Language;
  /** Every principle of the catalogue; null when the partnership has no score for it. */
  readonly principleScores: Readonly<Record<PrincipleId, number | null>>;
  readonly alignment: number | null;
  readonly respondents: number;
  readonly contestedItems: number;
  /** Share of indicator rows with a value; null without indicator rows. */
  readonly dataCoverage: number | null;
  /** Each city's overall SDG index in its latest year; cities without indicator data are left out. */
  readonly sdgIndices: readonly CityIndex[];
  /** The trend of each city's overall SDG index over its years, in the order of sdgIndices. */
  readonly sdgTrends: readonly CityTrend[];
  /** Per city (partnership order) and goal (goal order): the goal in its latest year with a value. */
  readonly goals: readonly CityGoal[];
  /** Per city and EC objective (catalogue order), in the city's latest year. */
  readonly objectives: readonly CityObjective[];
  /** Per goal with rows: the partnership's indicator rows (every city and year) and those with a value. */
  readonly goalRows: readonly GoalRows[];
}

export interface CityIndex {
  readonly city: string;
  readonly year: number;
  readonly index: number | null;
}

export interface CityTrend {
  readonly city: string;
  readonly trend: TrendClass;
}

/**
 * One goal of one city: its index in the latest year in which the goal has one (the city's latest
 * year, No data, when it never has), with the coverage and band of that year and the trend over
 * all the city's years.
 */
export interface CityGoal {
  readonly city: string;
  readonly goal: number;
  readonly year: number;
  readonly index: number | null;
  /** available / listed, 0–1. */
  readonly coverage: number;
  readonly band: IndexBand;
  readonly trend: TrendClass;
}

export interface CityObjective {
  readonly city: string;
  readonly objective: ObjectiveId;
  readonly year: number;
  readonly index: number | null;
  readonly coverage: number;
  readonly band: IndexBand;
}

/** A city's indicator rows of a goal over every year, and how many have a value. */
export interface GoalRows {
  readonly city: string;
  readonly goal: number;
  readonly rows: number;
  readonly withValue: number;
}

/** A principle across the programme. */
export interface PrincipleAverage extends PrincipleSpread {
  readonly principle: PrincipleId;
  readonly name: string;
  /** Mean of the scores of the partnerships that have one (1–5); null when none has. */
  readonly average: number | null;
  readonly averageOutOf100: number | null;
  readonly band: PrincipleBand | null;
  readonly partnershipsWithScore: number;
}

/** How the partnerships' scores of a principle (or their alignment) spread, and their bands' shares. */
export interface PrincipleSpread {
  readonly distribution: Distribution;
  /** Share of the partnerships with a score in each band (0–1); all 0 without scores. */
  readonly bandShares: Readonly<Record<PrincipleBand, number>>;
}

/** Overall alignment across the programme: the mean of the partnerships' alignment scores. */
export interface AlignmentAverage extends PrincipleSpread {
  readonly average: number | null;
  readonly averageOutOf100: number | null;
  readonly band: PrincipleBand | null;
  readonly partnershipsWithScore: number;
}

/**
 * A goal, an EC objective or the overall SDG index across the programme's cities. Cities whose
 * coverage is below the programme's threshold are counted apart and left out of the distribution
 * (the framework's rule: a low-coverage index is shown, never averaged in).
 */
export interface IndexAcrossCities {
  /** Over the cities with an index whose coverage meets the threshold. */
  readonly distribution: Distribution;
  readonly lowCoverageCities: number;
  /** Cities with rows for it but no value in any year. */
  readonly noDataCities: number;
  /** Share of the counted cities in each SDSN band (0–1). */
  readonly bandShares: Readonly<Record<SdgBand, number>>;
}

export interface GoalAcrossProgramme extends IndexAcrossCities {
  readonly goal: number;
  readonly name: string;
  /** Share of the cities with rows for the goal in each trend class (0–1), low coverage included. */
  readonly trendShares: Readonly<Record<TrendClass, number>>;
  /** Cities with rows for the goal: counted, low coverage and no data. */
  readonly cities: number;
  /** Listed indicator rows of the goal with a value, across partnerships, cities and years; null without rows. */
  readonly dataCoverage: number | null;
}

export interface ObjectiveAcrossProgramme extends IndexAcrossCities {
  readonly objective: ObjectiveId;
  readonly name: string;
}

export interface OverallAcrossProgramme {
  /** Over the cities with an overall SDG index (the mean of their goal indices). */
  readonly distribution: Distribution;
  readonly noDataCities: number;
  readonly bandShares: Readonly<Record<SdgBand, number>>;
  readonly trendShares: Readonly<Record<TrendClass, number>>;
}

export interface Programme {
  /** In the order given. */
  readonly partnerships: readonly PartnershipSummary[];
  /** The ten principles in the catalogue's order. */
  readonly principles: readonly PrincipleAverage[];
  readonly alignment: AlignmentAverage;
  /** Every goal some city has rows for, in goal order. */
  readonly goals: readonly GoalAcrossProgramme[];
  /** The four EC objectives in the catalogue's order. */
  readonly objectives: readonly ObjectiveAcrossProgramme[];
  readonly overall: OverallAcrossProgramme;
  /** The six DAC criteria (framework.md §5) across the partnerships, by the programme's lens (settings.dacLens). */
  readonly dacCriteria: readonly DacCriterionAcrossProgramme[];
  /** The list, worst-value mode and catalogue version the partnerships share (the first one's when forced). */
  readonly list: ListId;
  readonly worstValueMode: WorstValueMode;
  readonly catalogueVersion: string | null;
  /**
   * The settings the programme's figures use: the coverage threshold and band limits every
   * partnership agrees on, else the framework's defaults (see programmeRules); the DAC lens the
   * same way, criterion by criterion (dacAcrossPartnerships); the rest the first partnership's.
   */
  readonly settings: ScoringSettings;
}
