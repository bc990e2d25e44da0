// A strict OOXML package (ISO/IEC 29500-1 strict conformance: the transitional schema under other
// namespace names, `http://purl.oclc.org/ooxml/…`) edited as itself (decision 0031). The preflight
// renames a strict package's namespaces to transitional ones for ExcelJS; the package host instead
// opens the parts as stored, so the parts it carries over stay byte-identical, and writes what it
// adds in the strict names: generated sheets, their drawings, charts and tables, new relationship
// types, the `<sheet>` entries and relationship ids added to workbook.xml.

import type { Preflight, PreflightedPackage } from "../xlsx/preflight";

const STRICT_REWRITE = "strict OOXML namespaces → transitional";

/** The two names spelled differently in strict besides the dropped year (ECMA-376 part 1, §A). */
const STRICT_SPELLINGS: Readonly<Record<string, string>> = {
  "extended-properties": "extendedProperties",
  "custom-properties": "customProperties",
};

/** The text with each transitional namespace and relationship type spelled as strict OOXML names it. */
export function strictNamespaces(xml: string): string {
  return xml.replace(
    /http:\/\/schemas\.openxmlformats\.org\/(spreadsheetml|drawingml|officeDocument)\/2006\/([\w-]+)(\/([\w-]+))?/g,
    (_, family: string, first: string, __: string | undefined, second: string | undefined) => {
      const spell = (name: string): string => STRICT_SPELLINGS[name] ?? name;
      return `http://purl.oclc.org/ooxml/${family}/${spell(first)}${second === undefined ? "" : `/${spell(second)}`}`;
    },
  );
}

/**
 * The package as stored when the preflight's only change was strict → transitional names (the
 * package host reads strict names itself); otherwise the preflighted package, as every reader
 * opens it.
 */
export function packageToEdit(checked: Extract<Preflight, { ok: true }>): PreflightedPackage {
  if (checked.rewrites.length !== 1 || checked.rewrites[0] !== STRICT_REWRITE) return checked;
  return { bytes: checked.bytes, parts: checked.stored, normalised: new Set() };
}

/**
 * The written parts of a save of a strict package, in strict names: a part new to the package, or
 * one whose input spelled no transitional name, is spelled strict throughout (for the edited ones
 * that changes only what the save added); a user's part that already mixed the two is left as the
 * save wrote it, so none of the user's own text changes.
 */
export function strictWrittenParts(
  written: Map<string, string>,
  inputText: (path: string) => string | undefined,
): void {
  for (const [path, xml] of written) {
    const input = inputText(path);
    if (input !== undefined && strictNamespaces(input) !== input) continue;
    written.set(path, strictNamespaces(xml));
  }
}
