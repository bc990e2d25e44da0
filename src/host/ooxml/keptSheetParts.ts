// A kept sheet of an opened package on save: its part copied as it is, or, when the plans change it,
// patched in the `<c>` elements of the edited cells and grown where its tables grew (keptSheetText.ts),
// and given the table parts the save adds over cells already there (a plain contract sheet becomes
// its named table).

import type { StylesBuilder } from "../../xlsxWriter/stylesBuilder";
import {
  TABLE_CONTENT_TYPE,
  TABLE_RELATIONSHIP,
  tablePartXml,
} from "../../xlsxWriter/tablePartXml";
import { relationshipsPathOf } from "../xlsx/packageParts";
import type { PackageParts } from "../xlsx/package/packageParts";
import { keptSheetText } from "./keptSheetText";
import type { PartSink } from "./generatedSheetParts";
import type { KeptSheet } from "./packageModel";
import { relativeTarget, type PartNamer } from "./partNames";
import { appendRelationships } from "./packageEdits";
import { elementSpans, spliced } from "./partText";

/** Writes the kept sheet's changed part, the table parts it grew, and its .rels for added tables; copies nothing untouched. */
export function writeKeptSheet(
  sheet: KeptSheet,
  parts: PackageParts,
  sink: PartSink,
  namer: PartNamer,
  styles: StylesBuilder,
): void {
  const path = sheet.place.path;
  if (path === undefined || (sheet.changes.length === 0 && sheet.addedTables.length === 0)) return;
  const changed = keptSheetText(sheet, parts, styles);
  let xml = changed?.xml ?? partText(parts, path);
  for (const [tablePath, tableXml] of changed?.tableParts ?? [])
    sink.parts.set(tablePath, tableXml);
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

function partText(parts: PackageParts, path: string): string {
  const bytes = parts.get(path);
  if (bytes === undefined) throw new Error(`the package has no part ${path}`);
  return new TextDecoder().decode(bytes);
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
