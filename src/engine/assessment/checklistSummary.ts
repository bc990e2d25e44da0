// Counts over the whole checklist, for the Scoreboard's coverage block: how many answer cells there
// are and how they were filled.

import { readAnswer } from "../cells";
import type { Assessment } from "../model/types";
import type { ChecklistSummary, ItemResult } from "./types";

export function checklistSummary(
  assessment: Pick<Assessment, "checklist" | "respondents">,
  items: readonly ItemResult[],
): ChecklistSummary {
  let numericAnswers = 0;
  let notApplicableAnswers = 0;
  let dontKnowAnswers = 0;
  let answerCells = 0;
  for (const row of assessment.checklist) {
    for (const answer of row.answers) {
      answerCells += 1;
      const reading = readAnswer(answer);
      if (reading.kind === "score") numericAnswers += 1;
      else if (reading.kind === "not-applicable") notApplicableAnswers += 1;
      else if (reading.kind === "dont-know") dontKnowAnswers += 1;
    }
  }
  return {
    respondents: assessment.respondents.length,
    items: items.length,
    itemsAnswered: items.filter((item) => typeof item.score === "number").length,
    itemsApplicable: items.filter((item) => item.score !== "n/a").length,
    contestedItems: items.filter((item) => item.contested).length,
    answerCells,
    numericAnswers,
    notApplicableAnswers,
    dontKnowAnswers,
    blankAnswers: answerCells - numericAnswers - notApplicableAnswers - dontKnowAnswers,
  };
}
