// Why a table may not grow in a user's package: growing moves the cells of the table's rows right
// of the insertion, and the patcher rewrites only the grown sheet (its cells, formulas, formats,
// validations, links). Anything elsewhere in the package that points at the moving cells would be
// left pointing at the wrong ones, so the growth is refused, naming the part: a chart series
// (c:f in xl/charts/), a pivot cache's worksheet source or a pivot table standing in the band, a
// comment or threaded comment anchored there, a picture, chart or shape of the sheet's drawing
// anchored among them (its cells would move from under it: decision 0031), a formula of another
// sheet (the grown sheet's own follow the cells, qualified with its name or not), or a defined
// name, the print area and the autofilter's hidden `_xlnm._FilterDatabase` named as such. Parts
// the save rewrites itself (the runner's own sheets and names) are not asked.

import {
  formatRange,
  MAX_COLUMNS,
  parseCellAddress,
  parseRange,
  qualifiedAddress,
  rangesOverlap,
  type RangeBounds,
} from "../../../engine/plan/address";
import {
  englishText,
  phrase,
  type Phrase,
  type ProblemCode,
} from "../../../engine/language/problemTexts";
import { sameName } from "../../../engine/plan/names";
import type { TableGrowth } from "../../../engine/plan/tableGrowth";
import {
  folderOf,
  packagePath,
  readRelationships,
  relationshipsPathOf,
} from "../../xlsx/packageParts";
import { elementsAttributes, unescapeXml } from "../../xlsx/xml";
import { drawingAnchors, type DrawingContent } from "./drawingAnchors";
import { shiftFormula } from "./formulaShift";
import { qualifiedReferences } from "./qualifiedReferences";

export interface GrowthPackage {
  /** Every part's path in the package ("xl/charts/chart1.xml"). */
  readonly partPaths: readonly string[];
  /** A part's text; undefined when the package has no such part. */
  readonly partText: (path: string) => string | undefined;
  /** The grown sheet's worksheet part. */
  readonly sheetPath: string;
  /** Parts the save writes anew (the runner's own sheets), whose references it rebuilds. */
  readonly rewrittenParts?: readonly string[];
  /** Defined names the runner owns and writes anew. */
  readonly ownedNames?: readonly string[];
}

/** The cells a growth moves: the table's rows from the insertion column to the sheet's edge. */
export function movedBounds(growth: TableGrowth): RangeBounds | undefined {
  if (growth.inserted.length === 0) return undefined;
  return {
    start: { row: growth.before.start.row, column: growth.insertAt },
    end: { row: growth.before.end.row, column: MAX_COLUMNS },
  };
}

/** One sentence per part that points at cells the growth would move, in English. */
export function growthRefusals(pack: GrowthPackage, growth: TableGrowth): string[] {
  return growthRefusalPhrases(pack, growth).map(englishText);
}

/** One sentence per part that points at cells the growth would move; empty when it may grow. */
export function growthRefusalPhrases(pack: GrowthPackage, growth: TableGrowth): Phrase[] {
  const moved = movedBounds(growth);
  if (moved === undefined) return [];
  const would = phrase("growth.wouldMove", { table: growth.table });
  const touches = (sheet: string, bounds: RangeBounds): boolean =>
    sameName(sheet, growth.sheet) && rangesOverlap(bounds, moved);
  const shown = (bounds: RangeBounds): string =>
    qualifiedAddress(growth.sheet, formatRange(bounds));
  const rewritten = new Set(pack.rewrittenParts ?? []);
  const refusals: Phrase[] = [];

  for (const path of pack.partPaths.filter((part) => /^xl\/charts\/chart[^/]*\.xml$/i.test(part))) {
    const hit = formulaTexts(pack.partText(path) ?? "", "f")
      .flatMap(qualifiedReferences)
      .find((reference) => touches(reference.sheet, reference.bounds));
    if (hit !== undefined)
      refusals.push(phrase("growth.chart", { path, cells: shown(hit.bounds), would }));
  }

  for (const path of pack.partPaths.filter((part) =>
    /^xl\/pivotCache\/pivotCacheDefinition[^/]*\.xml$/i.test(part),
  )) {
    for (const source of elementsAttributes(pack.partText(path) ?? "", "worksheetSource")) {
      const bounds = parseRange(source.ref ?? "");
      if (bounds !== undefined && source.sheet !== undefined && touches(source.sheet, bounds))
        refusals.push(phrase("growth.pivotCache", { path, cells: shown(bounds), would }));
    }
  }

  for (const { kind, path } of sheetRelationships(pack, pack.sheetPath)) {
    const xml = pack.partText(path) ?? "";
    if (kind === "drawing") {
      for (const anchor of drawingAnchors(xml).filter((found) =>
        rangesOverlap(found.bounds, moved),
      ))
        refusals.push(
          phrase("growth.drawing", {
            shows: phrase(DRAWING_WORDS[anchor.shows]),
            path,
            cells: shown(anchor.bounds),
            would,
          }),
        );
      continue;
    }
    if (kind === "pivotTable") {
      const location = elementsAttributes(xml, "location")[0]?.ref;
      const bounds = parseRange(location ?? "");
      if (bounds !== undefined && rangesOverlap(bounds, moved))
        refusals.push(phrase("growth.pivotTable", { path, cells: shown(bounds), would }));
      continue;
    }
    const element =
      kind === "comments" ? "comment" : kind === "threadedComment" ? "threadedComment" : undefined;
    if (element === undefined) continue;
    const anchored = elementsAttributes(xml, element)
      .map((attributes) => parseCellAddress(attributes.ref ?? ""))
      .find(
        (position) =>
          position !== undefined && rangesOverlap({ start: position, end: position }, moved),
      );
    if (anchored !== undefined)
      refusals.push(
        phrase(element === "comment" ? "growth.comment" : "growth.threadedComment", {
          cell: shown({ start: anchored, end: anchored }),
          path,
          table: growth.table,
        }),
      );
  }

  const sheetNames = worksheetNames(pack);
  for (const path of pack.partPaths.filter((part) => /^xl\/worksheets\/[^/]+\.xml$/i.test(part))) {
    // The grown sheet's own formulas follow the moved cells, qualified or not.
    if (rewritten.has(path) || path.toLowerCase() === pack.sheetPath.toLowerCase()) continue;
    const hit = sheetFormulaReferences(pack.partText(path) ?? "").find((found) =>
      touches(found.sheet, found.bounds),
    );
    if (hit === undefined) continue;
    const where = sheetNames.get(path);
    const cell = where === undefined ? hit.cell : qualifiedAddress(where, hit.cell);
    refusals.push(phrase("growth.formula", { cell, path, cells: shown(hit.bounds), would }));
  }

  const owned = pack.ownedNames ?? [];
  const workbook = pack.partText("xl/workbook.xml") ?? "";
  for (const match of workbook.matchAll(
    /<(?:\w+:)?definedName\s([^>]*)>([^<]*)<\/(?:\w+:)?definedName>/g,
  )) {
    const name = /\bname="([^"]*)"/.exec(match[1] ?? "")?.[1] ?? "";
    if (owned.some((ownedName) => sameName(ownedName, unescapeXml(name)))) continue;
    const hit = qualifiedReferences(unescapeXml(match[2] ?? "")).find((reference) =>
      touches(reference.sheet, reference.bounds),
    );
    if (hit !== undefined)
      refusals.push(definedNameRefusal(unescapeXml(name), shown(hit.bounds), would));
  }
  return refusals;
}

/** What a drawing anchor holds, in the words of the problem catalogue. */
const DRAWING_WORDS = {
  picture: "drawing.picture",
  chart: "drawing.chart",
  graphic: "drawing.graphic",
  shape: "drawing.shape",
  drawing: "drawing.drawing",
} as const satisfies Record<DrawingContent, ProblemCode>;

/** Excel's own names say what they are: the print area, the range a sheet's autofilter filters. */
function definedNameRefusal(name: string, cells: string, would: Phrase): Phrase {
  if (sameName(name, "_xlnm.Print_Area")) return phrase("growth.printArea", { cells, would });
  if (sameName(name, "_xlnm._FilterDatabase")) return phrase("growth.autofilter", { cells, would });
  return phrase("growth.definedName", { name, cells, would });
}

/** The texts of every element of this local name, any prefix ("c:f", "cx:f"), unescaped. */
function formulaTexts(xml: string, local: string): string[] {
  const pattern = new RegExp(`<(?:\\w+:)?${local}(?:\\s[^>]*)?>([^<]*)</(?:\\w+:)?${local}>`, "g");
  return [...xml.matchAll(pattern)].map((match) => unescapeXml(match[1] ?? ""));
}

/** The parts a worksheet links to, by the last segment of their relationship type. */
function sheetRelationships(
  pack: GrowthPackage,
  sheetPath: string,
): { kind: string; path: string }[] {
  const rels = pack.partText(relationshipsPathOf(sheetPath));
  if (rels === undefined) return [];
  return readRelationships(rels).map(({ type, target }) => ({
    kind: type.slice(type.lastIndexOf("/") + 1),
    path: packagePath(folderOf(sheetPath), target),
  }));
}

/** Worksheet part → its sheet's name, from xl/workbook.xml and its relationships. */
function worksheetNames(pack: GrowthPackage): Map<string, string> {
  const names = new Map<string, string>();
  const workbook = pack.partText("xl/workbook.xml");
  const rels = pack.partText("xl/_rels/workbook.xml.rels");
  if (workbook === undefined || rels === undefined) return names;
  const targets = new Map(readRelationships(rels).map(({ id, target }) => [id, target]));
  for (const sheet of elementsAttributes(workbook, "sheet")) {
    const id = Object.entries(sheet).find(([attribute]) => attribute.endsWith(":id"))?.[1];
    const target = id === undefined ? undefined : targets.get(id);
    if (sheet.name !== undefined && target !== undefined)
      names.set(packagePath("xl", target), sheet.name);
  }
  return names;
}

interface SheetFormulaReference {
  readonly cell: string;
  readonly sheet: string;
  readonly bounds: RangeBounds;
}

/**
 * The qualified references of a worksheet's formulas, each with its cell. A shared master's are
 * read at the master and at its group's far corner, so the members between are covered too.
 */
function sheetFormulaReferences(xml: string): SheetFormulaReference[] {
  const found: SheetFormulaReference[] = [];
  for (const match of xml.matchAll(/<((?:\w+:)?)f(\s[^>]*)?>([^<]*)<\/\1f>/g)) {
    const text = unescapeXml(match[3] ?? "");
    if (!text.includes("!")) continue;
    const cellStart = xml.lastIndexOf(`<${match[1] ?? ""}c`, match.index);
    const cell =
      /\sr="([A-Za-z]+\d+)"/.exec(xml.slice(cellStart, xml.indexOf(">", cellStart)))?.[1] ?? "?";
    const texts = [text];
    const attributes = match[2] ?? "";
    const group = /\bref="([^"]*)"/.exec(attributes)?.[1];
    const master = parseCellAddress(cell);
    const bounds = group === undefined ? undefined : parseRange(group);
    if (/\bt="shared"/.test(attributes) && bounds !== undefined && master !== undefined)
      texts.push(
        shiftFormula(text, {
          rows: bounds.end.row - master.row,
          columns: bounds.end.column - master.column,
        }),
      );
    for (const reference of texts.flatMap(qualifiedReferences))
      found.push({ cell, sheet: reference.sheet, bounds: reference.bounds });
  }
  return found;
}
