// The whole worksheet part of a sheet the runner generates, from its plan: cells (values, and
// formulas with their cached values, in the portable dialect), table header rows, column widths,
// frozen panes, tab colour, validations, conditional formats, protection, print settings, and the
// references to its table parts and its drawing of charts. Elements follow CT_Worksheet's
// sequence (ECMA-376 Part 1, 18.3.1.99), which Excel enforces.

import {
  formatCellAddress,
  formatRange,
  parseCellAddress,
  parseRange,
  rangePositions,
  type CellPosition,
  type RangeBounds,
} from "../engine/plan/address";
import type { CellPlan, SheetPlan } from "../engine/plan/types";
import type { StyleTable } from "./cellLook";
import { sheetCellXml } from "./formulaCellXml";
import { argb, RELATIONSHIP_NS, SPREADSHEET_NS, XML_HEADER } from "./ooxml";
import {
  conditionalFormatsXml,
  dataValidationsXml,
  pageSetupXml,
  SHEET_PROTECTION_XML,
} from "./sheetRulesXml";
import type { CellLook } from "./styleParts";
import type { StylesBuilder } from "./stylesBuilder";
import { sheetViewXml } from "./sheetViewXml";
import { columnsXml } from "./worksheetXml";

/** The relationship ids, in the sheet's rels, of the parts it refers to. */
export interface SheetPartIds {
  /** The drawing holding the sheet's charts, when it has any. */
  readonly drawing?: string;
  /** The table parts, in the plan's table order. */
  readonly tables: readonly string[];
}

export interface GeneratedSheetOptions {
  readonly styles: StyleTable;
  readonly builder: StylesBuilder;
  /** Whether the plan's protection has been applied (the interpreter's protect-sheet step). */
  readonly protectedSheet: boolean;
  readonly parts: SheetPartIds;
  /** The sheet is the tab the workbook opens on. */
  readonly selected: boolean;
  /** The range selected on it. */
  readonly selection?: RangeBounds;
}

interface LaidCell {
  readonly position: CellPosition;
  readonly plan: CellPlan | undefined;
  readonly look: CellLook;
  /** Equal for cells of equal looks: the style id, the number format, whether unlocked. */
  readonly lookKey: string;
}

export function generatedSheetXml(sheet: SheetPlan, options: GeneratedSheetOptions): string {
  const protection = options.protectedSheet ? sheet.protection : undefined;
  const cells = laidCells(sheet, options.styles, protection?.unlockedRanges ?? []);
  const rows = new Map<number, LaidCell[]>();
  for (const cell of cells) {
    const row = rows.get(cell.position.row);
    if (row === undefined) rows.set(cell.position.row, [cell]);
    else row.push(cell);
  }
  // A sheet has a few looks and up to a hundred thousand cells: each look's format is found once.
  const formats = new Map<string, number>();
  const formatOf = (cell: LaidCell): number => {
    const known = formats.get(cell.lookKey);
    if (known !== undefined) return known;
    const format = options.builder.cellFormat(cell.look);
    formats.set(cell.lookKey, format);
    return format;
  };
  const rowXml = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([row, rowCells]) => {
      const sorted = [...rowCells].sort((a, b) => a.position.column - b.position.column);
      return `<row r="${row}">${sorted.map((cell) => cellXml(cell, formatOf(cell))).join("")}</row>`;
    });
  return [
    `${XML_HEADER}<worksheet xmlns="${SPREADSHEET_NS}" xmlns:r="${RELATIONSHIP_NS}">`,
    sheetPropertiesXml(sheet),
    `<dimension ref="${dimension(cells)}"/>`,
    sheetViewXml({
      ...(sheet.freeze === undefined ? {} : { freeze: sheet.freeze }),
      selected: options.selected,
      ...(options.selection === undefined ? {} : { selection: options.selection }),
    }),
    '<sheetFormatPr defaultRowHeight="15"/>',
    columnsXml(sheet),
    `<sheetData>${rowXml.join("")}</sheetData>`,
    protection === undefined ? "" : SHEET_PROTECTION_XML,
    conditionalFormatsXml(sheet.conditionalFormats ?? [], options.builder),
    dataValidationsXml(sheet.validations ?? []),
    pageSetupXml(sheet.print),
    options.parts.drawing === undefined ? "" : `<drawing r:id="${options.parts.drawing}"/>`,
    options.parts.tables.length === 0
      ? ""
      : `<tableParts count="${options.parts.tables.length}">${options.parts.tables.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`,
    "</worksheet>",
  ].join("");
}

// Laid in the order a host writes them: the tables' header names, then the plan's cells (a later
// cell at the same address wins), then the unlocked ranges of its protection (cells there exist
// even when blank, to carry their unlocked format).
function laidCells(
  sheet: SheetPlan,
  styles: StyleTable,
  unlockedRanges: readonly string[],
): LaidCell[] {
  const byAddress = new Map<string, LaidCell>();
  for (const table of sheet.tables ?? []) {
    const bounds = requireRange(table.range);
    table.columns.forEach((name, index) => {
      const position = { row: bounds.start.row, column: bounds.start.column + index };
      byAddress.set(formatCellAddress(position), {
        position,
        plan: { address: formatCellAddress(position), value: name },
        look: {},
        lookKey: "",
      });
    });
  }
  for (const cell of sheet.cells) {
    const position = parseCellAddress(cell.address);
    if (position === undefined)
      throw new RangeError(
        `the cell "${cell.address}" of the sheet "${sheet.name}" is not an A1 address`,
      );
    byAddress.set(formatCellAddress(position), {
      position,
      plan: cell,
      look: lookOf(cell, styles),
      lookKey: `${cell.style ?? ""}\u0000${cell.numberFormat ?? ""}`,
    });
  }
  for (const range of unlockedRanges) {
    for (const position of rangePositions(requireRange(range))) {
      const address = formatCellAddress(position);
      const laid = byAddress.get(address);
      byAddress.set(address, {
        position,
        plan: laid?.plan,
        look: { ...(laid?.look ?? {}), locked: false },
        lookKey: `${laid?.lookKey ?? ""}\u0000unlocked`,
      });
    }
  }
  return [...byAddress.values()];
}

function lookOf(cell: CellPlan, styles: StyleTable): CellLook {
  const named = cell.style === undefined ? {} : (styles[cell.style] ?? {});
  return cell.numberFormat === undefined ? named : { ...named, numberFormat: cell.numberFormat };
}

function cellXml(cell: LaidCell, format: number): string {
  const formula = cell.plan?.formula?.portable.slice(1);
  return sheetCellXml({
    reference: formatCellAddress(cell.position),
    value: cell.plan?.value ?? null,
    ...(formula === undefined ? {} : { formula }),
    format,
  });
}

function sheetPropertiesXml(sheet: SheetPlan): string {
  const tab = sheet.tabColour === undefined ? "" : `<tabColor rgb="${argb(sheet.tabColour)}"/>`;
  const fit = sheet.print?.fitToWidth === true ? '<pageSetUpPr fitToPage="1"/>' : "";
  return tab === "" && fit === "" ? "" : `<sheetPr>${tab}${fit}</sheetPr>`;
}

// A loop, not Math.min(...): an Indicators sheet holds more cells than a call takes arguments.
function dimension(cells: readonly LaidCell[]): string {
  const [first] = cells;
  if (first === undefined) return "A1";
  const start = { ...first.position };
  const end = { ...first.position };
  for (const { position } of cells) {
    start.row = Math.min(start.row, position.row);
    start.column = Math.min(start.column, position.column);
    end.row = Math.max(end.row, position.row);
    end.column = Math.max(end.column, position.column);
  }
  return formatRange({ start, end });
}

function requireRange(range: string): RangeBounds {
  const bounds = parseRange(range);
  if (bounds === undefined) throw new RangeError(`"${range}" is not a range`);
  return bounds;
}
