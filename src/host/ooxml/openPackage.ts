// The package model of an existing package: each `<sheet>` of workbook.xml becomes a kept sheet
// (its part, its element as written, its protection), each `<definedName>` a name copied as text,
// and the styles part the one the save appends to. What the reader (src/host/xlsx/package) makes
// of the same parts — names, states, paths — is taken from it, so both agree on every sheet.

import { RELATIONSHIP_IDS } from "../xlsx/package/namespaces";
import { packagePartsOf } from "../xlsx/package/packageParts";
import { readWorkbookPart, WORKBOOK_PART } from "../xlsx/package/workbookPart";
import { PackageReadError } from "../xlsx/package/packageReadError";
import { partTextOf } from "../xlsx/package/partTextCache";
import type { PreflightedPackage } from "../xlsx/preflight";
import type { KeptSheet, PackageModel, DefinedName } from "./packageModel";
import { attributeOf, elementSpans, prefixOf } from "./partText";

export function openedModel(opened: PreflightedPackage): PackageModel {
  const { bytes, parts: partBytes, normalised } = opened;
  const parts = packagePartsOf(partBytes);
  const workbook = readWorkbookPart(parts);
  const workbookXml = partText(partBytes, WORKBOOK_PART);
  const entries = elementSpans(sectionOf(workbookXml, "sheets"), "sheet");
  if (entries.length !== workbook.sheets.length)
    throw new PackageReadError(`${WORKBOOK_PART}: the <sheet> elements could not be told apart`);
  const relationshipPrefix = prefixOf(workbookXml, RELATIONSHIP_IDS);
  const sheets = workbook.sheets.map((sheet, index): KeptSheet => {
    const entry = entries[index]?.text ?? "";
    const relationshipId =
      relationshipPrefix === undefined || relationshipPrefix === ""
        ? undefined
        : attributeOf(entry, `${relationshipPrefix}:id`);
    const target = workbook.relationships.find((candidate) => candidate.id === relationshipId);
    const path = sheet.path ?? target?.path;
    return {
      kind: "kept",
      name: sheet.name,
      sheetId: Number(attributeOf(entry, "sheetId")) || index + 1,
      hidden: sheet.state !== "visible",
      place: { path, entry },
      worksheet: sheet.path !== undefined,
      protectedSheet: sheet.path !== undefined && isProtected(partText(partBytes, sheet.path)),
      changes: [],
      styles: {},
      addedTables: [],
    };
  });
  const nameElements = elementSpans(sectionOf(workbookXml, "definedNames"), "definedName");
  if (nameElements.length !== workbook.definedNames.length)
    throw new PackageReadError(
      `${WORKBOOK_PART}: the <definedName> elements could not be told apart`,
    );
  const names = workbook.definedNames.map((name, index): DefinedName => ({
    name: name.name,
    reference: name.formula,
    element: nameElements[index]?.text ?? "",
    ...(name.localSheetId === undefined ? {} : { localSheetId: name.localSheetId }),
  }));
  const stylesPath = workbook.relationships.find(
    (relationship) => relationship.kind === "styles",
  )?.path;
  const activeTab = Number(attributeOf(sectionOf(workbookXml, "workbookView"), "activeTab") ?? "0");
  const source = {
    bytes,
    parts: partBytes,
    normalised,
    workbookXml,
    stylesPath,
    sheetPaths: sheets.map((sheet) => sheet.place.path),
    activeSheetId: sheets[Number.isInteger(activeTab) ? activeTab : 0]?.sheetId,
  };
  // Looked up as the reader looks up parts, without case.
  const stylesBytes = stylesPath === undefined ? undefined : parts.get(stylesPath);
  return {
    sheets,
    names,
    stylesPart: stylesBytes === undefined ? undefined : new TextDecoder().decode(stylesBytes),
    view: undefined,
    source,
  };
}

/** The text of one section of workbook.xml (`<sheets>…</sheets>`), "" where it has none. */
export function sectionOf(workbookXml: string, local: string): string {
  return elementSpans(workbookXml, local)[0]?.text ?? "";
}

/**
 * `<sheetProtection sheet="1">`: the sheet's cells refuse edits. CT_Worksheet puts it after
 * <sheetData>, so only the text after the sheet's last mention of sheetData is searched, not its
 * cells (a long sheet's megabytes).
 */
function isProtected(worksheetXml: string): boolean {
  const afterCells = Math.max(0, worksheetXml.lastIndexOf("sheetData"));
  const protection = elementSpans(worksheetXml.slice(afterCells), "sheetProtection")[0]?.text;
  if (protection === undefined) return false;
  const sheet = attributeOf(protection, "sheet");
  return sheet === "1" || sheet === "true";
}

function partText(parts: ReadonlyMap<string, Uint8Array>, path: string): string {
  const bytes = packagePartsOf(parts).get(path);
  if (bytes === undefined) throw PackageReadError.inPart(path, undefined);
  return partTextOf(bytes);
}
