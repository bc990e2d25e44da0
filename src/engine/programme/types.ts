// The programme view (docs/method.md §3, "Programme level"): many partnerships' scores side by side
// and each principle's average over the partnerships that have a score, as the OECD pilot reported
// its 3.70, 3.44 and 3.12. Plain data: the runner builds it, the programme sheet and reports print it.

import type { ListId, PrincipleId } from "../catalogue/types";
import type { PrincipleBand } from "../scoring";
import type { ScoringSettings, WorstValueMode } from "../settings";

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
  /** Every principle of the catalogue; null when the partnership has no score for it. */
  readonly principleScores: Readonly<Record<PrincipleId, number | null>>;
  readonly alignment: number | null;
  readonly respondents: number;
  readonly contestedItems: number;
  /** Share of indicator rows with a value; null without indicator rows. */
  readonly dataCoverage: number | null;
  /** Each city's overall SDG index in its latest year; cities without indicator data are left out. */
  readonly sdgIndices: readonly CityIndex[];
}

export interface CityIndex {
  readonly city: string;
  readonly year: number;
  readonly index: number | null;
}

/** A principle across the programme. */
export interface PrincipleAverage {
  readonly principle: PrincipleId;
  readonly name: string;
  /** Mean of the scores of the partnerships that have one (1–5); null when none has. */
  readonly average: number | null;
  readonly averageOutOf100: number | null;
  readonly band: PrincipleBand | null;
  readonly partnershipsWithScore: number;
}

/** Overall alignment across the programme: the mean of the partnerships' alignment scores. */
export interface AlignmentAverage {
  readonly average: number | null;
  readonly averageOutOf100: number | null;
  readonly band: PrincipleBand | null;
  readonly partnershipsWithScore: number;
}

export interface Programme {
  /** In the order given. */
  readonly partnerships: readonly PartnershipSummary[];
  /** The ten principles in the catalogue's order. */
  readonly principles: readonly PrincipleAverage[];
  readonly alignment: AlignmentAverage;
  /** The list, worst-value mode and catalogue version the partnerships share (the first one's when forced). */
  readonly list: ListId;
  readonly worstValueMode: WorstValueMode;
  readonly catalogueVersion: string | null;
  /** The settings the averages are banded with: the first partnership's. */
  readonly settings: ScoringSettings;
}
