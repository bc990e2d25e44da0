// Saves the package model as .xlsx bytes. A new package: every generated sheet written whole by the
// runner's own worksheet writer, its tables and its charts as parts of their own, the styles, and
// the workbook-level parts. An opened package is saved by editing it (saveEditedPackage.ts). ExcelJS
// is not involved.

import { RELATIONSHIP_NS, XLSX_MIME_TYPE } from "../../xlsxWriter/ooxml";
import { StylesBuilder } from "../../xlsxWriter/stylesBuilder";
import { addRelationship, writeGeneratedSheet, type PartTexts } from "./generatedSheetParts";
import type { GeneratedSheet, PackageModel } from "./packageModel";
import { freePartNames } from "./partNames";
import { writeZip } from "./zipWriter";
import {
  contentTypesXml,
  OFFICE_DOCUMENT_RELATIONSHIPS,
  relationshipsXml,
  workbookXml,
  WORKSHEET_CONTENT_TYPE,
  type PartRelationship,
  type WorkbookSheet,
} from "./workbookParts";

export type { PartTexts } from "./generatedSheetParts";

export const STYLES_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const WORKBOOK_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

export async function savePackage(model: PackageModel): Promise<Uint8Array> {
  const parts = packageParts(model);
  const written = writeZip([...parts].map(([name, text]) => ({ name, text })));
  if (written !== undefined) return written;
  // Past the zip writer's limits (no zip64): JSZip's, loaded only then (it costs a run 25 ms).
  const { default: JSZip } = await import("jszip");
  const zip = new JSZip();
  // Packages written by Excel hold no folder entries; JSZip would add them by default.
  for (const [path, text] of parts) zip.file(path, text, { createFolders: false });
  return zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    mimeType: XLSX_MIME_TYPE,
  });
}

/** Every part of a new package as text, [Content_Types].xml first (readers look for it there). */
export function packageParts(model: PackageModel): PartTexts {
  const sheets = model.sheets.map((sheet): GeneratedSheet => {
    if (sheet.kind !== "generated")
      throw new Error("a package with the user's sheets is saved by editing it");
    return sheet;
  });
  const visible = sheets.findIndex((sheet) => !sheet.hidden);
  if (visible < 0) throw new Error("a workbook needs at least one visible sheet");
  const viewed = sheets.findIndex((sheet) => sheet.sheetId === model.view?.sheetId);
  const activeTab = viewed >= 0 && sheets[viewed]?.hidden === false ? viewed : visible;

  const parts: PartTexts = new Map([["[Content_Types].xml", ""]]);
  const contentTypes = new Map<string, string>([["xl/workbook.xml", WORKBOOK_CONTENT_TYPE]]);
  const sink = { parts, contentTypes };
  const styles = new StylesBuilder(model.stylesPart);
  const namer = freePartNames([], []);
  const workbookRelationships: PartRelationship[] = [];
  const workbookSheets: WorkbookSheet[] = [];

  sheets.forEach((sheet, index) => {
    const path = namer.worksheet();
    writeGeneratedSheet(sheet, path, sink, namer, styles, {
      selected: index === activeTab,
      ...(index === activeTab && model.view !== undefined
        ? { selection: model.view.selection }
        : {}),
    });
    contentTypes.set(path, WORKSHEET_CONTENT_TYPE);
    workbookSheets.push({
      name: sheet.name,
      sheetId: sheet.sheetId,
      hidden: sheet.hidden,
      relationshipId: addRelationship(
        workbookRelationships,
        `${RELATIONSHIP_NS}/worksheet`,
        path.slice("xl/".length),
      ),
    });
  });

  // Written after the sheets, which filled the styles builder.
  parts.set("xl/styles.xml", styles.xml());
  contentTypes.set("xl/styles.xml", STYLES_CONTENT_TYPE);
  addRelationship(workbookRelationships, `${RELATIONSHIP_NS}/styles`, "styles.xml");
  parts.set("xl/workbook.xml", workbookXml(workbookSheets, model.names, activeTab));
  parts.set("xl/_rels/workbook.xml.rels", relationshipsXml(workbookRelationships));
  parts.set("_rels/.rels", OFFICE_DOCUMENT_RELATIONSHIPS);
  parts.set("[Content_Types].xml", contentTypesXml(contentTypes));
  return parts;
}
