// Scoring a whole assessment: every number of the Scoreboard and of the computed columns, from the
// domain objects the reader made of a workbook (or the demo built in code). Pure and total: bad
// data gives missing numbers with notes and problems, never an exception.

import { phrase, problemAt } from "../language/problemTexts";
import { TABLES } from "../model/contract";
import type { Assessment, Problem } from "../model/types";
import { DEFAULT_SETTINGS, settingsFindings, type ScoringSettings } from "../settings";
import { actionSummary } from "./actionSummary";
import { sheetOf } from "./addresses";
import { checklistSummary } from "./checklistSummary";
import { cityTables } from "./cityTables";
import { groupByCityAndYear } from "./cityYears";
import { assessmentDacCriteria } from "./dacCriteria";
import { dataCoverage } from "./dataCoverage";
import { highlights } from "./highlights";
import { indicatorResults } from "./indicatorResults";
import { itemResult } from "./itemResults";
import { alignmentResult, principleResults } from "./principleResults";
import { sdgIndices } from "./sdgIndices";
import type { AssessmentScores } from "./types";

export function scoreAssessment(assessment: Assessment): AssessmentScores {
  const { settings, problems: settingsWarnings } = usableSettings(assessment.settings);

  const items = assessment.checklist.map((row) => itemResult(row, settings));
  const principles = principleResults(items, settings);

  const indicators = indicatorResults(
    assessment.indicators,
    settings,
    sheetOf(assessment, "indicators"),
  );
  const cities = groupByCityAndYear(indicators.results, assessment.partnership.cities);
  const indices = sdgIndices(cities, settings);
  const cityResults = cityTables(cities, indices, settings);
  const { strengths, priorities } = highlights(principles, cityResults);

  return {
    settings,
    items,
    principles,
    alignment: alignmentResult(principles, settings),
    checklist: checklistSummary(assessment, items),
    indicators: indicators.results,
    peerWorst: indicators.peerWorst,
    goalIndices: indices.goals,
    objectiveIndices: indices.objectives,
    overallIndices: indices.overall,
    cities: cityResults,
    dacCriteria: assessmentDacCriteria(settings.dacLens, principles, cityResults),
    dataCoverage: dataCoverage(indicators.results),
    strengths,
    priorities,
    actions: actionSummary(assessment.actions),
    problems: [...settingsWarnings, ...indicators.problems],
  };
}

// The reader only hands over valid settings; an assessment built in code may not. Scoring with the
// defaults, and saying so, keeps every band and threshold meaningful.
function usableSettings(settings: ScoringSettings): {
  settings: ScoringSettings;
  problems: Problem[];
} {
  const found = settingsFindings(settings);
  if (found.length === 0) return { settings, problems: [] };
  return {
    settings: DEFAULT_SETTINGS,
    problems: found.map((reason) =>
      problemAt(
        TABLES.settings,
        "warning",
        phrase("settings.defaultSettingsUsed", { reasons: [reason] }),
      ),
    ),
  };
}
