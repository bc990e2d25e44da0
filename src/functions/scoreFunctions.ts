// SCORE, DISTANCE and PROGRESS: scalar functions of numbers, applied cell by cell over ranges.

import type { CellValue } from "../engine/cells";
import type { Result } from "../engine/result";
import { distanceClosed, distanceToEnd, indicatorScore } from "../engine/scoring";
import { readNumberArgument, requireNumber } from "./arguments";
import { mapCells } from "./cellwise";
import { fromResult, type ExcelMatrix, type ExcelScalar } from "./runtime";

/** SCORE(value, worst, end): 0–100 per value; a blank value gives "". */
export function scoreCells(value: unknown, worst: unknown, end: unknown): ExcelMatrix {
  return mapCells(valueWorstEnd(value, worst, end), (v, w, e) => againstWorstAndEnd(v, w, e, indicatorScore));
}

/** DISTANCE(value, worst, end): 100 − SCORE per value; a blank value gives "". */
export function distanceCells(value: unknown, worst: unknown, end: unknown): ExcelMatrix {
  return mapCells(valueWorstEnd(value, worst, end), (v, w, e) => againstWorstAndEnd(v, w, e, distanceToEnd));
}

/** PROGRESS(baseScore, latestScore): the fraction of the distance closed; a blank score gives "". */
export function progressCells(baseScore: unknown, latestScore: unknown): ExcelMatrix {
  const args = [
    { name: "baseScore", raw: baseScore },
    { name: "latestScore", raw: latestScore },
  ] as const;
  return mapCells(args, (baseCell, latestCell) => {
    const base = readNumberArgument(baseCell, "baseScore");
    const latest = readNumberArgument(latestCell, "latestScore");
    if (base.kind === "error") return base.error;
    if (latest.kind === "error") return latest.error;
    if (base.kind === "blank" || latest.kind === "blank") return "";
    return fromResult(distanceClosed(base.value, latest.value));
  });
}

function valueWorstEnd(value: unknown, worst: unknown, end: unknown) {
  return [
    { name: "value", raw: value },
    { name: "worst", raw: worst },
    { name: "end", raw: end },
  ] as const;
}

// A blank value is missing data (""), but a blank worst or end value is a gap in the indicator's
// definition: the score cannot be computed, and a silent "" would hide that.
function againstWorstAndEnd(
  valueCell: CellValue,
  worstCell: CellValue,
  endCell: CellValue,
  compute: (value: number, worst: number, end: number) => Result<number>,
): ExcelScalar {
  // Plain numbers are the common case (a 100,000-row column); they need no reading.
  if (typeof valueCell === "number" && typeof worstCell === "number" && typeof endCell === "number") {
    return fromResult(compute(valueCell, worstCell, endCell));
  }
  const value = readNumberArgument(valueCell, "value");
  if (value.kind === "error") return value.error;
  if (value.kind === "blank") return "";
  const worst = requireNumber(worstCell, "worst");
  if (worst.kind === "error") return worst.error;
  const end = requireNumber(endCell, "end");
  if (end.kind === "error") return end.error;
  return fromResult(compute(value.value, worst.value, end.value));
}
