// GOALINDEX, OBJECTIVEINDEX, COVERAGE and PROFILE: aggregates over the tidy Indicators table.
// The rows of a goal (after the criteria) are its listed indicators; a row without a numeric
// score is a gap, which lowers coverage but never the index (docs/method.md §4, Aggregation).

import { findIndicator } from "../engine/catalogue";
import type { ObjectiveId } from "../engine/catalogue/types";
import { readNumber, type CellValue } from "../engine/cells";
import { coverageOf } from "../engine/coverage";
import { goalProfile } from "../engine/profile";
import { goalIndex } from "../engine/scoring";
import { DEFAULT_SETTINGS } from "../engine/settings";
import { readText, requireNumber } from "./arguments";
import { toSingleCell } from "./excelValues";
import {
  fromResult,
  invalidValue,
  notAvailable,
  type ExcelMatrix,
  type ExcelScalar,
} from "./runtime";
import { hasCriteria } from "./criteriaArguments";
import { readTable, scoreOrGap } from "./tableArguments";

const OBJECTIVES: readonly ObjectiveId[] = ["GOV", "INC", "GRN", "PRO"];

export function goalIndexOf(
  scores: unknown,
  goals: unknown,
  goal: unknown,
  criteria: unknown,
): ExcelScalar {
  const wanted = requireNumber(toSingleCell(goal), "goal");
  if (wanted.kind === "error") return wanted.error;
  const table = readTable(
    [
      { name: "scores", raw: scores },
      { name: "goals", raw: goals },
    ],
    criteria,
  );
  if (table instanceof CustomFunctions.Error) return table;
  const [scoreCells = [], goalCells = []] = table.columns;
  const listed = listedScores(
    scoreCells,
    table.selected,
    (row) => goalOf(goalCells[row]) === wanted.value,
  );
  if (listed.length === 0)
    return notAvailable(
      `no row of goal ${wanted.value} matches${hasCriteria(criteria) ? " the criteria" : ""}`,
    );
  const result = goalIndex(listed);
  return result.ok ? result.value.index : fromResult(result);
}

export function objectiveIndexOf(
  scores: unknown,
  objectives: unknown,
  objective: unknown,
  criteria: unknown,
): ExcelScalar {
  const wanted = readText(toSingleCell(objective))?.toUpperCase();
  if (wanted === undefined || !OBJECTIVES.some((id) => id === wanted)) {
    return invalidValue(
      `objective must be one of ${OBJECTIVES.join(", ")}, not ${JSON.stringify(wanted ?? "")}`,
    );
  }
  const table = readTable(
    [
      { name: "scores", raw: scores },
      { name: "objectives", raw: objectives },
    ],
    criteria,
  );
  if (table instanceof CustomFunctions.Error) return table;
  const [scoreCells = [], objectiveCells = []] = table.columns;
  const listed = listedScores(
    scoreCells,
    table.selected,
    (row) => objectiveOf(objectiveCells[row]) === wanted,
  );
  if (listed.length === 0)
    return notAvailable(
      `no row of objective ${wanted} matches${hasCriteria(criteria) ? " the criteria" : ""}`,
    );
  const result = goalIndex(listed);
  return result.ok ? result.value.index : fromResult(result);
}

export function coverageOfValues(values: unknown, criteria: unknown): ExcelScalar {
  const table = readTable([{ name: "values", raw: values }], criteria);
  if (table instanceof CustomFunctions.Error) return table;
  const [valueCells = []] = table.columns;
  const result = coverageOf(listedScores(valueCells, table.selected, () => true));
  return result.ok ? result.value.share : fromResult(result);
}

export function profileOf(scores: unknown, goals: unknown, criteria: unknown): ExcelMatrix {
  const table = readTable(
    [
      { name: "scores", raw: scores },
      { name: "goals", raw: goals },
    ],
    criteria,
  );
  if (table instanceof CustomFunctions.Error) return [[table]];
  const [scoreCells = [], goalCells = []] = table.columns;
  const rows: { goal: number; score: number | null }[] = [];
  table.selected.forEach((selected, row) => {
    const goal = goalOf(goalCells[row]);
    if (selected && goal !== undefined) rows.push({ goal, score: scoreOrGap(scoreCells[row]) });
  });
  const profile = goalProfile(rows, DEFAULT_SETTINGS);
  if (!profile.ok) return [[fromResult(profile)]];
  return profile.value.map((entry) => [entry.goal, entry.index ?? "", entry.coverage, entry.band]);
}

function listedScores(
  scoreCells: readonly CellValue[],
  selected: readonly boolean[],
  belongs: (row: number) => boolean,
): (number | null)[] {
  const listed: (number | null)[] = [];
  selected.forEach((isSelected, row) => {
    if (isSelected && belongs(row)) listed.push(scoreOrGap(scoreCells[row]));
  });
  return listed;
}

function goalOf(cell: CellValue): number | undefined {
  const reading = readNumber(cell);
  return reading.kind === "number" ? reading.value : undefined;
}

/** An objective id, or an indicator code whose catalogue objective is used. */
function objectiveOf(cell: CellValue): string | undefined {
  const text = readText(cell);
  if (text === undefined) return undefined;
  const upper = text.toUpperCase();
  if (OBJECTIVES.some((id) => id === upper)) return upper;
  return findIndicator(text)?.objective;
}
