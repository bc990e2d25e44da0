// Rewriting what other writers put in a package the way ExcelJS cannot read it, before ExcelJS sees
// it: part names in odd case ("XL/Workbook.xml"; zip names are case-sensitive, package part names
// are not), relationship targets given as absolute names ("/xl/tables/table1.xml", openpyxl's
// habit; ExcelJS resolves only relative ones) and strict OOXML, which is the same schema as the
// transitional one under other namespace names (ECMA-376 part 1, "strict conformance").

import { xmlText } from "../../engine/sheetValues";
import { elementsAttributes } from "./xml";
import { folderOf, packagePath } from "./packageParts";

/** The spellings ExcelJS looks parts up by (case-sensitively); other names are left as written. */
const CANONICAL_PARTS: readonly {
  readonly pattern: RegExp;
  readonly name: (m: string[]) => string;
}[] = [
  { pattern: /^\[content_types\]\.xml$/i, name: () => "[Content_Types].xml" },
  { pattern: /^_rels\/\.rels$/i, name: () => "_rels/.rels" },
  { pattern: /^docprops\/(app|core|custom)\.xml$/i, name: (m) => `docProps/${lower(m[1])}.xml` },
  { pattern: /^xl\/workbook\.xml$/i, name: () => "xl/workbook.xml" },
  { pattern: /^xl\/_rels\/workbook\.xml\.rels$/i, name: () => "xl/_rels/workbook.xml.rels" },
  { pattern: /^xl\/sharedstrings\.xml$/i, name: () => "xl/sharedStrings.xml" },
  { pattern: /^xl\/styles\.xml$/i, name: () => "xl/styles.xml" },
  { pattern: /^xl\/calcchain\.xml$/i, name: () => "xl/calcChain.xml" },
  { pattern: /^xl\/comments(\d+)\.xml$/i, name: (m) => `xl/comments${m[1] ?? ""}.xml` },
  {
    pattern:
      /^xl\/(worksheets|tables|drawings|theme|charts)\/(_rels\/)?(sheet|table|drawing|theme|chart)(\d+)\.xml(\.rels)?$/i,
    name: (m) =>
      `xl/${lower(m[1])}/${m[2] === undefined ? "" : "_rels/"}${lower(m[3])}${m[4] ?? ""}.xml${m[5] === undefined ? "" : ".rels"}`,
  },
  {
    pattern: /^xl\/drawings\/vmldrawing(\d+)\.vml$/i,
    name: (m) => `xl/drawings/vmlDrawing${m[1] ?? ""}.vml`,
  },
  { pattern: /^xl\/media\/(.+)$/i, name: (m) => `xl/media/${m[1] ?? ""}` },
];

const lower = (text: string | undefined): string => (text ?? "").toLowerCase();

/** A part's name as ExcelJS expects it: no leading "/", known parts in Excel's spelling. */
export function canonicalPartName(stored: string): string {
  const name = stored.replace(/^\/+/, "");
  for (const { pattern, name: spell } of CANONICAL_PARTS) {
    const match = pattern.exec(name);
    if (match !== null) return spell([...match]);
  }
  return name;
}

/** The relative target from a folder to a part: ("xl/worksheets", "xl/tables/t1.xml") → "../tables/t1.xml". */
export function relativeTarget(fromFolder: string, partPath: string): string {
  const from = fromFolder === "" ? [] : fromFolder.split("/");
  const to = partPath.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/**
 * A .rels part with every internal target relative and pointing at the part's current name;
 * `partNames` maps lower-cased package paths to the names the parts now have.
 */
export function rewriteRelationships(
  relsPath: string,
  xml: string,
  partNames: ReadonlyMap<string, string>,
): string {
  // "xl/worksheets/_rels/sheet1.xml.rels" describes a part in "xl/worksheets".
  const sourceFolder = folderOf(folderOf(relsPath));
  return xml.replace(/<(\w+:)?Relationship\b[^>]*>/g, (element) => {
    const attributes = elementsAttributes(element.replace(/^<\w+:/, "<"), "Relationship")[0] ?? {};
    const target = attributes.Target;
    if (target === undefined || attributes.TargetMode === "External") return element;
    const current = partNames.get(packagePath(sourceFolder, target).toLowerCase());
    if (current === undefined) return element;
    const relative = relativeTarget(sourceFolder, current);
    if (relative === target) return element;
    return element.replace(/\bTarget\s*=\s*("[^"]*"|'[^']*')/, `Target="${xmlText(relative)}"`);
  });
}

/** [Content_Types].xml with each Override naming a part by its current name. */
export function rewriteContentTypes(xml: string, partNames: ReadonlyMap<string, string>): string {
  return xml.replace(/\bPartName\s*=\s*"([^"]*)"/g, (attribute, partName: string) => {
    const current = partNames.get(partName.replace(/^\/+/, "").toLowerCase());
    return current === undefined ? attribute : `PartName="/${xmlText(current)}"`;
  });
}

const STRICT_NAMESPACE = "http://purl.oclc.org/ooxml/";

export function isStrict(workbookXml: string): boolean {
  return workbookXml.includes(STRICT_NAMESPACE);
}

// Strict names are the transitional ones without the year: .../spreadsheetml/main is
// .../spreadsheetml/2006/main. Two properties namespaces are also spelled differently.
const STRICT_SPELLINGS: Readonly<Record<string, string>> = {
  extendedProperties: "extended-properties",
  customProperties: "custom-properties",
};

/** The part's XML with strict OOXML namespaces (and relationship types) as transitional ones. */
export function transitionalNamespaces(xml: string): string {
  return xml.replace(
    /http:\/\/purl\.oclc\.org\/ooxml\/(spreadsheetml|drawingml|officeDocument)\/([\w-]+)(\/([\w-]+))?/g,
    (_, family: string, first: string, __: string | undefined, second: string | undefined) => {
      const spell = (name: string): string => STRICT_SPELLINGS[name] ?? name;
      return `http://schemas.openxmlformats.org/${family}/2006/${spell(first)}${second === undefined ? "" : `/${spell(second)}`}`;
    },
  );
}

const DRAWING_NAMESPACE = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

/**
 * A drawing part in the "xdr:" prefix ExcelJS's parser matches element names by. openpyxl writes
 * its drawings in the default namespace instead (<wsDr xmlns="…spreadsheetDrawing">), which is the
 * same XML to a namespace-aware reader; ExcelJS then finds no drawing. Rewritten only when that is
 * the part's one default namespace, so no element changes namespace.
 */
export function prefixedDrawing(xml: string): string {
  const defaults = xml.match(/\sxmlns\s*=\s*"[^"]*"/g) ?? [];
  if (defaults.length !== 1 || !defaults.join("").includes(`"${DRAWING_NAMESPACE}"`)) return xml;
  if (/\sxmlns:xdr\s*=/.test(xml)) return xml;
  return xml
    .replace(/\sxmlns\s*=\s*"[^"]*"/, ` xmlns:xdr="${DRAWING_NAMESPACE}"`)
    .replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, "<$1xdr:$2");
}
