// Contested items (spread ≥ the contested threshold, docs/method.md §3) with how the answers are
// distributed — counts per answer, never who gave which. An item is listed only when at least
// minimumGroupSize numeric answers back it: with two answers, a spread of 4 says exactly what each
// person answered.

import type { AssessmentScores } from "../assessment";
import { readAnswer, type AnswerScore } from "../cells";
import type { Assessment, ChecklistItemRow } from "../model/types";
import type { ContestedItem } from "./types";

export interface ContestedItems {
  readonly listed: readonly ContestedItem[];
  /** Contested items left out because too few numeric answers back them. */
  readonly withheld: number;
}

export function contestedItems(assessment: Assessment, scores: AssessmentScores): ContestedItems {
  const minimum = scores.settings.minimumGroupSize;
  const listed: ContestedItem[] = [];
  let withheld = 0;
  scores.items.forEach((item, index) => {
    const row = assessment.checklist[index];
    if (!item.contested || item.spread === null || row === undefined) return;
    if (item.numericAnswers < minimum) {
      withheld += 1;
      return;
    }
    listed.push({
      principle: item.principle,
      itemId: item.itemId,
      item: row.item,
      spread: item.spread,
      score: typeof item.score === "number" ? item.score : null,
      answerCounts: answerCounts(row),
    });
  });
  return { listed, withheld };
}

function answerCounts(row: ChecklistItemRow): [number, number, number, number, number] {
  const given = row.answers.flatMap((answer) => {
    const reading = readAnswer(answer);
    return reading.kind === "score" ? [reading.value] : [];
  });
  const count = (value: AnswerScore): number => given.filter((answer) => answer === value).length;
  return [count(1), count(2), count(3), count(4), count(5)];
}
