// Criterion matching as Excel's AVERAGEIFS / COUNTIFS do it, so analysts can filter the tidy
// tables with the criteria they already know: a number matches equal numbers; a text matches
// equal text ignoring case, with * (any run of characters) and ? (any one character) as
// wildcards and ~ escaping them; a leading = <> < <= > >= compares; "" matches blank cells and
// "<>" non-blank ones. Error cells never match.

import { isCellError, readNumber, type CellValue } from "./cells";
import { invalidInput, ok, type Result } from "./result";
import { isBlank } from "./sheetValues";

type Operator = "=" | "<>" | "<" | "<=" | ">" | ">=";

/** A criterion parsed once, then tested against every cell of its range. */
export interface Criterion {
  /** The criterion as the user wrote it, for messages. */
  readonly text: string;
  matches(cell: CellValue): boolean;
}

const OPERATORS: readonly Operator[] = ["<=", ">=", "<>", "=", "<", ">"];

/** Parses a criterion cell; an error value as criterion is invalid input (Excel would return it). */
export function parseCriterion(criterion: CellValue): Result<Criterion> {
  if (isCellError(criterion))
    return invalidInput(`the criterion is the error ${criterion.errorCode}`);
  if (criterion === null || criterion === undefined) return ok(blankCriterion("", "="));
  if (typeof criterion === "number") {
    if (!Number.isFinite(criterion))
      return invalidInput(`the criterion ${criterion} is not a usable number`);
    return ok(numberCriterion(String(criterion), "=", criterion));
  }
  if (typeof criterion === "boolean")
    return ok(booleanCriterion(criterion ? "TRUE" : "FALSE", "=", criterion));
  return ok(textCriterion(criterion));
}

function textCriterion(text: string): Criterion {
  const operator = OPERATORS.find((candidate) => text.startsWith(candidate)) ?? "=";
  const operand = text.startsWith(operator) ? text.slice(operator.length) : text;
  if (operand === "") return blankCriterion(text, operator);
  const number = readNumber(operand);
  if (number.kind === "number") return numberCriterion(text, operator, number.value);
  const upper = operand.trim().toUpperCase();
  if (upper === "TRUE" || upper === "FALSE")
    return booleanCriterion(text, operator, upper === "TRUE", operand);
  return stringCriterion(text, operator, operand);
}

/** "" and "=" match blank cells; "<>" matches every cell that is not blank. Other operators match nothing. */
function blankCriterion(text: string, operator: Operator): Criterion {
  return {
    text,
    matches: (cell) => {
      if (isCellError(cell)) return false;
      const blank = isBlank(cell);
      if (operator === "=") return blank;
      if (operator === "<>") return !blank;
      return false;
    },
  };
}

// Numbers compare with numbers, including numeric text such as "2024" typed into a Year column:
// a tidy table filled by hand or pasted from CSV holds both.
function numberCriterion(text: string, operator: Operator, target: number): Criterion {
  return {
    text,
    matches: (cell) => {
      if (isCellError(cell)) return false;
      const reading = readNumber(cell);
      if (reading.kind !== "number") return operator === "<>";
      return compare(reading.value, target, operator);
    },
  };
}

function booleanCriterion(
  text: string,
  operator: Operator,
  target: boolean,
  textForm?: string,
): Criterion {
  const textMatch = textForm === undefined ? undefined : stringCriterion(text, operator, textForm);
  return {
    text,
    matches: (cell) => {
      if (typeof cell === "boolean") {
        if (operator === "=") return cell === target;
        if (operator === "<>") return cell !== target;
        return compare(Number(cell), Number(target), operator);
      }
      if (textMatch !== undefined) return textMatch.matches(cell);
      return operator === "<>" && !isCellError(cell);
    },
  };
}

function stringCriterion(text: string, operator: Operator, operand: string): Criterion {
  if (operator === "=" || operator === "<>") {
    const pattern = wildcardPattern(operand);
    const equal = (cell: CellValue): boolean =>
      typeof cell === "string" && pattern.test(cell.trim());
    return {
      text,
      matches: (cell) => {
        if (isCellError(cell)) return false;
        return operator === "=" ? equal(cell) : !equal(cell);
      },
    };
  }
  const target = operand.trim().toLowerCase();
  return {
    text,
    matches: (cell) =>
      typeof cell === "string" &&
      !isBlank(cell) &&
      compareText(cell.trim().toLowerCase(), target, operator),
  };
}

/** A case-insensitive whole-text pattern: * and ? are wildcards, ~*, ~? and ~~ are literal. */
export function wildcardPattern(operand: string): RegExp {
  let source = "";
  // Code points, as the "u" flag makes ? match one code point.
  const characters = Array.from(operand.trim());
  for (let index = 0; index < characters.length; index++) {
    const character = characters[index] ?? "";
    const next = characters[index + 1];
    if (character === "~" && (next === "*" || next === "?" || next === "~")) {
      source += escapeRegExp(next);
      index++;
    } else if (character === "*") {
      source += "[\\s\\S]*";
    } else if (character === "?") {
      source += "[\\s\\S]";
    } else {
      source += escapeRegExp(character);
    }
  }
  return new RegExp(`^${source}$`, "iu");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function compare(value: number, target: number, operator: Operator): boolean {
  switch (operator) {
    case "=":
      return value === target;
    case "<>":
      return value !== target;
    case "<":
      return value < target;
    case "<=":
      return value <= target;
    case ">":
      return value > target;
    case ">=":
      return value >= target;
  }
}

function compareText(value: string, target: string, operator: Operator): boolean {
  const order = value.localeCompare(target);
  return compare(order, 0, operator);
}

/**
 * The rows where every criterion matches its own column: `columns[k]` is the k-th criteria range
 * (flattened, as long as the data), `criteria[k]` its criterion.
 */
export function matchingRows(
  rowCount: number,
  columns: readonly (readonly CellValue[])[],
  criteria: readonly Criterion[],
): boolean[] {
  const selected = new Array<boolean>(rowCount).fill(true);
  columns.forEach((column, index) => {
    const criterion = criteria[index];
    if (criterion === undefined) return;
    for (let row = 0; row < rowCount; row++) {
      if (selected[row] === true && !criterion.matches(column[row])) selected[row] = false;
    }
  });
  return selected;
}
