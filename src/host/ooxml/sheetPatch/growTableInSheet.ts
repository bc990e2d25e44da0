// A table grown in a user's worksheet part, as the ExcelJS host grows it (src/host/xlsx/growTable.ts)
// and by the same rules (tableGrowth.ts, cellMoves.ts): the cells of the table's rows from the
// insertion column rightwards shift right, each keeping its value, style and formula; every formula
// of the sheet follows the moved cells (movedFormula); the new columns' cells take the style of the
// column the growth copies (styleSource), headers and values written; appended rows take the styles
// of the table's last row. Conditional formats, validations, merged cells and hyperlinks follow
// (movedSheetRules.ts). A shared formula group is written out cell by cell only when one of its cells
// moves or its references change; one the growth leaves alone stays shared, byte for byte.
//
// What reads these cells from elsewhere (charts, pivot caches, comments, other sheets, defined
// names) is not rewritten: growthRefusals refuses the growth first.

import type { CellPosition, RangeBounds } from "../../../engine/plan/address";
import { formatCellAddress } from "../../../engine/plan/address";
import type { TableGrowth } from "../../../engine/plan/tableGrowth";
import type { PlanScalar } from "../../../engine/plan/types";
import { xmlText } from "../../../engine/sheetValues/xmlText";
import { sheetCellXml } from "../../../xlsxWriter/formulaCellXml";
import { movedFormula, movedRanges } from "../../plan/cellMoves";
import {
  cellFormula,
  sheetFormulas,
  withPlainFormula,
  type CellFormula,
  type SharedGroup,
} from "./cellFormula";
import { coverInDimension } from "./dimension";
import { shiftFormula } from "./formulaShift";
import { moveSheetRules } from "./movedSheetRules";
import { prefixed } from "./patchCells";
import { rewriteRows, type ExistingCell, type PlacedCell } from "./rewriteRows";
import { lastUsedColumnInSheet, styleIndexes } from "./sheetReads";
import { patchingSheet } from "./sheetPatchRefusal";
import { findSheetData, withAttribute } from "./sheetScanner";

/** The sheet part with the table grown; throws SheetPatchRefusal when the part is damaged. */
export function growTableInSheet(xml: string, growth: TableGrowth): string {
  return patchingSheet(growth.sheet, () => grown(xml, growth));
}

function grown(xml: string, growth: TableGrowth): string {
  const { prefix } = findSheetData(xml);
  const { before, after, insertAt } = growth;
  const count = growth.inserted.length;
  const lastUsed = lastUsedColumnInSheet(xml, growth);
  const moves = (position: CellPosition): boolean =>
    count > 0 &&
    position.row >= before.start.row &&
    position.row <= before.end.row &&
    position.column >= insertAt;

  const dissolved = new Map<string, SharedGroup>(
    count === 0
      ? []
      : [...sheetFormulas(xml).shared].filter(([, group]) =>
          group.members.some((member) => moves(member) || changes(group, member, growth)),
        ),
  );
  const placed = newCells(xml, growth, prefix);

  const rewritten = rewriteRows(xml, {
    visitsRow: (row, rowXml) =>
      count > 0 &&
      ((row >= before.start.row && row <= before.end.row) || rowXml.includes(`<${prefix}f`)),
    existing: (cell) => movedCell(cell, growth, moves, dissolved, prefix),
    placed,
  });
  const band: RangeBounds[] =
    count > 0 && lastUsed >= insertAt
      ? [
          {
            start: { row: before.start.row, column: insertAt },
            end: { row: before.end.row, column: lastUsed + count },
          },
        ]
      : [];
  return coverInDimension(moveSheetRules(rewritten, growth), [after, ...band]);
}

/** Whether a shared member's formula reads differently once references follow the moved cells. */
function changes(group: SharedGroup, member: CellPosition, growth: TableGrowth): boolean {
  const formula = memberFormula(group, member);
  return movedFormula(formula, growth) !== formula;
}

function memberFormula(group: SharedGroup, member: CellPosition): string {
  return shiftFormula(group.formula, {
    rows: member.row - group.master.row,
    columns: member.column - group.master.column,
  });
}

/** The new columns' cells and the appended rows, by row then column of the grown sheet. */
function newCells(
  xml: string,
  growth: TableGrowth,
  prefix: string,
): Map<number, Map<number, PlacedCell>> {
  const { before, after, insertAt } = growth;
  const count = growth.inserted.length;
  const source = growth.styleSource ?? (insertAt > before.start.column ? insertAt - 1 : undefined);
  const lastRow = before.end.row;
  // Where a column of the grown table stood before, for the look of the appended rows' cells.
  const originalColumn = (column: number): number | undefined => {
    if (count === 0 || column < insertAt) return column;
    return column < insertAt + count ? source : column - count;
  };
  const wanted: CellPosition[] = [];
  if (count > 0 && source !== undefined)
    for (let row = before.start.row; row <= before.end.row; row++)
      wanted.push({ row, column: source });
  if (growth.appended.length > 0)
    for (let column = after.start.column; column <= after.end.column; column++) {
      const original = originalColumn(column);
      if (original !== undefined) wanted.push({ row: lastRow, column: original });
    }
  const styles = styleIndexes(xml, wanted);
  const styleAt = (row: number, column: number | undefined): number =>
    column === undefined ? 0 : (styles.get(`${row}:${column}`) ?? 0);

  const placed = new Map<number, Map<number, PlacedCell>>();
  const place = (row: number, column: number, value: PlanScalar, format: number): void => {
    const cells = placed.get(row) ?? new Map<number, PlacedCell>();
    const reference = formatCellAddress({ row, column });
    cells.set(column, () => prefixed(sheetCellXml({ reference, value, format }), prefix));
    placed.set(row, cells);
  };
  for (let row = before.start.row; row <= before.end.row; row++) {
    growth.inserted.forEach((inserted, index) => {
      const value =
        row === before.start.row
          ? inserted.header
          : (inserted.values[row - before.start.row - 1] ?? null);
      place(row, insertAt + index, value, styleAt(row, source));
    });
  }
  growth.appended.forEach((values, index) => {
    values.forEach((value, offset) => {
      const column = after.start.column + offset;
      place(lastRow + 1 + index, column, value, styleAt(lastRow, originalColumn(column)));
    });
  });
  return placed;
}

/** An existing cell once the table grew: moved right if it stands in the band, its formula followed. */
function movedCell(
  cell: ExistingCell,
  growth: TableGrowth,
  moves: (position: CellPosition) => boolean,
  dissolved: ReadonlyMap<string, SharedGroup>,
  prefix: string,
): { column: number; xml: string } | undefined {
  const position = { row: cell.row, column: cell.column };
  const column = moves(position) ? cell.column + growth.inserted.length : cell.column;
  let xml = cell.xml;
  const formula = cellFormula(xml, prefix);
  if (formula !== undefined) xml = withMovedFormula(xml, formula, position, growth, dissolved);
  if (column !== cell.column) {
    const tagEnd = xml.indexOf(">") + 1;
    const tag = withAttribute(
      xml.slice(0, tagEnd),
      "r",
      formatCellAddress({ row: cell.row, column }),
    );
    xml = tag + xml.slice(tagEnd);
  }
  return xml === cell.xml ? undefined : { column, xml };
}

function withMovedFormula(
  cellXml: string,
  formula: CellFormula,
  position: CellPosition,
  growth: TableGrowth,
  dissolved: ReadonlyMap<string, SharedGroup>,
): string {
  if (formula.type === "shared") {
    const group = dissolved.get(formula.sharedIndex ?? "");
    if (group === undefined) return cellXml;
    const text = movedFormula(memberFormula(group, position), growth);
    return withPlainFormula(cellXml, formula, text);
  }
  const text = movedFormula(formula.text, growth);
  const ref = formula.ref === undefined ? undefined : movedRanges(formula.ref, growth);
  if (text === formula.text && ref === formula.ref) return cellXml;
  const name = /^<([^\s/>]+)/.exec(formula.startTag)?.[1] ?? "f";
  const startTag =
    ref === undefined ? formula.startTag : withAttribute(formula.startTag, "ref", ref);
  const element = `${startTag.replace(/\s*\/>$/, ">")}${xmlText(text)}</${name}>`;
  return cellXml.slice(0, formula.start) + element + cellXml.slice(formula.end);
}
