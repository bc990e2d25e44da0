// xl/styles.xml, the part a cell's s attribute points into: each cell format (<cellXfs><xf>) → its
// number format code, custom codes (<numFmts>) and built-in ids alike.

import { builtInFormat, isDateFormat } from "./numberFormats";
import { SPREADSHEET } from "./namespaces";
import type { PackageParts } from "./packageParts";
import { parseXmlPart } from "./xmlStream";

export interface CellFormat {
  /** The number format code; undefined for an id the file neither declares nor Excel builds in. */
  readonly code: string | undefined;
  /** A date or time format: its numbers are date serials. */
  readonly isDate: boolean;
}

const GENERAL: CellFormat = { code: "General", isDate: false };

export interface Styles {
  /** The format of a cell's style index (its s attribute; 0 when absent). */
  formatOf(styleIndex: number): CellFormat;
}

export function readStyles(parts: PackageParts, path: string | undefined): Styles {
  const bytes = path === undefined ? undefined : parts.get(path);
  const customCodes = new Map<number, string>();
  const formatIds: number[] = [];
  if (path !== undefined && bytes !== undefined) {
    let inCellXfs = false;
    let xfDepth = 0;
    parseXmlPart(path, bytes, {
      open(element) {
        if (element.uri !== SPREADSHEET) return;
        if (element.local === "numFmt") {
          const id = Number(element.attribute("numFmtId"));
          const code = element.attribute("formatCode");
          if (Number.isInteger(id) && code !== undefined) customCodes.set(id, code);
        } else if (element.local === "cellXfs") inCellXfs = true;
        else if (element.local === "xf" && inCellXfs) {
          // An <xf> nests nothing that is itself an <xf>, but guard the count all the same.
          if (xfDepth === 0) formatIds.push(Number(element.attribute("numFmtId") ?? "0"));
          xfDepth++;
        }
      },
      close(element) {
        if (element.uri !== SPREADSHEET) return;
        if (element.local === "cellXfs") inCellXfs = false;
        else if (element.local === "xf" && inCellXfs) xfDepth--;
      },
    });
  }
  const formats = formatIds.map((id): CellFormat => {
    const code = customCodes.get(id) ?? builtInFormat(id);
    return { code, isDate: isDateFormat(id, code) };
  });
  return { formatOf: (styleIndex) => formats[styleIndex] ?? GENERAL };
}
