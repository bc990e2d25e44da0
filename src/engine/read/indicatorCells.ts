// One row of C2C_Indicators parsed on its own, before the worst and end values are resolved (which
// needs the other rows of the same indicator and city, for baselines). A row that cannot be placed
// (no code, city or year) is reported and dropped; a cell that cannot be read is reported and
// treated as missing.

import { findIndicator, catalogue } from "../catalogue";
import type { IndicatorDefinition, ObjectiveId } from "../catalogue/types";
import type { PercentScaledCell } from "../model/types";
import type { INDICATOR_HEADERS } from "../model/contract";
import type { TableCellData, TypedRow } from "../plan/tableData";
import { dateText, readFlag, readWholeNumber } from "./cellReaders";
import { cellPhrase, isBlank, isDateFormat, nameKey, textOf } from "../sheetValues";
import { goalOf, goalOfCode } from "./goalNumbers";
import { memoised } from "./memoised";
import type { ProblemCode } from "../language/problemTexts";
import type { ProblemList } from "./problemList";
import { readShownNumber } from "./shownNumber";

export type IndicatorKey = keyof typeof INDICATOR_HEADERS;

export interface ParsedIndicatorRow {
  readonly row: number;
  readonly cells: TypedRow<IndicatorKey>["cells"];
  readonly code: string;
  readonly definition: IndicatorDefinition | undefined;
  readonly goal: number;
  readonly city: string;
  readonly year: number;
  readonly value: number | null;
  /** As typed; null when blank or unreadable (then the catalogue's applies). */
  readonly typedWorst: number | null;
  readonly typedEnd: number | null;
  readonly indicator: string;
  readonly unit: string;
  readonly source: string;
  readonly disaggregated: boolean | null;
  readonly objective: ObjectiveId | null;
  readonly percentScaled: readonly PercentScaledCell[];
}

const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2100;

const OBJECTIVES = new Map<string, ObjectiveId>(
  catalogue.objectives.flatMap((objective) => [
    [nameKey(objective.id), objective.id],
    [nameKey(objective.name), objective.id],
  ]),
);

// The Code and Objective columns repeat a few hundred codes and a few names down a long list: each
// looked up once (the catalogue does not change while the engine runs).
const indicatorCoded = memoised(findIndicator);
const objectiveNamed = memoised((text) => OBJECTIVES.get(nameKey(text)));

/** `cityName` maps a typed city (and the cell it is in, for messages) to the partnership's spelling. */
export function parseIndicatorRow(
  row: TypedRow<IndicatorKey>,
  tableName: string,
  cityName: (typed: string, address: string) => string,
  problems: ProblemList,
): ParsedIndicatorRow | undefined {
  const { cells } = row;
  const code = textOf(cells.code?.value);
  if (code === "") {
    problems.warn(cells.code?.address ?? tableName, "indicator.noCode");
    return undefined;
  }
  const definition = indicatorCoded(code);
  const city = textOf(cells.city?.value);
  if (city === "") {
    problems.warn(cells.city?.address ?? tableName, "indicator.noCity", { code });
    return undefined;
  }
  const year = yearOf(cells.year, code, tableName, problems);
  if (year === undefined) return undefined;
  const goal = goalFor(cells.goal, code, definition, tableName, problems);
  if (goal === undefined) return undefined;
  const unit = textOf(cells.unit?.value) || (definition?.unit ?? "");
  const percentScaled: PercentScaledCell[] = [];
  const numberIn = (key: PercentScaledCell, unreadable: ProblemCode): number | null =>
    numberOf(cells[key], key, unreadable, unit, problems, percentScaled);
  return {
    row: row.row,
    cells,
    code: definition?.id ?? code,
    definition,
    goal,
    city: cityName(city, cells.city?.address ?? tableName),
    year,
    value: numberIn("value", "indicator.valueUnreadable"),
    typedWorst: numberIn("worst", "indicator.worstUnreadable"),
    typedEnd: numberIn("end", "indicator.endUnreadable"),
    indicator: textOf(cells.indicator?.value) || (definition?.name ?? ""),
    unit,
    source: textOf(cells.source?.value),
    disaggregated: flagOf(cells.disaggregated, problems),
    objective: objectiveOf(cells.objective, definition, problems),
    percentScaled,
  };
}

function yearOf(
  cell: TableCellData | undefined,
  code: string,
  tableName: string,
  problems: ProblemList,
): number | undefined {
  const dated = yearOfDate(cell);
  if (dated !== undefined) {
    problems.warn(dated.address, "indicator.yearFromDate", {
      code,
      date: dated.date,
      year: dated.year,
    });
    return dated.year;
  }
  const reading = readWholeNumber(cell?.value);
  if (reading.kind === "number" && reading.value >= EARLIEST_YEAR && reading.value <= LATEST_YEAR)
    return reading.value;
  problems.warn(cell?.address ?? tableName, "indicator.badYear", {
    code,
    cell: cellPhrase(reading.kind === "blank" ? null : cell?.value),
  });
  return undefined;
}

// A date in the Year column (typed 1/7/2024, formatted as a date) is a date of that year: it is
// read as its year, and the note names the cell, since the year is what the column asks for.
function yearOfDate(
  cell: TableCellData | undefined,
): { year: number; address: string; date: string } | undefined {
  if (cell === undefined || typeof cell.value !== "number" || !isDateFormat(cell.numberFormat))
    return undefined;
  const date = dateText(cell.value);
  const year = Number(date.slice(0, 4));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || year < EARLIEST_YEAR || year > LATEST_YEAR)
    return undefined;
  return { year, address: cell.address, date };
}

// The catalogue's goal for a catalogue indicator (a different typed goal is reported); the typed
// goal, or the goal its code starts with, for an indicator of the user's own.
function goalFor(
  cell: TableCellData | undefined,
  code: string,
  definition: IndicatorDefinition | undefined,
  tableName: string,
  problems: ProblemList,
): number | undefined {
  const typed = goalOf(cell?.value);
  if (typed === "invalid")
    problems.warn(cell?.address ?? tableName, "indicator.notGoal", {
      code,
      cell: cellPhrase(cell?.value),
    });
  if (definition !== undefined) {
    if (typeof typed === "number" && typed !== definition.goal) {
      problems.warn(cell?.address ?? tableName, "indicator.goalDiffers", {
        code: definition.id,
        goal: definition.goal,
        typed,
      });
    }
    return definition.goal;
  }
  if (typeof typed === "number") return typed;
  const fromCode = goalOfCode(code);
  if (fromCode !== undefined) return fromCode;
  problems.warn(cell?.address ?? tableName, "indicator.noGoal", { code });
  return undefined;
}

/** `key` is pushed onto `scaled` when the cell's number is read times 100 from a percent format. */
function numberOf(
  cell: TableCellData | undefined,
  key: PercentScaledCell,
  unreadable: ProblemCode,
  unit: string,
  problems: ProblemList,
  scaled: PercentScaledCell[],
): number | null {
  if (cell === undefined) return null;
  const reading = readShownNumber(cell, unit);
  if (reading.kind === "number") {
    if (reading.note !== undefined)
      problems.warn(cell.address, reading.note.code, reading.note.parameters);
    if (reading.scaledFromPercent) scaled.push(key);
    return reading.value;
  }
  if (reading.kind === "invalid")
    problems.warn(cell.address, unreadable, { reason: reading.reason });
  return null;
}

function flagOf(cell: TableCellData | undefined, problems: ProblemList): boolean | null {
  if (cell === undefined) return null;
  const reading = readFlag(cell.value);
  if (reading.kind === "flag") return reading.value;
  if (reading.kind === "invalid")
    problems.warn(cell.address, "indicator.disaggregatedUnreadable", { reason: reading.reason });
  return null;
}

function objectiveOf(
  cell: TableCellData | undefined,
  definition: IndicatorDefinition | undefined,
  problems: ProblemList,
): ObjectiveId | null {
  const fallback = definition?.objective ?? null;
  if (cell === undefined || isBlank(cell.value)) return fallback;
  const objective = objectiveNamed(textOf(cell.value));
  if (objective !== undefined) return objective;
  const described = cellPhrase(cell.value);
  if (fallback === null) problems.warn(cell.address, "indicator.notObjective", { cell: described });
  else
    problems.warn(cell.address, "indicator.notObjectiveFallback", {
      cell: described,
      objective: fallback,
    });
  return fallback;
}
