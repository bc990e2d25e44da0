// The few in-place edits the writer makes to the text of a part it carries over (workbook.xml, a
// .rels part, [Content_Types].xml, a kept worksheet): finding an element by its local name, whatever
// prefix its writer chose, and reading or setting one attribute of its start tag. Everything outside
// the span edited stays as the part's writer wrote it.

import { unescapeXml } from "../xlsx/xml";
import { xmlText } from "../../engine/sheetValues";

/** One element of a part's text: its offsets and text, start tag included. */
export interface ElementSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The prefix it is written with, "" for none ("x" for `<x:sheets>`). */
  readonly prefix: string;
}

/**
 * Every element of this local name, in document order; elements of the same name are not nested in
 * the parts edited (sheets, definedName, Relationship, Override, row, c). Comments and CDATA are not
 * looked into, as none of those parts' writers put markup there.
 */
export function elementSpans(xml: string, local: string): ElementSpan[] {
  const pattern = new RegExp(
    `<(?:([\\w.-]+):)?${local}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</(?:[\\w.-]+:)?${local}\\s*>)`,
    "g",
  );
  return [...xml.matchAll(pattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
    prefix: match[1] ?? "",
  }));
}

export function firstElement(xml: string, local: string): ElementSpan | undefined {
  return elementSpans(xml, local)[0];
}

/** An attribute of the element's start tag, unescaped; `name` may carry a prefix ("r:id"). */
export function attributeOf(element: string, name: string): string | undefined {
  const tag = startTag(element);
  const match = new RegExp(`\\s${escapedName(name)}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  if (match === null) return undefined;
  return unescapeXml(match[2] ?? match[3] ?? "");
}

/** The element with one attribute of its start tag set (added at the end when absent), or removed with undefined. */
export function withAttribute(element: string, name: string, value: string | undefined): string {
  const tag = startTag(element);
  const pattern = new RegExp(`\\s${escapedName(name)}\\s*=\\s*("[^"]*"|'[^']*')`);
  const written = value === undefined ? "" : ` ${name}="${xmlText(value)}"`;
  const edited = pattern.test(tag)
    ? tag.replace(pattern, written)
    : tag.replace(/\s*(\/?)>$/, `${written}$1>`);
  return edited + element.slice(tag.length);
}

/** The prefix the root element binds to a namespace; "" for the default namespace, undefined when unbound. */
export function prefixOf(xml: string, namespace: string): string | undefined {
  const root = /<(?!\?|!)[^>]*>/.exec(xml)?.[0] ?? "";
  for (const match of root.matchAll(/\sxmlns(?::([\w.-]+))?\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    if ((match[3] ?? match[4]) === namespace) return match[1] ?? "";
  }
  return undefined;
}

/** The text with `[start, end)` replaced. */
export function spliced(xml: string, start: number, end: number, replacement: string): string {
  return xml.slice(0, start) + replacement + xml.slice(end);
}

function startTag(element: string): string {
  return /^<[^>]*>/.exec(element)?.[0] ?? element;
}

function escapedName(name: string): string {
  return name.replace(/[.:-]/g, (character) => `\\${character}`);
}
