// The read-only views: peers side by side (the partner cities of this partnership, or the
// partnerships of a consolidated programme workbook) and the stakeholder view.

import { compareCities, comparePartnerships, programmeUnitsFromTable } from "../../engine/compare";
import type { Comparison } from "../../engine/compare/types";
import { PROGRAMME_TABLE } from "../../engine/programme";
import { findTable } from "../../engine/read";
import type { Result } from "../../engine/result";
import { stakeholderView } from "../../engine/stakeholders";
import type { StakeholderView } from "../../engine/stakeholders/types";
import type { SessionContext } from "./sessionContext";
import { readScoredWorkbook } from "./workbookReading";

export async function compare(context: SessionContext): Promise<Comparison> {
  const programme = findTable(await context.host.readTables([PROGRAMME_TABLE]), PROGRAMME_TABLE);
  if (programme !== null) {
    const { units, notes, problems } = programmeUnitsFromTable(programme);
    const unreadable = problems.find((problem) => problem.severity === "error");
    if (unreadable !== undefined) throw new Error(unreadable.message);
    // A cell the table cannot give is no score; the comparison says which cell and why.
    const cellNotes = problems.map((problem) => `${problem.address}: ${problem.message}.`);
    return valueOf(comparePartnerships(units, { notes: [...notes, ...cellNotes] }));
  }
  const { assessment, scores } = await readScoredWorkbook(context.host);
  return valueOf(compareCities(assessment, scores));
}

export async function stakeholders(context: SessionContext): Promise<StakeholderView> {
  const { assessment, scores } = await readScoredWorkbook(context.host);
  return stakeholderView(assessment, scores);
}

function valueOf(result: Result<Comparison>): Comparison {
  if (result.ok) return result.value;
  throw new Error(result.error.message);
}
