// Arguments as Excel hands them to a custom function, turned into the engine's CellValue.
// Excel passes a range as rows of cells, a single cell or constant as a bare value, an omitted
// optional argument as null, and, because functions.json allows errors and data types for
// `any` parameters, an error cell or a data-type cell as an object. These functions accept all
// of them and anything else without throwing: an object they do not recognise reads as #VALUE!.

import { cellErrorOf, isBlank, type CellError, type CellValue } from "../engine/sheetValues";

/** Rows of cells, every row as long as the first. */
export type CellMatrix = readonly (readonly CellValue[])[];

export interface Shape {
  readonly rows: number;
  readonly columns: number;
}

const UNRECOGNISED: CellError = { errorCode: "#VALUE!" };

/**
 * One cell as the engine reads it. Errors arrive as a CustomFunctions.Error-like `{ code }`
 * (allowErrorForDataTypeAny) or as an Excel.ErrorCellValue `{ type: "Error", basicValue }`
 * (allowCustomDataForDataTypeAny, which the metadata generator sets); other data types (formatted
 * numbers, entities) arrive as `{ type, basicValue }` and count as their basic value.
 */
export function toCellValue(raw: unknown): CellValue {
  // Kept tiny so that the JIT inlines it into the loops over 100,000-cell ranges.
  if (typeof raw === "number" || typeof raw === "string" || typeof raw === "boolean") return raw;
  return raw === null || raw === undefined ? null : otherCellValue(raw);
}

function otherCellValue(raw: unknown): CellValue {
  return typeof raw === "object" && raw !== null ? objectCellValue(raw) : UNRECOGNISED;
}

function objectCellValue(raw: object): CellValue {
  const fields = raw as Record<string, unknown>;
  const errorCode = fields.errorCode ?? fields.code;
  if (typeof errorCode === "string") return cellErrorOf(errorCode);
  if (fields.type === "Error") {
    return typeof fields.basicValue === "string" ? cellErrorOf(fields.basicValue) : UNRECOGNISED;
  }
  const basic = fields.basicValue;
  if (typeof basic === "number" || typeof basic === "string" || typeof basic === "boolean")
    return basic;
  return UNRECOGNISED;
}

/**
 * An argument as rows of raw cells, without copying a range: a range stays as it is; a single
 * value becomes 1×1; a flat array (a one-row constant in some hosts) becomes one row. Rows may
 * be ragged; `shapeOfRows` takes the longest, and a missing cell reads as a blank.
 */
export function asRows(raw: unknown): readonly (readonly unknown[])[] {
  if (!Array.isArray(raw)) return [[raw]];
  if (raw.length === 0) return [[null]];
  // Excel passes a range as rows; checking the first one keeps this O(1) on a 100,000-row column.
  // Readers treat a later row that is not an array as a blank row.
  return Array.isArray(raw[0]) ? (raw as unknown[][]) : [raw as unknown[]];
}

/** The cells of one row as read from asRows' result: anything that is not an array reads as a blank row. */
export function rowAt(rows: readonly (readonly unknown[])[], index: number): readonly unknown[] {
  const row: unknown = rows[index];
  return Array.isArray(row) ? (row as unknown[]) : NO_CELLS;
}

/** A row without cells: every read from it is a blank. */
export const NO_CELLS: readonly unknown[] = [];

export function shapeOfRows(rows: readonly (readonly unknown[])[]): Shape {
  let columns = 1;
  for (let index = 0; index < rows.length; index++) {
    const length = rowAt(rows, index).length;
    if (length > columns) columns = length;
  }
  return { rows: rows.length, columns };
}

/**
 * An argument as a rectangle of engine cells (see asRows); ragged rows are padded with blanks.
 */
export function toMatrix(raw: unknown): CellValue[][] {
  const rows = asRows(raw);
  const { columns } = shapeOfRows(rows);
  return rows.map((_, index) => {
    const cells = rowAt(rows, index).map(toCellValue);
    while (cells.length < columns) cells.push(null);
    return cells;
  });
}

/** One cell from an argument that is meant to be a single value (a range gives its top-left cell). */
export function toSingleCell(raw: unknown): CellValue {
  let cell: unknown = raw;
  while (Array.isArray(cell)) cell = (cell as unknown[])[0];
  return toCellValue(cell);
}

/** Every cell of a matrix, row by row. */
export function cellsOf(matrix: CellMatrix): CellValue[] {
  return matrix.flat();
}

export function shapeOf(matrix: CellMatrix): Shape {
  return { rows: matrix.length, columns: matrix[0]?.length ?? 0 };
}

export function sameShape(a: Shape, b: Shape): boolean {
  return a.rows === b.rows && a.columns === b.columns;
}

/** "3 rows × 1 column", as a message names a shape. */
export function describeShape(shape: Shape): string {
  return `${shape.rows} ${shape.rows === 1 ? "row" : "rows"} × ${shape.columns} ${shape.columns === 1 ? "column" : "columns"}`;
}

/** True when an optional argument was left out (Excel passes null) or given as an empty cell. */
export function isOmitted(raw: unknown): boolean {
  return isBlank(toSingleCell(raw));
}
