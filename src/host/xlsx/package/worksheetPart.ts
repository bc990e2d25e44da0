// A worksheet part's cells (<sheetData>), each as its value and its style index. A cell's value is
// what the file stores for it: a formula cell's cached result (the formula itself, shared or not,
// is not read), a shared string's text, an inline string's text. Cells and rows without an r
// attribute follow the one before them, as the format allows.

import { parseCellAddress } from "../../../engine/plan/address";
import type { CellValue } from "../../../engine/sheetValues";
import { cellValue } from "./cellValue";
import { StringItemText } from "./cellText";
import { SPREADSHEET } from "./namespaces";
import type { Styles } from "./stylesPart";
import { parseXmlPart } from "./xmlStream";

export interface StoredCell {
  readonly value: CellValue;
  /** Index into the workbook's cell formats (the s attribute; 0 when absent). */
  readonly styleIndex: number;
}

/** The cells of one sheet, found by position; blank cells may be absent. */
export class SheetCells {
  private readonly cells = new Map<number, StoredCell>();

  at(row: number, column: number): StoredCell | undefined {
    return this.cells.get(cellKey(row, column));
  }

  set(row: number, column: number, cell: StoredCell): void {
    this.cells.set(cellKey(row, column), cell);
  }

  /** Every stored cell with its position, in no particular order. */
  *entries(): IterableIterator<{ row: number; column: number; cell: StoredCell }> {
    for (const [key, cell] of this.cells)
      yield { row: Math.floor(key / COLUMN_SPAN), column: key % COLUMN_SPAN, cell };
  }
}

/** More than Excel's 16,384 columns, so row * span + column is one number per cell. */
const COLUMN_SPAN = 1 << 15;

function cellKey(row: number, column: number): number {
  return row * COLUMN_SPAN + column;
}

export interface CellContext {
  readonly sharedStrings: readonly string[];
  readonly styles: Styles;
  readonly date1904: boolean;
}

export function readWorksheetPart(
  path: string,
  bytes: Uint8Array,
  context: CellContext,
): SheetCells {
  const cells = new SheetCells();
  let row = 0;
  let column = 0;
  let cell: { type: string; styleIndex: number; value?: string; inline?: string } | undefined;
  let inValue = false;
  let inline: StringItemText | undefined;
  parseXmlPart(path, bytes, {
    open(element) {
      if (element.uri !== SPREADSHEET) return;
      if (inline !== undefined) {
        inline.open(element);
        return;
      }
      switch (element.local) {
        case "row": {
          const number = Number(element.attribute("r"));
          row = Number.isInteger(number) && number > 0 ? number : row + 1;
          column = 0;
          return;
        }
        case "c": {
          const position = parseCellAddress(element.attribute("r") ?? "");
          if (position === undefined) column++;
          else {
            row = position.row;
            column = position.column;
          }
          cell = {
            type: element.attribute("t") ?? "n",
            styleIndex: Number(element.attribute("s") ?? "0") || 0,
          };
          return;
        }
        case "v":
          if (cell !== undefined) {
            inValue = true;
            cell.value = "";
          }
          return;
        case "is":
          if (cell !== undefined) inline = new StringItemText();
          return;
      }
    },
    text(text) {
      if (inline !== undefined) inline.text(text);
      else if (inValue && cell !== undefined) cell.value = (cell.value ?? "") + text;
    },
    close(element) {
      if (element.uri !== SPREADSHEET) return;
      if (element.local === "is" && inline !== undefined && cell !== undefined) {
        cell.inline = inline.take();
        inline = undefined;
      } else if (inline !== undefined) inline.close(element);
      else if (element.local === "v") inValue = false;
      else if (element.local === "c" && cell !== undefined) {
        const value = cellValue(cell.type, cell.value, cell.inline, cell.styleIndex, context);
        if (value !== null) cells.set(row, column, { value, styleIndex: cell.styleIndex });
        else if (cell.styleIndex !== 0)
          cells.set(row, column, { value: null, styleIndex: cell.styleIndex });
        cell = undefined;
      }
    },
  });
  return cells;
}
