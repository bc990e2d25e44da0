// Many partnerships → one programme: each principle's average over the partnerships that have a
// score (docs/method.md §3, the way the OECD pilot's averages were made). A partnership without a
// score for a principle is left out of that principle's average, never counted as 0.

import { catalogue } from "../catalogue";
import type { Problem } from "../model/types";
import { principleBand, toHundred, type PrincipleBand } from "../scoring";
import type { PrincipleBandLimits } from "../settings";
import { mean } from "../stats";
import { programmeMismatches } from "./consistency";
import type { AlignmentAverage, PartnershipSummary, PrincipleAverage, Programme } from "./types";

export interface ConsolidateOptions {
  /** Consolidate even when list, worst-value mode or catalogue version differ (a warning instead). */
  readonly force: boolean;
}

export interface Consolidation {
  /** null when refused (mismatches without force) or when there is nothing to consolidate. */
  readonly programme: Programme | null;
  readonly problems: readonly Problem[];
}

export function consolidate(
  summaries: readonly PartnershipSummary[],
  options: ConsolidateOptions,
): Consolidation {
  const [first] = summaries;
  if (first === undefined) {
    return {
      programme: null,
      problems: [
        { address: "programme", message: "no partnership to consolidate", severity: "error" },
      ],
    };
  }
  const problems = programmeMismatches(summaries, options.force);
  if (problems.some((problem) => problem.severity === "error"))
    return { programme: null, problems };

  const limits = first.settings.principleBandLimits;
  const principles = catalogue.principles.map((principle): PrincipleAverage => {
    const scores = summaries.flatMap((summary) => {
      const score = summary.principleScores[principle.id];
      return score === null ? [] : [score];
    });
    return { principle: principle.id, name: principle.name, ...averageOf(scores, limits) };
  });
  const alignments = summaries.flatMap((summary) =>
    summary.alignment === null ? [] : [summary.alignment],
  );
  const alignment: AlignmentAverage = averageOf(alignments, limits);

  return {
    programme: {
      partnerships: summaries,
      principles,
      alignment,
      list: first.list,
      worstValueMode: first.worstValueMode,
      catalogueVersion: first.catalogueVersion,
      settings: first.settings,
    },
    problems,
  };
}

function averageOf(
  scores: readonly number[],
  limits: PrincipleBandLimits,
): {
  average: number | null;
  averageOutOf100: number | null;
  band: PrincipleBand | null;
  partnershipsWithScore: number;
} {
  if (scores.length === 0)
    return { average: null, averageOutOf100: null, band: null, partnershipsWithScore: 0 };
  const average = mean(scores);
  const outOf100 = toHundred(average);
  const band = principleBand(average, limits);
  return {
    average,
    averageOutOf100: outOf100.ok ? outOf100.value : null,
    band: band.ok ? band.value : null,
    partnershipsWithScore: scores.length,
  };
}
