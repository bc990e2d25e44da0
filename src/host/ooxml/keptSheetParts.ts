// A kept sheet of an opened package on save: its part copied as it is, or, when the plan edits it,
// patched in the `<c>` elements of the edited cells only (each cell's format appended to the
// styles, or its own s= kept when the plan gives it no look), and given the table parts the save
// adds over cells already there (a plain contract sheet becomes its named table).

import { parseCellAddress, formatCellAddress } from "../../engine/plan/address";
import type { CellPlan } from "../../engine/plan/types";
import type { StylesBuilder } from "../../xlsxWriter/stylesBuilder";
import {
  TABLE_CONTENT_TYPE,
  TABLE_RELATIONSHIP,
  tablePartXml,
} from "../../xlsxWriter/tablePartXml";
import { relationshipsPathOf } from "../xlsx/packageParts";
import type { PackageParts } from "../xlsx/package/packageParts";
import { patchWorksheetCells, type CellEdit } from "./sheetPatch/patchCells";
import type { PartSink } from "./generatedSheetParts";
import type { KeptSheet } from "./packageModel";
import { relativeTarget, type PartNamer } from "./partNames";
import { appendRelationships } from "./packageEdits";
import { elementSpans, spliced } from "./partText";

/** Writes the kept sheet's patched part (and its .rels, for added tables); copies nothing untouched. */
export function writeKeptSheet(
  sheet: KeptSheet,
  parts: PackageParts,
  sink: PartSink,
  namer: PartNamer,
  styles: StylesBuilder,
): void {
  const path = sheet.place.path;
  if (path === undefined || (sheet.edits.length === 0 && sheet.addedTables.length === 0)) return;
  const bytes = parts.get(path);
  if (bytes === undefined) throw new Error(`the package has no part ${path}`);
  let xml = patchWorksheetCells(
    new TextDecoder().decode(bytes),
    cellEdits(sheet, styles),
    sheet.name,
  );
  if (sheet.addedTables.length > 0) {
    const relsPath = relationshipsPathOf(path);
    const relsBytes = parts.get(relsPath);
    const added = sheet.addedTables.map((table) => {
      const named = namer.table();
      // A table without a style name shows the sheet's own look (tableStyleInfo's name is optional).
      const xml = tablePartXml(table, named.id);
      sink.parts.set(
        named.path,
        table.style === "" ? xml.replace('<tableStyleInfo name="" ', "<tableStyleInfo ") : xml,
      );
      sink.contentTypes.set(named.path, TABLE_CONTENT_TYPE);
      return { type: TABLE_RELATIONSHIP, target: relativeTarget(path, named.path) };
    });
    const rels = appendRelationships(
      relsBytes === undefined ? undefined : new TextDecoder().decode(relsBytes),
      added,
    );
    sink.parts.set(relsPath, rels.xml);
    xml = withTableParts(xml, rels.ids);
  }
  sink.parts.set(path, xml);
}

/** The edits in plan order, one per cell (the last wins, as it would in a host writing them in turn). */
function cellEdits(sheet: KeptSheet, styles: StylesBuilder): CellEdit[] {
  const byAddress = new Map<string, CellPlan>();
  for (const cell of sheet.edits) {
    const position = parseCellAddress(cell.address);
    if (position === undefined)
      throw new RangeError(`the cell "${cell.address}" of "${sheet.name}" is not an A1 address`);
    const reference = formatCellAddress(position);
    byAddress.delete(reference);
    byAddress.set(reference, cell);
  }
  const formats = new Map<string, number>();
  return [...byAddress].map(([reference, cell]) => {
    const formula = cell.formula?.portable.slice(1);
    const key = `${cell.style ?? ""}\u0000${cell.numberFormat ?? ""}`;
    let format = formats.get(key);
    if (format === undefined && (cell.style !== undefined || cell.numberFormat !== undefined)) {
      const named = cell.style === undefined ? {} : (sheet.styles[cell.style] ?? {});
      format = styles.cellFormat(
        cell.numberFormat === undefined ? named : { ...named, numberFormat: cell.numberFormat },
      );
      formats.set(key, format);
    }
    return {
      reference,
      value: cell.value,
      ...(formula === undefined ? {} : { formula }),
      ...(format === undefined ? {} : { format }),
    };
  });
}

// CT_Worksheet ends …, tableParts, extLst: the element goes before extLst, or last.
function withTableParts(xml: string, ids: readonly string[]): string {
  const root = /<(?:([\w.-]+):)?worksheet[\s>]/.exec(xml);
  const prefix = root?.[1] === undefined ? "" : `${root[1]}:`;
  const relationshipPrefix =
    /\sxmlns:([\w.-]+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(
      xml.slice(0, 4000),
    )?.[1];
  const idAttribute =
    relationshipPrefix === undefined
      ? 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id'
      : `${relationshipPrefix}:id`;
  const existing = elementSpans(xml, "tableParts")[0];
  const entries = ids.map((id) => `<${prefix}tablePart ${idAttribute}="${id}"/>`);
  if (existing !== undefined) {
    const inner = existing.text.endsWith("/>")
      ? ""
      : existing.text.slice(existing.text.indexOf(">") + 1, existing.text.lastIndexOf("<"));
    const count = elementSpans(inner, "tablePart").length + ids.length;
    return spliced(
      xml,
      existing.start,
      existing.end,
      `<${prefix}tableParts count="${count}">${inner}${entries.join("")}</${prefix}tableParts>`,
    );
  }
  const element = `<${prefix}tableParts count="${ids.length}">${entries.join("")}</${prefix}tableParts>`;
  const at = worksheetExtensionStart(xml, prefix) ?? xml.lastIndexOf(`</${prefix}worksheet`);
  return spliced(xml, at, at, element);
}

/** Where the worksheet's own `<extLst>` (its last child) starts; not one nested in a rule. */
function worksheetExtensionStart(xml: string, prefix: string): number | undefined {
  const end = xml.lastIndexOf(`</${prefix}worksheet`);
  if (!xml.slice(0, end).trimEnd().endsWith(`</${prefix}extLst>`)) return undefined;
  const tags = [...xml.slice(0, end).matchAll(new RegExp(`<(/?)${prefix}extLst[\\s>]`, "g"))];
  let depth = 0;
  for (let index = tags.length - 1; index >= 0; index--) {
    const tag = tags[index];
    if (tag === undefined) break;
    depth += tag[1] === "/" ? 1 : -1;
    if (depth === 0) return tag.index;
  }
  return undefined;
}
