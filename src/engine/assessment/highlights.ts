// Top strengths and top priorities (docs/method.md §5: "strengths, weaknesses and priorities"): the
// highest and the lowest principles by score, and the highest and lowest goals by their index in
// each city's latest year. Goals with low coverage or no data are left out: an index resting on
// one indicator of four is no evidence of a strength or a weakness.
//
// A principle or goal is never both. With fewer than twice TOP_HIGHLIGHTS candidates the list is
// split in two, the middle one going to the priorities: a short list is read as "what to work on".

import { catalogue } from "../catalogue";
import type { SdgBand } from "../scoring";
import type {
  CitySdgResult,
  GoalHighlight,
  Highlights,
  PrincipleHighlight,
  PrincipleResult,
} from "./types";
import { TOP_HIGHLIGHTS } from "./types";

const SDG_BANDS: readonly string[] = [
  "Achieved",
  "Challenges remain",
  "Significant challenges",
  "Major challenges",
];
const isSdgBand = (band: string): band is SdgBand => SDG_BANDS.includes(band);

export function highlights(
  principles: readonly PrincipleResult[],
  cities: readonly CitySdgResult[],
): { strengths: Highlights; priorities: Highlights } {
  const principleOrder = new Map(
    catalogue.principles.map((principle, index) => [principle.id, index]),
  );
  const scoredPrinciples = principles.flatMap((principle): PrincipleHighlight[] =>
    principle.score === null || principle.band === null
      ? []
      : [
          {
            principle: principle.principle,
            name: principle.name,
            score: principle.score,
            band: principle.band,
          },
        ],
  );
  const principleSplit = split(
    scoredPrinciples,
    (a, b) =>
      b.score - a.score ||
      (principleOrder.get(a.principle) ?? 0) - (principleOrder.get(b.principle) ?? 0),
  );

  const cityOrder = new Map(cities.map((city, index) => [city.city, index]));
  const bandedGoals = cities.flatMap((city) =>
    city.goals.flatMap(({ latest, name }): GoalHighlight[] =>
      latest.index === null || !isSdgBand(latest.band)
        ? []
        : [
            {
              city: city.city,
              goal: latest.goal,
              name,
              year: latest.year,
              index: latest.index,
              band: latest.band,
            },
          ],
    ),
  );
  const goalSplit = split(
    bandedGoals,
    (a, b) =>
      b.index - a.index ||
      (cityOrder.get(a.city) ?? 0) - (cityOrder.get(b.city) ?? 0) ||
      a.goal - b.goal,
  );

  return {
    strengths: { principles: principleSplit.top, goals: goalSplit.top },
    priorities: { principles: principleSplit.bottom, goals: goalSplit.bottom },
  };
}

/** `bestFirst` sorts the best first; the bottom list comes back weakest first. */
function split<T>(
  candidates: readonly T[],
  bestFirst: (a: T, b: T) => number,
): { top: T[]; bottom: T[] } {
  const ranked = [...candidates].sort(bestFirst);
  const bottomCount = Math.min(TOP_HIGHLIGHTS, Math.ceil(ranked.length / 2));
  const topCount = Math.min(TOP_HIGHLIGHTS, ranked.length - bottomCount);
  return {
    top: ranked.slice(0, topCount),
    bottom: ranked.slice(ranked.length - bottomCount).reverse(),
  };
}
