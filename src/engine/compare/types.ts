// Peer learning (docs/method.md, "Programme level"; the OECD report's call to learn from peers): two
// to ten units side by side — the partner cities of one partnership, or the partnerships of a
// consolidated programme — with each one's gap to the best peer and, for every weak principle or
// goal, the peer that does best on it. Plain, JSON-serialisable data: the runner prints it, the
// HTML report and the pane show it.

import type { PrincipleBand, SdgBand } from "../scoring";
import type { CityDetail, ComparisonNote } from "./notes";

/** Cities of one partnership, or partnerships of a programme. */
export type ComparisonKind = "cities" | "partnerships";

export interface ComparedUnit {
  /** The city or the partnership's name. */
  readonly name: string;
  /** What the figures refer to: "latest year 2024, 3 respondents" for a city, the source file for a partnership. */
  readonly detail: string;
  /** A city's detail as facts, for the page's language. */
  readonly cityDetail?: CityDetail;
}

/** One line of the side-by-side table: a principle, a goal, or an overall figure. */
export interface ComparisonRow {
  readonly kind: "principle" | "goal" | "alignment" | "sdg-index";
  /** "TA" … "DIG", "SDG 6", "Alignment", "SDG index". */
  readonly id: string;
  readonly name: string;
  /** 1–5 for principles and alignment; 0–100 for goals and the SDG index. */
  readonly scale: "principle" | "sdg";
  /** One per unit, in the order of Comparison.units; null where the unit has no score. */
  readonly scores: readonly (number | null)[];
  /** The highest score; null when no unit has one. */
  readonly best: number | null;
  /** Units that reach `best` (ties all listed). */
  readonly bestUnits: readonly string[];
  /** best − score for each unit (0 for the best); null where the unit has no score. */
  readonly gaps: readonly (number | null)[];
  /** Each unit's band on this row's scale; null without a score. */
  readonly bands: readonly (PrincipleBand | SdgBand | null)[];
  /**
   * Percentile rank of each unit among the units with a score (0–100, ties share the mean rank);
   * null for the whole row when fewer than three units have a score — no peer-based statistics then.
   */
  readonly percentiles: readonly (number | null)[] | null;
}

/** "Who can learn from whom": a unit weak on a principle or goal, and the peer that scores best on it. */
export interface LearningPair {
  readonly learner: string;
  readonly rowKind: "principle" | "goal";
  /** The row's id ("FIN", "SDG 6") and name. */
  readonly id: string;
  readonly name: string;
  readonly learnerScore: number;
  readonly learnerBand: PrincipleBand | SdgBand;
  readonly peer: string;
  readonly peerScore: number;
  readonly peerBand: PrincipleBand | SdgBand;
  /** peerScore − learnerScore, > 0. */
  readonly gap: number;
}

export interface Comparison {
  readonly kind: ComparisonKind;
  readonly units: readonly ComparedUnit[];
  /** Principles (catalogue order), then alignment, then goals (goal order), then the SDG index. */
  readonly rows: readonly ComparisonRow[];
  /** Learners in unit order, then rows in table order. */
  readonly learning: readonly LearningPair[];
  /** True when at least three units are compared: percentiles and peer-based anchors are shown. */
  readonly peerStatistics: boolean;
  /** What every output repeats as facts: too few units for percentiles, why a city's principle scores are not shown… */
  readonly notices: readonly ComparisonNote[];
  /**
   * The notices in English, e.g. "Only 2 units are compared: no percentiles or peer-based
   * anchors, which need at least 3.": the sentences of the text, CSV and pane.
   */
  readonly notes: readonly string[];
}
