// The worksheet's <dimension ref> (the used range Excel shows before it reads the cells) widened to
// cover cells a patch wrote. A sheet without the element keeps none: it is optional, and Excel
// works it out itself.

import { formatRange, parseRange, type RangeBounds } from "../../../engine/plan/address";
import { attributeOf, findSheetData, tagName, tagEndAt, withAttribute } from "./sheetScanner";

export function coverInDimension(xml: string, covered: readonly RangeBounds[]): string {
  if (covered.length === 0) return xml;
  const data = findSheetData(xml);
  const start = xml.lastIndexOf(`<${data.prefix}dimension`, data.start);
  if (start < 0 || tagName(xml, start) !== `${data.prefix}dimension`) return xml;
  const end = tagEndAt(xml, start);
  const tag = xml.slice(start, end);
  const stated = parseRange(attributeOf(tag, "ref") ?? "");
  const union = covered.reduce<RangeBounds | undefined>(
    (bounds, range) => (bounds === undefined ? range : spanning(bounds, range)),
    stated,
  );
  if (union === undefined) return xml;
  const ref = formatRange(union);
  if (ref === attributeOf(tag, "ref")) return xml;
  return xml.slice(0, start) + withAttribute(tag, "ref", ref) + xml.slice(end);
}

function spanning(a: RangeBounds, b: RangeBounds): RangeBounds {
  return {
    start: {
      row: Math.min(a.start.row, b.start.row),
      column: Math.min(a.start.column, b.start.column),
    },
    end: { row: Math.max(a.end.row, b.end.row), column: Math.max(a.end.column, b.end.column) },
  };
}
