// One partnership's scored assessment → the row the programme keeps of it.

import { catalogue, type PrincipleId } from "../catalogue";
import type { AssessmentScores } from "../assessment/types";
import type { Assessment } from "../model/types";
import type { PartnershipSummary } from "./types";

export function summarisePartnership(
  source: string,
  assessment: Assessment,
  scores: AssessmentScores,
): PartnershipSummary {
  const principleScores = Object.fromEntries(
    catalogue.principles.map((principle) => [principle.id, null]),
  ) as Record<PrincipleId, number | null>;
  for (const result of scores.principles) principleScores[result.principle] = result.score;
  return {
    source,
    name: assessment.partnership.name,
    cities: assessment.partnership.cities,
    list: assessment.partnership.list,
    worstValueMode: scores.settings.worstValueMode,
    catalogueVersion: assessment.partnership.catalogueVersion,
    settings: scores.settings,
    principleScores,
    alignment: scores.alignment.score,
    respondents: scores.checklist.respondents,
    contestedItems: scores.checklist.contestedItems,
    dataCoverage: scores.dataCoverage.share,
    sdgIndices: scores.cities.map((city) => ({
      city: city.city,
      year: city.overall.year,
      index: city.overall.index,
    })),
  };
}
