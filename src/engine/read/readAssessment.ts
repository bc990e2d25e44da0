// A workbook's tables → the Assessment, with every problem found named by its cell. Only a workbook
// with neither a readable C2C_Checklist nor a readable C2C_Indicators table has nothing to score
// (an error, and no assessment); every other table is optional and its defaults apply.

import { TABLES } from "../model/contract";
import type { Assessment, Partnership, Problem } from "../model/types";
import { nameKey } from "../sheetValues";
import { ProblemList } from "./problemList";
import { readActions } from "./readActions";
import { readChecklist } from "./readChecklist";
import { readIndicators } from "./readIndicators";
import { readPartnership } from "./readPartnership";
import { readLanguage } from "./readLanguage";
import { readSettings } from "./readSettings";
import { readStakeholders } from "./readStakeholders";
import { findTable, type TableMap } from "./tables";

export interface AssessmentReading {
  readonly assessment: Assessment | null;
  readonly problems: Problem[];
}

/** `tables`: what WorkbookHost.readTables returned for the contract's table names (absent tables null). */
export function readAssessment(tables: TableMap): AssessmentReading {
  const problems = new ProblemList();
  const found = {
    partnership: findTable(tables, TABLES.partnership),
    settings: findTable(tables, TABLES.settings),
    checklist: findTable(tables, TABLES.checklist),
    stakeholders: findTable(tables, TABLES.stakeholders),
    indicators: findTable(tables, TABLES.indicators),
    actions: findTable(tables, TABLES.actions),
  };

  const declared = readPartnership(found.partnership, problems);
  const settings = readSettings(found.settings, problems);
  const language = readLanguage(found.settings, problems);
  const register = readStakeholders(found.stakeholders, problems);
  const checklist = readChecklist(found.checklist, register, found.stakeholders !== null, problems);
  const indicators = readIndicators(found.indicators, declared, problems);
  const actions = readActions(found.actions, problems);

  if (checklist === null && indicators === null) {
    problems.error(`${TABLES.checklist}, ${TABLES.indicators}`, "assessment.nothingToScore", {
      checklist: TABLES.checklist,
      indicators: TABLES.indicators,
    });
    return { assessment: null, problems: [...problems.problems] };
  }

  const sheets: Partial<Record<keyof typeof TABLES, string>> = {};
  for (const [key, table] of Object.entries(found) as [
    keyof typeof TABLES,
    (typeof found)[keyof typeof found],
  ][]) {
    if (table !== null) sheets[key] = table.sheet;
  }
  return {
    assessment: {
      partnership: withCities(declared, indicators?.map((row) => row.city) ?? []),
      settings,
      language,
      // Without a checklist, the stakeholder register still says who took part.
      respondents: checklist?.respondents ?? register.respondents,
      checklist: checklist?.rows ?? [],
      indicators: indicators ?? [],
      actions,
      sheets,
    },
    problems: [...problems.problems],
  };
}

// A workbook prepared by another tool may have no About sheet: its partner cities are then the
// cities of the indicator table, in order of appearance.
function withCities(partnership: Partnership, indicatorCities: readonly string[]): Partnership {
  if (partnership.cities.length > 0) return partnership;
  const cities: string[] = [];
  const seen = new Set<string>();
  for (const city of indicatorCities) {
    if (seen.has(nameKey(city))) continue;
    seen.add(nameKey(city));
    cities.push(city);
  }
  return { ...partnership, cities };
}
