// A values-only .xlsx for people without the add-in (the pane's Publish → workbook): every cell of
// the given sheet plans as the value the engine computed, with the plans' fonts, fills, number
// formats and column widths, and no formula, table, chart or defined name. Built with JSZip so it
// runs in the browser (ExcelJS does not bundle well there); the package holds only the parts a
// SpreadsheetML reader needs.

import JSZip from "jszip";
import { sameName, sheetNameProblem } from "../engine/plan/names";
import type { SheetPlan } from "../engine/plan/types";
import { CellFormats } from "./cellFormats";
import type { StyleTable } from "./cellLook";
import { RELATIONSHIP_NS, SPREADSHEET_NS, XLSX_MIME_TYPE, XML_HEADER } from "./ooxml";
import { SharedStrings } from "./sharedStrings";
import { worksheetXml } from "./worksheetXml";
import { xmlText } from "../engine/sheetValues";

const PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

export { XLSX_MIME_TYPE };

export async function valuesWorkbookBytes(
  sheets: readonly SheetPlan[],
  styles: StyleTable,
): Promise<Uint8Array> {
  checkSheetNames(sheets);
  const formats = new CellFormats();
  const strings = new SharedStrings();
  const zip = new JSZip();
  sheets.forEach((sheet, index) =>
    zip.file(`xl/worksheets/sheet${index + 1}.xml`, worksheetXml(sheet, styles, formats, strings)),
  );
  // The styles and strings parts are written after the sheets, which filled them.
  zip.file("xl/styles.xml", formats.xml());
  zip.file("xl/sharedStrings.xml", strings.xml());
  zip.file("xl/workbook.xml", workbookXml(sheets));
  zip.file("xl/_rels/workbook.xml.rels", workbookRelationships(sheets.length));
  zip.file(
    "_rels/.rels",
    `${XML_HEADER}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIP_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file("[Content_Types].xml", contentTypes(sheets.length));
  return zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    mimeType: XLSX_MIME_TYPE,
  });
}

// A package Excel would refuse to open is misuse of this function, not bad data: say so before writing.
function checkSheetNames(sheets: readonly SheetPlan[]): void {
  if (sheets.length === 0) throw new RangeError("a workbook needs at least one sheet");
  sheets.forEach((sheet, index) => {
    const problem = sheetNameProblem(sheet.name);
    if (problem !== undefined) throw new RangeError(problem);
    if (sheets.slice(0, index).some((earlier) => sameName(earlier.name, sheet.name)))
      throw new RangeError(`two sheets are called "${sheet.name}"`);
  });
}

function workbookXml(sheets: readonly SheetPlan[]): string {
  const entries = sheets
    .map(
      (sheet, index) =>
        `<sheet name="${xmlText(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`,
    )
    .join("");
  return `${XML_HEADER}<workbook xmlns="${SPREADSHEET_NS}" xmlns:r="${RELATIONSHIP_NS}"><bookViews><workbookView/></bookViews><sheets>${entries}</sheets></workbook>`;
}

function workbookRelationships(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, index) =>
      `<Relationship Id="rId${index + 1}" Type="${RELATIONSHIP_NS}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`,
  );
  const styles = `<Relationship Id="rId${sheetCount + 1}" Type="${RELATIONSHIP_NS}/styles" Target="styles.xml"/>`;
  const strings = `<Relationship Id="rId${sheetCount + 2}" Type="${RELATIONSHIP_NS}/sharedStrings" Target="sharedStrings.xml"/>`;
  return `${XML_HEADER}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${sheets.join("")}${styles}${strings}</Relationships>`;
}

function contentTypes(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, index) =>
      `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="${CONTENT}.worksheet+xml"/>`,
  );
  return [
    `${XML_HEADER}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`,
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
    '<Default Extension="xml" ContentType="application/xml"/>',
    `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT}.sheet.main+xml"/>`,
    ...sheets,
    `<Override PartName="/xl/styles.xml" ContentType="${CONTENT}.styles+xml"/>`,
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${CONTENT}.sharedStrings+xml"/>`,
    "</Types>",
  ].join("");
}
