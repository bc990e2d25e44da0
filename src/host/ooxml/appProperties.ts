// docProps/app.xml lists the workbook's sheets (decision 0031): `TitlesOfParts` holds the titles,
// `HeadingPairs` splits them into groups ("Worksheets" 3, "Named Ranges" 1), the heading in the
// language of the Excel that saved it. A save that adds, renames or removes sheets edits the
// worksheet group in place, so the list follows the workbook; everything else in the part stays
// as its writer wrote it. The worksheet group is the one whose titles are the input's sheet names,
// whatever its heading says; a part where no group is (a list already stale, a writer's own
// layout) is left alone, as is a package without the part.

import { xmlText } from "../../engine/sheetValues";
import { unescapeXml } from "../xlsx/xml";
import { attributeOf, elementSpans, firstElement, spliced, withAttribute } from "./partText";

/** The sheets the saved workbook holds, in order; chart sheets apart (they have their own group). */
export interface SavedSheetNames {
  readonly worksheets: readonly string[];
  readonly chartSheets: readonly string[];
}

interface TitleGroup {
  /** The span of the group's count (`<vt:i4>3</vt:i4>`) in the part's text. */
  readonly count: { readonly start: number; readonly end: number; readonly text: string };
  /** The spans of its titles in the part's text. */
  readonly titles: readonly {
    readonly start: number;
    readonly end: number;
    readonly text: string;
  }[];
}

/**
 * The edited app.xml, or undefined when it needs no edit: the worksheet group lists `saved`'s
 * worksheets, its count and the vector sizes follow.
 */
export function editedAppProperties(
  xml: string,
  inputSheetNames: readonly string[],
  saved: SavedSheetNames,
): string | undefined {
  const groups = titleGroups(xml);
  if (groups === undefined) return undefined;
  const inputNames = new Set(inputSheetNames);
  const chartSheets = new Set(saved.chartSheets);
  const worksheetGroup = groups.find((group) => {
    const names = group.titles.map((title) => titleText(title.text));
    return (
      names.length > 0 &&
      names.every((name) => inputNames.has(name)) &&
      !names.every((name) => chartSheets.has(name))
    );
  });
  if (worksheetGroup === undefined) return undefined;
  const was = worksheetGroup.titles.map((title) => titleText(title.text));
  if (
    was.length === saved.worksheets.length &&
    was.every((name, i) => name === saved.worksheets[i])
  )
    return undefined;

  const first = worksheetGroup.titles[0];
  const last = worksheetGroup.titles.at(-1);
  if (first === undefined || last === undefined) return undefined;
  const prefix = /^<([\w.-]+:)?/.exec(first.text)?.[1] ?? "";
  const titles = saved.worksheets
    .map((name) => `<${prefix}lpstr>${xmlText(name)}</${prefix}lpstr>`)
    .join("");
  const added = saved.worksheets.length - was.length;
  const count = worksheetGroup.count.text.replace(/>\s*\d+\s*</, `>${saved.worksheets.length}<`);
  // Later spans first, so earlier offsets hold: the titles come after the heading pairs.
  let edited = spliced(xml, first.start, last.end, titles);
  edited = spliced(edited, worksheetGroup.count.start, worksheetGroup.count.end, count);
  return withVectorSize(edited, "TitlesOfParts", added);
}

/** The heading pairs' groups over the titles, in order; undefined when the two do not add up. */
function titleGroups(xml: string): TitleGroup[] | undefined {
  const headings = firstElement(xml, "HeadingPairs");
  const parts = firstElement(xml, "TitlesOfParts");
  if (headings === undefined || parts === undefined) return undefined;
  const counts = elementSpans(headings.text, "variant").flatMap((variant, index) => {
    if (index % 2 === 0) return [];
    const count = firstElement(variant.text, "i4") ?? firstElement(variant.text, "i2");
    if (count === undefined) return [];
    const offset = headings.start + variant.start + count.start;
    return [{ start: offset, end: offset + count.text.length, text: count.text }];
  });
  const titles = elementSpans(parts.text, "lpstr").map((title) => ({
    start: parts.start + title.start,
    end: parts.start + title.end,
    text: title.text,
  }));
  const groups: TitleGroup[] = [];
  let next = 0;
  for (const count of counts) {
    const size = Number(/>\s*(\d+)\s*</.exec(count.text)?.[1] ?? Number.NaN);
    if (!Number.isInteger(size) || next + size > titles.length) return undefined;
    groups.push({ count, titles: titles.slice(next, next + size) });
    next += size;
  }
  return next === titles.length ? groups : undefined;
}

function titleText(element: string): string {
  return unescapeXml(/^<[^>]*>([\s\S]*)<\/[^>]*>$/.exec(element)?.[1] ?? "");
}

/** The part with the `size` of the vector inside `local` grown by `added`. */
function withVectorSize(xml: string, local: string, added: number): string {
  const container = firstElement(xml, local);
  const vector = container === undefined ? undefined : firstElement(container.text, "vector");
  if (container === undefined || vector === undefined) return xml;
  const size = Number(attributeOf(vector.text, "size") ?? Number.NaN);
  if (!Number.isInteger(size)) return xml;
  const start = container.start + vector.start;
  const tag = /^<[^>]*>/.exec(vector.text)?.[0] ?? "";
  return spliced(xml, start, start + tag.length, withAttribute(tag, "size", String(size + added)));
}
