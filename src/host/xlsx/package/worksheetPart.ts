// A worksheet part's cells (<sheetData>), each as its value and its style index. A cell's value is
// what the file stores for it: a formula cell's cached result (the formula itself, shared or not,
// is not read), a shared string's text, an inline string's text. Cells and rows without an r
// attribute follow the one before them, as the format allows.

import { parseCellAddress } from "../../../engine/plan/address";
import { cellValue } from "./cellValue";
import { SheetCells } from "./sheetCells";
import { StringItemText } from "./cellText";
import { SPREADSHEET } from "./namespaces";
import type { Styles } from "./stylesPart";
import { parseXmlPart } from "./xmlStream";

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
        if (value !== null || cell.styleIndex !== 0)
          cells.store(row, column, value, cell.styleIndex);
        cell = undefined;
      }
    },
  });
  return cells;
}
