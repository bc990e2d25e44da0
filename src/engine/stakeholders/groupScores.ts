// The principle scores of one group entry: the engine's own scoring (scoreAssessment: item scores,
// principle scores, weighted alignment, bands) run on the checklist reduced to the group's answer
// columns, with the settings the whole assessment was scored with, so a group's numbers and the
// overall numbers can never follow different rules.

import { scoreAssessment, type AssessmentScores } from "../assessment";
import type { Assessment } from "../model/types";
import type { GroupPool } from "./groupPools";
import type { GroupScores } from "./types";

export function groupScores(
  assessment: Assessment,
  scores: AssessmentScores,
  pool: GroupPool,
): GroupScores {
  const columns = pool.respondentIndexes;
  const subset: Assessment = {
    ...assessment,
    settings: scores.settings,
    respondents: columns.flatMap((index) => {
      const respondent = assessment.respondents[index];
      return respondent === undefined ? [] : [respondent];
    }),
    // A missing cell is a blank answer, so each kept column stays a column.
    checklist: assessment.checklist.map((row) => ({
      ...row,
      answers: columns.map((index) => row.answers[index] ?? null),
    })),
    indicators: [],
    actions: [],
  };
  const scored = scoreAssessment(subset);
  return {
    group: pool.group,
    members: pool.members,
    respondents: pool.respondentIndexes.length,
    principles: scored.principles.map((principle) => ({
      principle: principle.principle,
      score: principle.score,
      band: principle.band,
    })),
    alignment: scored.alignment.score,
  };
}
