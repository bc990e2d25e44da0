// The workbook-level parts of a saved package: workbook.xml (the sheets in tab order, the defined
// names, the tab it opens on), its relationships, the package relationships and the content
// types of every part written.

import { RELATIONSHIP_NS, SPREADSHEET_NS, XML_HEADER } from "../../xlsxWriter/ooxml";
import { xmlText } from "../../engine/sheetValues";
import type { DefinedName } from "./packageModel";

export const PACKAGE_RELATIONSHIPS_NS =
  "http://schemas.openxmlformats.org/package/2006/relationships";
export const WORKSHEET_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/** One `<sheet>` of workbook.xml with the relationship id of its part. */
export interface WorkbookSheet {
  readonly name: string;
  readonly sheetId: number;
  readonly hidden: boolean;
  readonly relationshipId: string;
}

export function workbookXml(
  sheets: readonly WorkbookSheet[],
  names: readonly DefinedName[],
  activeTab: number,
): string {
  const entries = sheets
    .map(
      (sheet) =>
        `<sheet name="${xmlText(sheet.name)}" sheetId="${sheet.sheetId}"${sheet.hidden ? ' state="hidden"' : ""} r:id="${sheet.relationshipId}"/>`,
    )
    .join("");
  const defined =
    names.length === 0
      ? ""
      : `<definedNames>${names.map((name) => `<definedName name="${xmlText(name.name)}">${xmlText(name.reference)}</definedName>`).join("")}</definedNames>`;
  // The calculation id of the Excel version ExcelJS names; the cached values stand until a recalculation.
  return (
    `${XML_HEADER}<workbook xmlns="${SPREADSHEET_NS}" xmlns:r="${RELATIONSHIP_NS}">` +
    `<bookViews><workbookView activeTab="${activeTab}"/></bookViews>` +
    `<sheets>${entries}</sheets>${defined}<calcPr calcId="171027"/></workbook>`
  );
}

export interface PartRelationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

export function relationshipsXml(relationships: readonly PartRelationship[]): string {
  const items = relationships
    .map(
      (relationship) =>
        `<Relationship Id="${xmlText(relationship.id)}" Type="${xmlText(relationship.type)}" Target="${xmlText(relationship.target)}"/>`,
    )
    .join("");
  return `${XML_HEADER}<Relationships xmlns="${PACKAGE_RELATIONSHIPS_NS}">${items}</Relationships>`;
}

export const OFFICE_DOCUMENT_RELATIONSHIPS = relationshipsXml([
  { id: "rId1", type: `${RELATIONSHIP_NS}/officeDocument`, target: "xl/workbook.xml" },
]);

/** [Content_Types].xml: the defaults for rels and xml, and an override per part (path and type). */
export function contentTypesXml(overrides: ReadonlyMap<string, string>): string {
  const items = [...overrides]
    .map(
      ([part, type]) => `<Override PartName="/${xmlText(part)}" ContentType="${xmlText(type)}"/>`,
    )
    .join("");
  return (
    `${XML_HEADER}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `${items}</Types>`
  );
}
