// BAND(score, [scale], [limits]): the band label of each score, on the SDG (0–100) or the
// principle (1–5) scale. A principle score is never banded on the 0–100 scale (docs/method.md §3),
// so the scale is named rather than guessed from the number.

import type { PrincipleBandLimits, SdgBandLimits } from "../engine/settings";
import { principleBand, sdgBand } from "../engine/scoring";
import { readNumberArgument, readText } from "./arguments";
import { mapCells } from "./cellwise";
import { isBlank } from "../engine/sheetValues";
import { cellsOf, isOmitted, toMatrix, toSingleCell } from "./excelValues";
import { fromResult, invalidValue, type ExcelMatrix } from "./runtime";

type Scale = "sdg" | "principle";

export function bandCells(score: unknown, scale: unknown, limits: unknown): ExcelMatrix {
  const chosenScale = readScale(scale);
  if (typeof chosenScale !== "string") return [[chosenScale]];
  const chosenLimits = readLimits(limits, chosenScale);
  if (chosenLimits instanceof CustomFunctions.Error) return [[chosenLimits]];

  return mapCells([{ name: "score", raw: score }], (cell) => {
    const reading = readNumberArgument(cell, "score");
    if (reading.kind === "error") return reading.error;
    if (reading.kind === "blank") return "";
    return chosenScale === "sdg"
      ? fromResult(sdgBand(reading.value, chosenLimits?.sdg))
      : fromResult(principleBand(reading.value, chosenLimits?.principle));
  });
}

function readScale(scale: unknown): Scale | CustomFunctions.Error {
  if (isOmitted(scale)) return "sdg";
  const text = readText(toSingleCell(scale))?.toLowerCase();
  if (text === "sdg" || text === "principle") return text;
  return invalidValue(
    `scale must be "sdg" (0–100) or "principle" (1–5), not ${JSON.stringify(text ?? toSingleCell(scale))}`,
  );
}

interface ChosenLimits {
  readonly sdg?: SdgBandLimits;
  readonly principle?: PrincipleBandLimits;
}

/** Three numbers: the lower limits of the three upper bands, best band first for "sdg", lowest first for "principle". */
function readLimits(
  limits: unknown,
  scale: Scale,
): ChosenLimits | undefined | CustomFunctions.Error {
  if (limits === null || limits === undefined) return undefined;
  const cells = cellsOf(toMatrix(limits)).filter((cell) => !isBlank(cell));
  if (cells.length === 0) return undefined;
  const numbers: number[] = [];
  for (const cell of cells) {
    const reading = readNumberArgument(cell, "limits");
    if (reading.kind === "error") return reading.error;
    if (reading.kind === "number") numbers.push(reading.value);
  }
  const [first, second, third] = numbers;
  if (numbers.length !== 3 || first === undefined || second === undefined || third === undefined) {
    const names =
      scale === "sdg"
        ? "Achieved, Challenges remain, Significant challenges (e.g. 100, 75, 50)"
        : "Developing, Established, Advanced (e.g. 2, 3, 4)";
    return invalidValue(
      `limits must be three numbers, the lower limits of ${names}; got ${numbers.length}`,
    );
  }
  return scale === "sdg"
    ? { sdg: { achieved: first, challengesRemain: second, significantChallenges: third } }
    : { principle: { developing: first, established: second, advanced: third } };
}
