// Principle scores of one partner city: the checklist scored over the answers of the respondents
// whose Stakeholders City is that city, with the engine's own item, principle and alignment scoring.
// Published per city only when the city has at least the minimum group size of respondents, so no
// one's answers can be read back from a city's scores.

import { itemResult } from "../assessment/itemResults";
import { alignmentResult, principleResults } from "../assessment/principleResults";
import type { AlignmentResult, PrincipleResult } from "../assessment/types";
import type { Assessment } from "../model/types";
import { nameKey } from "../sheetValues";
import type { ScoringSettings } from "../settings";

export interface CityPrinciples {
  readonly city: string;
  /** Respondents whose City is this city. */
  readonly respondents: number;
  /** null when the city has fewer respondents than the minimum group size. */
  readonly principles: readonly PrincipleResult[] | null;
  readonly alignment: AlignmentResult | null;
}

/** The column indexes of the respondents of `city` (Assessment.respondents order = answer order). */
export function respondentsOf(assessment: Assessment, city: string): number[] {
  return assessment.respondents.flatMap((respondent, index) =>
    nameKey(respondent.city) === nameKey(city) ? [index] : [],
  );
}

export function cityPrinciples(
  assessment: Assessment,
  city: string,
  settings: ScoringSettings,
): CityPrinciples {
  const columns = respondentsOf(assessment, city);
  if (columns.length === 0 || columns.length < settings.minimumGroupSize) {
    return { city, respondents: columns.length, principles: null, alignment: null };
  }
  const items = assessment.checklist.map((row) =>
    itemResult({ ...row, answers: columns.map((column) => row.answers[column] ?? null) }, settings),
  );
  const principles = principleResults(items, settings);
  return {
    city,
    respondents: columns.length,
    principles,
    alignment: alignmentResult(principles, settings),
  };
}
