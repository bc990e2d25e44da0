// Packages written by hand, part by part, for the reader's edge cases: the XML other programs
// write, in the shapes Excel itself never does. The parts go to the reader as the preflight hands
// them on (part name → bytes), no zip in between.

export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";
export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships";
const PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface HandmadeSheet {
  readonly name: string;
  readonly state?: "hidden" | "veryHidden";
  /** The whole worksheet part. */
  readonly xml: string;
  /** Whole table parts on this sheet. */
  readonly tables?: readonly string[];
}

export interface HandmadeWorkbook {
  readonly sheets: readonly HandmadeSheet[];
  /** Inside <workbook>, after <sheets>: e.g. <definedNames>. */
  readonly afterSheets?: string;
  readonly date1904?: boolean;
  readonly sharedStrings?: string;
  readonly styles?: string;
  /** Strict OOXML's namespaces throughout. */
  readonly strict?: boolean;
}

/** A worksheet part around rows written in the default namespace. */
export function worksheet(rows: string, namespace = MAIN): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${namespace}"><sheetData>${rows}</sheetData></worksheet>`;
}

export function handmadeParts(book: HandmadeWorkbook): Map<string, Uint8Array> {
  const main = book.strict === true ? STRICT_MAIN : MAIN;
  const rel = book.strict === true ? STRICT_REL : REL;
  const type = (kind: string): string =>
    book.strict === true
      ? `http://purl.oclc.org/ooxml/officeDocument/relationships/${kind}`
      : `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${kind}`;
  const parts = new Map<string, string>();
  const workbookRels: string[] = [];
  let tableNumber = 0;
  const sheets = book.sheets.map((sheet, index) => {
    const number = index + 1;
    parts.set(`xl/worksheets/sheet${number}.xml`, sheet.xml);
    workbookRels.push(
      `<Relationship Id="rId${number}" Type="${type("worksheet")}" Target="worksheets/sheet${number}.xml"/>`,
    );
    const tableRels = (sheet.tables ?? []).map((xml) => {
      tableNumber++;
      parts.set(`xl/tables/table${tableNumber}.xml`, xml);
      return `<Relationship Id="rId${tableNumber}" Type="${type("table")}" Target="../tables/table${tableNumber}.xml"/>`;
    });
    if (tableRels.length > 0)
      parts.set(`xl/worksheets/_rels/sheet${number}.xml.rels`, relationships(tableRels));
    const state = sheet.state === undefined ? "" : ` state="${sheet.state}"`;
    return `<sheet name="${sheet.name}" sheetId="${number}"${state} r:id="rId${number}"/>`;
  });
  if (book.sharedStrings !== undefined) {
    parts.set("xl/sharedStrings.xml", book.sharedStrings);
    workbookRels.push(
      `<Relationship Id="rIdS" Type="${type("sharedStrings")}" Target="sharedStrings.xml"/>`,
    );
  }
  if (book.styles !== undefined) {
    parts.set("xl/styles.xml", book.styles);
    workbookRels.push(`<Relationship Id="rIdY" Type="${type("styles")}" Target="styles.xml"/>`);
  }
  parts.set(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8"?>\n<workbook xmlns="${main}" xmlns:r="${rel}">` +
      (book.date1904 === true ? `<workbookPr date1904="1"/>` : "") +
      `<sheets>${sheets.join("")}</sheets>${book.afterSheets ?? ""}</workbook>`,
  );
  parts.set("xl/_rels/workbook.xml.rels", relationships(workbookRels));
  const encoder = new TextEncoder();
  return new Map([...parts].map(([name, xml]) => [name, encoder.encode(xml)]));
}

function relationships(items: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="${PACKAGE_REL}">${items.join("")}</Relationships>`;
}

/** A table part in the default namespace; `attributes` go on <table>. */
export function tablePart(
  attributes: string,
  columns: readonly string[],
  namespace = MAIN,
): string {
  return (
    `<table xmlns="${namespace}" id="1" ${attributes}>` +
    `<tableColumns count="${columns.length}">${columns.map((name, index) => `<tableColumn id="${index + 1}" name="${name}"/>`).join("")}</tableColumns>` +
    `</table>`
  );
}
