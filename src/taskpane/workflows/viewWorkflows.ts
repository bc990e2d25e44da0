// The read-only views: peers side by side (the partner cities of this partnership, or the
// partnerships of a consolidated programme workbook, as the app reads them for `c2c compare`) and
// the stakeholder view.

import { problemMessage } from "../../engine/language/problemTexts";
import { nameKey } from "../../engine/sheetValues";
import { readComparable } from "../../app/compareSources";
import { compareCities, comparePartnerships } from "../../engine/compare";
import type { Comparison } from "../../engine/compare/types";
import type { Result } from "../../engine/result";
import { stakeholderView } from "../../engine/stakeholders";
import type { StakeholderView } from "../../engine/stakeholders/types";
import type { SessionContext } from "./sessionContext";
import { readScoredWorkbook, scoredOrThrow } from "./workbookReading";

export async function compareCandidates(context: SessionContext): Promise<readonly string[]> {
  const comparable = await readComparable(context.host);
  if (comparable.kind === "programme") return comparable.units.units.map((unit) => unit.name);
  return scoredOrThrow(context, comparable.scored).assessment.partnership.cities;
}

/** `units` by name (compared without case), in the order given; every candidate when absent. */
export async function compare(
  context: SessionContext,
  units?: readonly string[],
): Promise<Comparison> {
  const comparable = await readComparable(context.host);
  if (comparable.kind === "programme") {
    const read = comparable.units;
    const unreadable = read.problems.find((problem) => problem.severity === "error");
    if (unreadable !== undefined)
      throw new Error(problemMessage(context.texts().language, unreadable));
    const chosen =
      units === undefined
        ? read.units
        : units.map((name) => pick(context, read.units, name, (unit) => unit.name));
    // A cell the table cannot give is no score; the comparison says which cell and why.
    const cellNotes = read.problems.map((problem) => `${context.texts().problem(problem)}.`);
    return valueOf(comparePartnerships(chosen, { notes: [...read.notes, ...cellNotes] }));
  }
  const { assessment, scores } = scoredOrThrow(context, comparable.scored);
  const cities =
    units === undefined
      ? assessment.partnership.cities
      : units.map((name) => pick(context, assessment.partnership.cities, name, (city) => city));
  return valueOf(compareCities(assessment, scores, cities));
}

function pick<T>(
  context: SessionContext,
  candidates: readonly T[],
  name: string,
  nameOf: (candidate: T) => string,
): T {
  const found = candidates.find((candidate) => nameKey(nameOf(candidate)) === nameKey(name));
  if (found === undefined)
    throw new Error(
      context.texts().t("compare.notAUnit", { name, units: candidates.map(nameOf).join(", ") }),
    );
  return found;
}

export async function stakeholders(context: SessionContext): Promise<StakeholderView> {
  const { assessment, scores } = await readScoredWorkbook(context);
  return stakeholderView(assessment, scores);
}

function valueOf(result: Result<Comparison>): Comparison {
  if (result.ok) return result.value;
  throw new Error(result.error.message);
}
