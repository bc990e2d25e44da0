// ITEMSCORE, SPREAD, CONSENSUS, PRINCIPLE and ALIGNMENT: the self-assessment checklist
// (docs/method.md §3). The engine reads answers itself (1–5, n/a, ?, blanks), so these wrappers only
// hand it the cells and choose the defaults from the framework's settings.

import { catalogue } from "../engine/catalogue";
import type { CellValue } from "../engine/cells";
import { readNumber } from "../engine/cells";
import {
  alignment,
  answerConsensus,
  answerSpread,
  itemScore,
  principleScore,
} from "../engine/scoring";
import { tokenOf } from "../engine/language/contractWords";
import { DEFAULT_SETTINGS, type ItemAggregation } from "../engine/settings";
import { readNumberArgument, readOptionalNumber, readText } from "./arguments";
import { cellsOf, describeShape, isOmitted, shapeOf, toMatrix, toSingleCell } from "./excelValues";
import { fromResult, invalidValue, notAvailable, type ExcelScalar } from "./runtime";
import { readTable } from "./tableArguments";

export function itemScoreOf(answers: unknown, method: unknown): ExcelScalar {
  const aggregation = readMethod(method);
  if (typeof aggregation !== "string") return aggregation;
  return fromResult(itemScore(cellsOf(toMatrix(answers)), aggregation));
}

export function spreadOf(answers: unknown): ExcelScalar {
  return fromResult(answerSpread(cellsOf(toMatrix(answers))));
}

export function consensusOf(answers: unknown): ExcelScalar {
  return fromResult(answerConsensus(cellsOf(toMatrix(answers))));
}

function readMethod(method: unknown): ItemAggregation | CustomFunctions.Error {
  if (isOmitted(method)) return DEFAULT_SETTINGS.itemAggregation;
  const text = readText(toSingleCell(method))?.toLowerCase();
  // The Settings cell may hold the workbook language's word ("médiane", "mediana").
  const token = text === undefined ? undefined : tokenOf("itemAggregation", text);
  if (token !== undefined) return token;
  return invalidValue(`method must be "mean" or "median", not ${JSON.stringify(text ?? "")}`);
}

/** PRINCIPLE(itemScores, principles, principle, [minShare]) over the whole checklist. */
export function principleScoreOf(
  itemScores: unknown,
  principles: unknown,
  principle: unknown,
  minShare: unknown,
): ExcelScalar {
  const wanted = readText(toSingleCell(principle))?.toUpperCase();
  if (wanted === undefined)
    return invalidValue("principle is blank: give a principle id such as TA");
  const share = readOptionalNumber(minShare, "minShare", DEFAULT_SETTINGS.halfAnsweredShare);
  if (typeof share !== "number") return share;
  const table = readTable(
    [
      { name: "itemScores", raw: itemScores },
      { name: "principles", raw: principles },
    ],
    undefined,
  );
  if (table instanceof CustomFunctions.Error) return table;
  const [scoreCells = [], principleCells = []] = table.columns;
  const items: (number | "n/a" | null)[] = [];
  principleCells.forEach((cell, row) => {
    if (readText(cell)?.toUpperCase() === wanted) items.push(itemScoreCell(scoreCells[row]));
  });
  if (items.length === 0) {
    const known = catalogue.principles.map((entry) => entry.id);
    return known.some((id) => id === wanted)
      ? notAvailable(`the checklist has no item of principle ${wanted}`)
      : invalidValue(
          `no checklist item has the principle ${JSON.stringify(wanted)}; the principle ids are ${known.join(", ")}`,
        );
  }
  const result = principleScore(items, share);
  return result.ok ? result.value.score : fromResult(result);
}

/** A number is an answered item's score, "n/a" a not-applicable item; anything else is applicable and unanswered. */
function itemScoreCell(cell: CellValue): number | "n/a" | null {
  if (typeof cell === "string" && cell.trim().toLowerCase() === "n/a") return "n/a";
  const reading = readNumber(cell);
  return reading.kind === "number" ? reading.value : null;
}

/** ALIGNMENT(principleScores, [weights]): missing principle scores are left out, weights renormalised. */
export function alignmentOf(principleScores: unknown, weights: unknown): ExcelScalar {
  const scoreMatrix = toMatrix(principleScores);
  const scores = cellsOf(scoreMatrix).map((cell) => {
    const reading = readNumber(cell);
    return reading.kind === "number" ? reading.value : null;
  });
  if (weights === null || weights === undefined) return fromResult(alignment(scores));
  const weightMatrix = toMatrix(weights);
  // One weight per score, in reading order: a row of scores may take a column of weights, as
  // the Settings table holds them.
  if (cellsOf(weightMatrix).length !== scores.length) {
    return invalidValue(
      `principleScores is ${describeShape(shapeOf(scoreMatrix))} but weights is ${describeShape(shapeOf(weightMatrix))}: give one weight per principle score`,
    );
  }
  const weightValues: number[] = [];
  for (const [index, cell] of cellsOf(weightMatrix).entries()) {
    const reading = readNumberArgument(cell, `weight ${index + 1}`);
    if (reading.kind === "error") return reading.error;
    // A blank weight next to a missing score does not matter; next to a score it would be a silent 0.
    if (reading.kind === "blank") {
      if (scores[index] !== null)
        return invalidValue(
          `weight ${index + 1} is blank but its principle has a score: give a weight`,
        );
      weightValues.push(0);
    } else {
      weightValues.push(reading.value);
    }
  }
  return fromResult(alignment(scores, weightValues));
}
