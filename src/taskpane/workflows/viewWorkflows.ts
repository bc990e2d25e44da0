// The read-only views: peers side by side (the partner cities of this partnership, or the
// partnerships of a consolidated programme workbook) and the stakeholder view.

import { compareCities, comparePartnerships, programmeUnitsFromTable } from "../../engine/compare";
import type { Comparison } from "../../engine/compare/types";
import { PROGRAMME_TABLE } from "../../engine/programme";
import { findTable } from "../../engine/read";
import type { TableData } from "../../engine/plan/tableData";
import type { Result } from "../../engine/result";
import { stakeholderView } from "../../engine/stakeholders";
import type { StakeholderView } from "../../engine/stakeholders/types";
import type { SessionContext } from "./sessionContext";
import { readScoredWorkbook } from "./workbookReading";
import { nameKey } from "../../engine/sheetValues";

export async function compareCandidates(context: SessionContext): Promise<readonly string[]> {
  const programme = await programmeTable(context);
  if (programme !== null) return programmeUnitsFromTable(programme).units.map((unit) => unit.name);
  const { assessment } = await readScoredWorkbook(context.host);
  return assessment.partnership.cities;
}

/** `units` by name (compared without case), in the order given; every candidate when absent. */
export async function compare(
  context: SessionContext,
  units?: readonly string[],
): Promise<Comparison> {
  const programme = await programmeTable(context);
  if (programme !== null) {
    const read = programmeUnitsFromTable(programme);
    const unreadable = read.problems.find((problem) => problem.severity === "error");
    if (unreadable !== undefined) throw new Error(unreadable.message);
    const chosen =
      units === undefined
        ? read.units
        : units.map((name) => pick(read.units, name, (unit) => unit.name));
    // A cell the table cannot give is no score; the comparison says which cell and why.
    const cellNotes = read.problems.map((problem) => `${problem.address}: ${problem.message}.`);
    return valueOf(comparePartnerships(chosen, { notes: [...read.notes, ...cellNotes] }));
  }
  const { assessment, scores } = await readScoredWorkbook(context.host);
  const cities =
    units === undefined
      ? assessment.partnership.cities
      : units.map((name) => pick(assessment.partnership.cities, name, (city) => city));
  return valueOf(compareCities(assessment, scores, cities));
}

async function programmeTable(context: SessionContext): Promise<TableData | null> {
  return findTable(await context.host.readTables([PROGRAMME_TABLE]), PROGRAMME_TABLE);
}

function pick<T>(candidates: readonly T[], name: string, nameOf: (candidate: T) => string): T {
  const found = candidates.find((candidate) => nameKey(nameOf(candidate)) === nameKey(name));
  if (found === undefined)
    throw new Error(
      `"${name}" is not one of the units this workbook can compare (${candidates.map(nameOf).join(", ")})`,
    );
  return found;
}

export async function stakeholders(context: SessionContext): Promise<StakeholderView> {
  const { assessment, scores } = await readScoredWorkbook(context.host);
  return stakeholderView(assessment, scores);
}

function valueOf(result: Result<Comparison>): Comparison {
  if (result.ok) return result.value;
  throw new Error(result.error.message);
}
