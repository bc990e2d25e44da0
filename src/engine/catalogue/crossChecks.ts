// Checks across parts of the catalogue that JSON Schema cannot express: ids unique, every reference
// points at something that exists, and each end value lies on the better side of its worst value
// (else the score formula of docs/method.md §4 would run backwards). Runs on schema-valid data.
import type { Catalogue, IndicatorDefinition } from "./types";

const FIRST_GOAL = 1;
const LAST_GOAL = 17;

function duplicates(keys: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) repeated.add(key);
    seen.add(key);
  }
  return [...repeated];
}

function uniquenessProblems(catalogue: Catalogue): string[] {
  const lists: readonly (readonly [string, readonly string[]])[] = [
    ["principles", catalogue.principles.map((p) => p.id)],
    ["items", catalogue.items.map((i) => i.id)],
    ["goals", catalogue.goals.map((g) => String(g.goal))],
    ["objectives", catalogue.objectives.map((o) => o.id)],
    ["dacLens", catalogue.dacLens.map((d) => d.criterion)],
    // findIndicator ignores case, so ids must differ in more than case.
    ["indicators", catalogue.indicators.map((i) => i.id.toLowerCase())],
  ];
  return lists.flatMap(([part, keys]) =>
    duplicates(keys).map((key) => `${part}: id ${key} appears more than once`),
  );
}

function goalProblems(catalogue: Catalogue): string[] {
  const present = new Set(catalogue.goals.map((g) => g.goal));
  const problems: string[] = [];
  for (let goal = FIRST_GOAL; goal <= LAST_GOAL; goal += 1) {
    if (!present.has(goal)) problems.push(`goals: goal ${goal} is missing`);
  }
  return problems;
}

function itemProblems(catalogue: Catalogue): string[] {
  const principles = new Set<string>(catalogue.principles.map((p) => p.id));
  return catalogue.items.flatMap((item) => {
    const problems: string[] = [];
    if (!principles.has(item.principle))
      problems.push(`items (${item.id}).principle: ${item.principle} is not a listed principle`);
    // The id carries its principle (TA3 belongs to TA), so the two must agree.
    if (!new RegExp(`^${item.principle}[1-9][0-9]*$`).test(item.id)) {
      problems.push(`items (${item.id}).id: does not start with its principle ${item.principle}`);
    }
    return problems;
  });
}

function dacLensProblems(catalogue: Catalogue): string[] {
  const principles = new Set<string>(catalogue.principles.map((p) => p.id));
  return catalogue.dacLens.flatMap((entry) =>
    entry.principles
      .filter((id) => !principles.has(id))
      .map((id) => `dacLens (${entry.criterion}).principles: ${id} is not a listed principle`),
  );
}

function directionProblem(indicator: IndicatorDefinition): string | undefined {
  const { end, worst, polarity, id } = indicator;
  if (end.kind === "relative-to-baseline") {
    // A factor below 1 of the baseline is a reduction: it only makes sense when lower is better.
    return polarity === "lower"
      ? undefined
      : `indicators (${id}).end: a relative end value needs polarity "lower"`;
  }
  const better = polarity === "higher" ? end.value > worst : end.value < worst;
  return better
    ? undefined
    : `indicators (${id}).end: ${end.value} is not better than worst ${worst} for polarity "${polarity}"`;
}

function indicatorProblems(catalogue: Catalogue): string[] {
  const objectives = new Set<string>(catalogue.objectives.map((o) => o.id));
  const goals = new Set(catalogue.goals.map((g) => g.goal));
  return catalogue.indicators.flatMap((indicator) => {
    const where = `indicators (${indicator.id})`;
    const problems: string[] = [];
    if (!objectives.has(indicator.objective))
      problems.push(`${where}.objective: ${indicator.objective} is not a listed objective`);
    if (!goals.has(indicator.goal))
      problems.push(`${where}.goal: ${indicator.goal} is not a listed goal`);
    if (!indicator.target.startsWith(`${indicator.goal}.`)) {
      problems.push(
        `${where}.target: ${indicator.target} is not a target of goal ${indicator.goal}`,
      );
    }
    // A UN or localised code starts with its target (11.6.2 → 11.6); C2C- codes name the partnership.
    if (!indicator.id.startsWith("C2C-") && !indicator.id.startsWith(`${indicator.target}.`)) {
      problems.push(`${where}.id: does not start with its target ${indicator.target}`);
    }
    const direction = directionProblem(indicator);
    if (direction !== undefined) problems.push(direction);
    return problems;
  });
}

/** Every cross-reference problem of a schema-valid catalogue; empty when it is consistent. */
export function crossCheckCatalogue(catalogue: Catalogue): string[] {
  return [
    ...uniquenessProblems(catalogue),
    ...goalProblems(catalogue),
    ...itemProblems(catalogue),
    ...dacLensProblems(catalogue),
    ...indicatorProblems(catalogue),
  ];
}
