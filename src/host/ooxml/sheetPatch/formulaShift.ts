// A formula copied from one cell to another, as Excel copies it: every relative reference moves by
// the rows and columns between the two cells, absolute ones ($A$1, A$1's row) stay. This is how a
// shared formula's member reads its master's text (ECMA-376 Part 1, 18.3.1.40: the formula "is
// shared" and each cell's references are relative to its own position), so a member can be written
// out in full when its master is overwritten. References to other sheets move too (a copy moves
// them); text in quotes, structured references in brackets and names stay. A reference moved past
// the sheet's edge becomes #REF!, as Excel writes it.

import { columnLetters, columnNumber, MAX_COLUMNS, MAX_ROWS } from "../../../engine/plan/address";

export interface Offset {
  readonly rows: number;
  readonly columns: number;
}

// One token at a time, left to right, so a reference is never found inside a name or a number:
// a string, a quoted sheet name, a bracketed structured reference, a cell reference, a column
// range (A:C), a row range (1:3), a name or function, a number.
const TOKEN = new RegExp(
  [
    /"(?:[^"]|"")*"/.source,
    /'(?:[^']|'')*'/.source,
    /\[(?:[^[\]]|\[[^\]]*\])*\]/.source,
    /(?<cell>(?<cd>\$?)(?<cl>[A-Za-z]{1,3})(?<rd>\$?)(?<rn>\d{1,7})(?![A-Za-z0-9_.(![]))/.source,
    /(?<cols>(?<c1d>\$?)(?<c1>[A-Za-z]{1,3}):(?<c2d>\$?)(?<c2>[A-Za-z]{1,3})(?![A-Za-z0-9_.(![]))/
      .source,
    /(?<rows>(?<r1d>\$?)(?<r1>\d{1,7}):(?<r2d>\$?)(?<r2>\d{1,7})(?![\d.(A-Za-z]))/.source,
    /[A-Za-z_\\][A-Za-z0-9_.\\]*/.source,
    /\d+(?:\.\d*)?(?:[eE][+-]?\d+)?/.source,
  ].join("|"),
  "g",
);

const REF_ERROR = "#REF!";

/** The formula (without "=") as it reads in a cell `offset` away. */
export function shiftFormula(formula: string, offset: Offset): string {
  if (offset.rows === 0 && offset.columns === 0) return formula;
  return formula.replace(TOKEN, (token: string, ...rest: unknown[]) => {
    const groups = rest[rest.length - 1] as Record<string, string | undefined>;
    if (groups.cell !== undefined) {
      const column = shiftColumn(groups.cl ?? "", groups.cd === "$", offset.columns);
      const row = shiftRow(groups.rn ?? "", groups.rd === "$", offset.rows);
      if (column === undefined || row === undefined) return REF_ERROR;
      return `${groups.cd ?? ""}${column}${groups.rd ?? ""}${row}`;
    }
    if (groups.cols !== undefined) {
      const first = shiftColumn(groups.c1 ?? "", groups.c1d === "$", offset.columns);
      const second = shiftColumn(groups.c2 ?? "", groups.c2d === "$", offset.columns);
      if (first === undefined || second === undefined) return REF_ERROR;
      return `${groups.c1d ?? ""}${first}:${groups.c2d ?? ""}${second}`;
    }
    if (groups.rows !== undefined) {
      const first = shiftRow(groups.r1 ?? "", groups.r1d === "$", offset.rows);
      const second = shiftRow(groups.r2 ?? "", groups.r2d === "$", offset.rows);
      if (first === undefined || second === undefined) return REF_ERROR;
      return `${groups.r1d ?? ""}${first}:${groups.r2d ?? ""}${second}`;
    }
    return token;
  });
}

function shiftColumn(letters: string, absolute: boolean, by: number): string | undefined {
  const column = columnNumber(letters);
  if (column === undefined) return undefined;
  if (absolute) return letters;
  const moved = column + by;
  return moved >= 1 && moved <= MAX_COLUMNS ? columnLetters(moved) : undefined;
}

function shiftRow(digits: string, absolute: boolean, by: number): string | undefined {
  if (absolute) return digits;
  const moved = Number(digits) + by;
  return moved >= 1 && moved <= MAX_ROWS ? String(moved) : undefined;
}
