// xl/workbook.xml: the sheets in tab order (name, visibility, part), the date system and the
// defined names.

import { PackageReadError } from "./packageReadError";
import type { PackageParts } from "./packageParts";
import { RELATIONSHIP_IDS, SPREADSHEET } from "./namespaces";
import { relationshipsOf, type PartRelationship } from "./relationships";
import { parseXmlPart } from "./xmlStream";

export const WORKBOOK_PART = "xl/workbook.xml";

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface SheetEntry {
  readonly name: string;
  readonly state: SheetState;
  /** The worksheet part, e.g. "xl/worksheets/sheet1.xml"; undefined for a chart sheet or a dangling id. */
  readonly path: string | undefined;
}

export interface DefinedName {
  readonly name: string;
  /** What it refers to, as written: "Sheet1!$A$1:$B$4", a constant or a formula. */
  readonly formula: string;
  /** Index into the tab order of the sheet it is local to; undefined for a workbook-wide name. */
  readonly localSheetId?: number;
}

export interface WorkbookPart {
  readonly sheets: readonly SheetEntry[];
  /** Serial numbers count days from 1904-01-01 (old Mac Excel) instead of 1899-12-30. */
  readonly date1904: boolean;
  readonly definedNames: readonly DefinedName[];
  /** The workbook's relationships (worksheets, shared strings, styles). */
  readonly relationships: readonly PartRelationship[];
}

export function readWorkbookPart(parts: PackageParts): WorkbookPart {
  const bytes = parts.get(WORKBOOK_PART);
  if (bytes === undefined) throw PackageReadError.inPart(WORKBOOK_PART, undefined);
  const relationships = relationshipsOf(parts, WORKBOOK_PART);
  const targets = new Map(relationships.map((relationship) => [relationship.id, relationship]));
  const sheets: SheetEntry[] = [];
  const definedNames: DefinedName[] = [];
  let date1904 = false;
  let openName: { name: string; localSheetId?: number; text: string } | undefined;
  parseXmlPart(WORKBOOK_PART, bytes, {
    open(element) {
      if (element.uri !== SPREADSHEET) return;
      if (element.local === "workbookPr") date1904 = isTrue(element.attribute("date1904"));
      else if (element.local === "sheet") {
        const name = element.attribute("name");
        if (name === undefined) return;
        const target = targets.get(element.attribute("id", RELATIONSHIP_IDS) ?? "");
        sheets.push({
          name,
          state: sheetState(element.attribute("state")),
          path: target?.kind === "worksheet" ? target.path : undefined,
        });
      } else if (element.local === "definedName") {
        const name = element.attribute("name") ?? "";
        const local = element.attribute("localSheetId");
        openName = {
          name,
          text: "",
          ...(local === undefined ? {} : { localSheetId: Number(local) }),
        };
      }
    },
    text(text) {
      if (openName !== undefined) openName.text += text;
    },
    close(element) {
      if (element.uri !== SPREADSHEET || element.local !== "definedName" || openName === undefined)
        return;
      const { name, text, localSheetId } = openName;
      definedNames.push({
        name,
        formula: text,
        ...(localSheetId === undefined ? {} : { localSheetId }),
      });
      openName = undefined;
    },
  });
  return { sheets, date1904, definedNames, relationships };
}

/** xsd:boolean: "1" or "true". */
export function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

function sheetState(value: string | undefined): SheetState {
  return value === "hidden" || value === "veryHidden" ? value : "visible";
}
