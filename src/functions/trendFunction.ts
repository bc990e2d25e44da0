// TRENDCLASS(scores, years, [targetYear]): the SDSN trend class of a series (docs/method.md §4,
// Progress over time). Years without a score are kept as gaps; a score without a year cannot be
// placed in time, so it is an error rather than silently dropped.

import { readNumber } from "../engine/cells";
import { trend } from "../engine/scoring";
import { DEFAULT_SETTINGS } from "../engine/settings";
import { readNumberArgument, readOptionalNumber } from "./arguments";
import { fromResult, invalidValue, type ExcelScalar } from "./runtime";
import { readTable } from "./tableArguments";

export function trendOf(scores: unknown, years: unknown, targetYear: unknown): ExcelScalar {
  const target = readOptionalNumber(targetYear, "targetYear", DEFAULT_SETTINGS.targetYear);
  if (typeof target !== "number") return target;
  const table = readTable(
    [
      { name: "scores", raw: scores },
      { name: "years", raw: years },
    ],
    undefined,
  );
  if (table instanceof CustomFunctions.Error) return table;
  const [scoreCells = [], yearCells = []] = table.columns;
  const points: { year: number; score: number | null }[] = [];
  for (const [index, yearCell] of yearCells.entries()) {
    const scoreReading = readNumber(scoreCells[index]);
    const score = scoreReading.kind === "number" ? scoreReading.value : null;
    const year = readNumberArgument(yearCell, `year ${index + 1}`);
    if (year.kind === "error") return year.error;
    if (year.kind === "blank") {
      if (score !== null) return invalidValue(`score ${index + 1} (${score}) has no year`);
      continue;
    }
    points.push({ year: year.value, score });
  }
  const result = trend(points, target);
  return result.ok ? result.value.trendClass : fromResult(result);
}
