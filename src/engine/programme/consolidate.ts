// Many partnerships → one programme: each principle's average over the partnerships that have a
// score (docs/method.md §3, the way the OECD pilot's averages were made), with its median,
// quartiles and bands' shares; and the cities' goal and EC objective indices across the programme.
// A partnership without a score for a principle is left out of that principle's figures, never
// counted as 0.

import { phrase, problemAt } from "../language/problemTexts";
import { catalogue } from "../catalogue";
import type { Problem } from "../model/types";
import { principleBand, toHundred, type PrincipleBand } from "../scoring";
import type { PrincipleBandLimits } from "../settings";
import { goalsAcross, objectivesAcross, overallAcross } from "./acrossCities";
import { programmeMismatches } from "./consistency";
import { dacAcrossPartnerships } from "./dacAcrossPartnerships";
import { distributionOf, sharesOf } from "./distribution";
import { PRINCIPLE_BANDS } from "./labels";
import { programmeRules } from "./programmeRules";
import type {
  AlignmentAverage,
  PartnershipSummary,
  PrincipleAverage,
  PrincipleSpread,
  Programme,
} from "./types";

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
      problems: [problemAt("programme", "error", phrase("programme.nothingToConsolidate"))],
    };
  }
  const mismatches = programmeMismatches(summaries, options.force);
  if (mismatches.some((problem) => problem.severity === "error"))
    return { programme: null, problems: mismatches };
  const rules = programmeRules(summaries);
  const dac = dacAcrossPartnerships(summaries);
  const problems = [...mismatches, ...rules.problems, ...dac.problems];
  const settings = { ...rules.settings, dacLens: dac.lens };

  const limits = settings.principleBandLimits;
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
      goals: goalsAcross(summaries, settings),
      objectives: objectivesAcross(summaries, settings),
      overall: overallAcross(summaries, settings),
      dacCriteria: dac.criteria,
      list: first.list,
      worstValueMode: first.worstValueMode,
      catalogueVersion: first.catalogueVersion,
      settings,
    },
    problems,
  };
}

function averageOf(
  scores: readonly number[],
  limits: PrincipleBandLimits,
): PrincipleSpread & {
  average: number | null;
  averageOutOf100: number | null;
  band: PrincipleBand | null;
  partnershipsWithScore: number;
} {
  const distribution = distributionOf(scores);
  const bands = scores.flatMap((score) => {
    const band = principleBand(score, limits);
    return band.ok ? [band.value] : [];
  });
  const bandShares = sharesOf<PrincipleBand>(bands, PRINCIPLE_BANDS);
  const average = distribution.mean;
  if (average === null)
    return {
      average: null,
      averageOutOf100: null,
      band: null,
      partnershipsWithScore: 0,
      distribution,
      bandShares,
    };
  const outOf100 = toHundred(average);
  const band = principleBand(average, limits);
  return {
    average,
    averageOutOf100: outOf100.ok ? outOf100.value : null,
    band: band.ok ? band.value : null,
    partnershipsWithScore: scores.length,
    distribution,
    bandShares,
  };
}
