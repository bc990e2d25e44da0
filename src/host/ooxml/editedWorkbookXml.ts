// xl/workbook.xml of an opened package, edited in place: the `<sheets>` list (each kept sheet's
// `<sheet>` element as read, a replacing sheet's with its new name, new sheets last), the
// `<definedNames>` (the user's elements copied as text, the runner's written), and the open tab.
// Every other element (workbookPr, workbookProtection, calcPr, pivotCaches, extLst…) stays as read.

import { xmlText } from "../../engine/sheetValues";
import { RELATIONSHIP_NS } from "../../xlsxWriter/ooxml";
import type { DefinedName } from "./packageModel";
import { attributeOf, elementSpans, prefixOf, spliced, withAttribute } from "./partText";
import { strictNamespaces } from "./strictPackage";

/** The `<sheet>` element of a sheet the save adds, in the prefixes the part already uses. */
export function newSheetEntry(
  workbookXml: string,
  sheet: { readonly name: string; readonly sheetId: number; readonly hidden: boolean },
  relationshipId: string,
): string {
  const prefix = qualified(elementSpans(workbookXml, "sheets")[0]?.prefix ?? "");
  // A strict workbook binds its prefix to the strict spelling of the same namespace.
  const relationships =
    prefixOf(workbookXml, RELATIONSHIP_NS) ??
    prefixOf(workbookXml, strictNamespaces(RELATIONSHIP_NS));
  const id =
    relationships === undefined || relationships === ""
      ? `xmlns:r="${RELATIONSHIP_NS}" r:id`
      : `${relationships}:id`;
  return `<${prefix}sheet name="${xmlText(sheet.name)}" sheetId="${sheet.sheetId}"${sheet.hidden ? ' state="hidden"' : ""} ${id}="${relationshipId}"/>`;
}

/** A kept `<sheet>` element under a new name and visibility (unchanged when both are as read). */
export function renamedSheetEntry(entry: string, name: string, hidden: boolean): string {
  const named = attributeOf(entry, "name") === name ? entry : withAttribute(entry, "name", name);
  const state = attributeOf(named, "state");
  if (hidden === (state === "hidden" || state === "veryHidden")) return named;
  return withAttribute(named, "state", hidden ? "hidden" : undefined);
}

export interface WorkbookEdits {
  readonly sheetEntries: readonly string[];
  readonly names: readonly DefinedName[];
  /** The tab to open on, when it differs from the one read. */
  readonly activeTab?: number;
}

export function editedWorkbookXml(workbookXml: string, edits: WorkbookEdits): string {
  let xml = workbookXml;
  const sheets = elementSpans(xml, "sheets")[0];
  if (sheets === undefined) throw new Error("xl/workbook.xml has no <sheets>");
  const sheetsTag = sheets.text.slice(0, sheets.text.indexOf(">") + 1).replace(/\s*\/>$/, ">");
  const sheetsPrefix = qualified(sheets.prefix);
  xml = spliced(
    xml,
    sheets.start,
    sheets.end,
    `${sheetsTag}${edits.sheetEntries.join("")}</${sheetsPrefix}sheets>`,
  );

  const names = edits.names.map(
    (name) =>
      name.element ??
      `<${sheetsPrefix}definedName name="${xmlText(name.name)}">${xmlText(name.reference)}</${sheetsPrefix}definedName>`,
  );
  const defined = elementSpans(xml, "definedNames")[0];
  if (defined !== undefined) {
    const tag = defined.text.slice(0, defined.text.indexOf(">") + 1).replace(/\s*\/>$/, ">");
    xml = spliced(
      xml,
      defined.start,
      defined.end,
      names.length === 0
        ? ""
        : `${tag}${names.join("")}</${qualified(defined.prefix)}definedNames>`,
    );
  } else if (names.length > 0) {
    // CT_Workbook: sheets, functionGroups, externalReferences, definedNames, calcPr…
    const before = ["externalReferences", "functionGroups", "sheets"]
      .map((local) => elementSpans(xml, local)[0])
      .find((span) => span !== undefined);
    const at = before?.end ?? 0;
    xml = spliced(
      xml,
      at,
      at,
      `<${sheetsPrefix}definedNames>${names.join("")}</${sheetsPrefix}definedNames>`,
    );
  }

  if (edits.activeTab !== undefined) {
    const view = elementSpans(xml, "workbookView")[0];
    if (view !== undefined)
      xml = spliced(
        xml,
        view.start,
        view.end,
        withAttribute(
          view.text,
          "activeTab",
          edits.activeTab === 0 ? undefined : String(edits.activeTab),
        ),
      );
  }
  return xml;
}

function qualified(prefix: string): string {
  return prefix === "" ? "" : `${prefix}:`;
}

/** A runner's defined name local to no sheet, or a user's name with its localSheetId moved. */
export function withLocalSheet(name: DefinedName, localSheetId: number): DefinedName {
  return {
    ...name,
    localSheetId,
    ...(name.element === undefined
      ? {}
      : { element: withAttribute(name.element, "localSheetId", String(localSheetId)) }),
  };
}
