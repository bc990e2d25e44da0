// The <f> element of one <c>, and the sheet's shared and array formulas found in one pass: what a
// patch must know before it overwrites a cell (ECMA-376 Part 1, 18.3.1.40: a shared formula's
// master holds the text and the ref of its group, members only t="shared" and si; an array
// formula's anchor holds t="array" and the ref it fills).

import { unescapeXml } from "../../xlsx/xml";
import { xmlText } from "../../../engine/sheetValues/xmlText";
import {
  parseCellAddress,
  parseRange,
  type CellPosition,
  type RangeBounds,
} from "../../../engine/plan/address";
import { attributeOf, findSheetData, rowCells, sheetRows, tagEndAt } from "./sheetScanner";

export interface CellFormula {
  /** Offsets of the <f> element inside the cell's text. */
  readonly start: number;
  readonly end: number;
  readonly startTag: string;
  /** The formula text, unescaped; "" for a shared member. */
  readonly text: string;
  readonly type: string | undefined;
  readonly sharedIndex: string | undefined;
  readonly ref: string | undefined;
}

/** The cell's <f>, undefined when it holds none. */
export function cellFormula(cellXml: string, prefix: string): CellFormula | undefined {
  const open = findFormulaTag(cellXml, prefix);
  if (open < 0) return undefined;
  const tagEnd = tagEndAt(cellXml, open);
  const startTag = cellXml.slice(open, tagEnd);
  let end = tagEnd;
  let text = "";
  if (!startTag.endsWith("/>")) {
    const closing = `</${prefix}f>`;
    const close = cellXml.indexOf(closing, tagEnd);
    end = close + closing.length;
    text = unescapeXml(cellXml.slice(tagEnd, close));
  }
  return {
    start: open,
    end,
    startTag,
    text,
    type: attributeOf(startTag, "t"),
    sharedIndex: attributeOf(startTag, "si"),
    ref: attributeOf(startTag, "ref"),
  };
}

function findFormulaTag(cellXml: string, prefix: string): number {
  const name = `<${prefix}f`;
  let index = cellXml.indexOf(name);
  while (index >= 0) {
    const after = cellXml[index + name.length];
    if (after === ">" || after === "/" || after === " " || after === "\t" || after === "\n")
      return index;
    index = cellXml.indexOf(name, index + 1);
  }
  return -1;
}

/**
 * The cell with its <f> replaced by a plain formula of this text (the element's other attributes,
 * such as ca="1", kept; t, si and ref dropped).
 */
export function withPlainFormula(cellXml: string, formula: CellFormula, text: string): string {
  const attributes = formula.startTag
    .replace(/^<[^\s/>]+/, "")
    .replace(/\/?>$/, "")
    .replace(/\s+(t|si|ref)\s*=\s*("[^"]*"|'[^']*')/g, "");
  const name = /^<([^\s/>]+)/.exec(formula.startTag)?.[1] ?? "f";
  const element = `<${name}${attributes.trimEnd()}>${xmlText(text)}</${name}>`;
  return cellXml.slice(0, formula.start) + element + cellXml.slice(formula.end);
}

export interface SharedGroup {
  readonly master: CellPosition;
  readonly formula: string;
  /** The cells the group may hold (its master's ref). */
  readonly bounds: RangeBounds;
  /** The cells that use it, the master first. */
  readonly members: readonly CellPosition[];
}

export interface ArrayFormula {
  readonly anchor: CellPosition;
  readonly ref: string;
  readonly bounds: RangeBounds;
}

export interface SheetFormulas {
  /** By si. */
  readonly shared: ReadonlyMap<string, SharedGroup>;
  readonly arrays: readonly ArrayFormula[];
}

/**
 * The shared groups (master and members) and the array formulas. Only <f> elements with attributes
 * can belong to either, so those are found by searching the text and their cells' r read back from
 * the cell's start tag;
 * a sheet whose cells go without r (allowed, rare) is walked row by row instead.
 */
export function sheetFormulas(xml: string): SheetFormulas {
  const data = findSheetData(xml);
  const found: { position: CellPosition; formula: CellFormula }[] = [];
  const opening = `<${data.prefix}f `;
  const cellOpening = `<${data.prefix}c`;
  for (
    let index = startTagAt(xml, opening, data.contentStart);
    index >= 0 && index < data.contentEnd;
    index = startTagAt(xml, opening, index + 1)
  ) {
    const tagEnd = tagEndAt(xml, index);
    const tag = xml.slice(index, tagEnd);
    if (attributeOf(tag, "ref") === undefined && attributeOf(tag, "t") !== "shared") continue;
    const cellStart = xml.lastIndexOf(cellOpening, index);
    const position = parseCellAddress(
      attributeOf(xml.slice(cellStart, tagEndAt(xml, cellStart)), "r") ?? "",
    );
    if (position === undefined) return walkedFormulas(xml);
    const closing = `</${data.prefix}f>`;
    const end = xml[tagEnd - 2] === "/" ? tagEnd : xml.indexOf(closing, tagEnd) + closing.length;
    const formula = cellFormula(xml.slice(index, end), data.prefix);
    if (formula !== undefined) found.push({ position, formula });
  }
  return grouped(found);
}

/**
 * The first `opening` ("<f ") at or after `from`, -1 if none; searched for without its "<", which
 * starts every tag of a sheet and would stop the search at each (four times slower on a long list).
 */
function startTagAt(xml: string, opening: string, from: number): number {
  const name = opening.slice(1);
  for (let at = xml.indexOf(name, from + 1); at >= 0; at = xml.indexOf(name, at + 1))
    if (xml.charCodeAt(at - 1) === 60) return at - 1;
  return -1;
}

function walkedFormulas(xml: string): SheetFormulas {
  const data = findSheetData(xml);
  const found: { position: CellPosition; formula: CellFormula }[] = [];
  for (const row of sheetRows(xml, data)) {
    for (const cell of rowCells(xml, row, data.prefix)) {
      const formula = cellFormula(xml.slice(cell.start, cell.end), data.prefix);
      if (formula?.ref !== undefined || formula?.type === "shared")
        found.push({ position: { row: cell.row, column: cell.column }, formula });
    }
  }
  return grouped(found);
}

function grouped(
  found: readonly { position: CellPosition; formula: CellFormula }[],
): SheetFormulas {
  const shared = new Map<string, SharedGroup & { members: CellPosition[] }>();
  const arrays: ArrayFormula[] = [];
  for (const { position, formula } of found) {
    if (formula.ref === undefined) continue;
    const bounds = parseRange(formula.ref) ?? { start: position, end: position };
    if (formula.type === "array") arrays.push({ anchor: position, ref: formula.ref, bounds });
    else if (formula.type === "shared" && formula.sharedIndex !== undefined)
      shared.set(formula.sharedIndex, {
        master: position,
        formula: formula.text,
        bounds,
        members: [position],
      });
  }
  for (const { position, formula } of found) {
    if (formula.type !== "shared" || formula.ref !== undefined) continue;
    shared.get(formula.sharedIndex ?? "")?.members.push(position);
  }
  return { shared, arrays };
}
