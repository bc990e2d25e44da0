// Two kinds of package a save of the user's workbook must treat apart: a macro workbook, which
// Excel opens only under the .xlsm extension, and a digitally signed one, whose signature no
// longer holds once the save changes a signed part (every save changes workbook.xml).

import { attributeOf, elementSpans } from "./partText";

/** A workbook whose main part is macro-enabled (sheet.macroEnabled.main+xml). */
export function isMacroWorkbook(contentTypesXml: string): boolean {
  return elementSpans(contentTypesXml, "Override").some(
    (span) =>
      attributeOf(span.text, "PartName")?.toLowerCase() === "/xl/workbook.xml" &&
      attributeOf(span.text, "ContentType")?.includes("macroEnabled") === true,
  );
}

/** The signature parts of a package (_xmlsignatures/sigN.xml), by path. */
export function signatureParts(partPaths: Iterable<string>): string[] {
  return [...partPaths].filter((path) => /^_xmlsignatures\/[^/]+\.xml$/i.test(path));
}
