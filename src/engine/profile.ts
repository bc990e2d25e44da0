// The SDG profile of one unit (docs/method.md §4, Aggregation): for each goal present, its index,
// coverage and band. A goal whose indicators have no score at all is "No data"; a goal whose
// coverage is below the threshold keeps its index (it is shown grey, not hidden) and is banded
// "Low coverage", so no reader takes a one-indicator index for the whole goal.

import { missingData, ok, type Result } from "./result";
import { bandedIndex, type IndexBand } from "./scoring";
import type { ScoringSettings } from "./settings";

/** The SDG bands plus "Low coverage" and "No data" (the scoreboard's IndexBand). */
export type ProfileBand = IndexBand;

export interface GoalScore {
  readonly goal: number;
  /** null: a listed indicator of the goal without a score. */
  readonly score: number | null;
}

export interface GoalProfileRow {
  readonly goal: number;
  /** null when no listed indicator of the goal has a score. */
  readonly index: number | null;
  /** Share of the goal's listed indicators with a score, 0–1. */
  readonly coverage: number;
  readonly band: ProfileBand;
}

/** One row per goal present, in goal order. Fails on bad input (a score outside 0–100) and when no goal is present. */
export function goalProfile(
  scores: readonly GoalScore[],
  settings: Pick<ScoringSettings, "coverageThreshold" | "sdgBandLimits">,
): Result<GoalProfileRow[]> {
  // An empty spill shows as #CALC! in Excel; saying why is more use to the reader.
  if (scores.length === 0)
    return missingData("no row with a goal matches, so there is no profile to show");
  const byGoal = new Map<number, (number | null)[]>();
  for (const { goal, score } of scores) {
    const listed = byGoal.get(goal) ?? [];
    listed.push(score);
    byGoal.set(goal, listed);
  }
  const rows: GoalProfileRow[] = [];
  for (const goal of [...byGoal.keys()].sort((a, b) => a - b)) {
    const listed = byGoal.get(goal) ?? [];
    const row = profileRow(goal, listed, settings);
    if (!row.ok)
      return {
        ok: false,
        error: { kind: row.error.kind, message: `goal ${goal}: ${row.error.message}` },
      };
    rows.push(row.value);
  }
  return ok(rows);
}

function profileRow(
  goal: number,
  listed: readonly (number | null)[],
  settings: Pick<ScoringSettings, "coverageThreshold" | "sdgBandLimits">,
): Result<GoalProfileRow> {
  const figures = bandedIndex(listed, settings);
  if (!figures.ok) return figures;
  const { index, coverage, band } = figures.value;
  return ok({ goal, index, coverage, band });
}
