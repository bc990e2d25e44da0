// A table part (xl/tables/tableN.xml) once its table grew: the table's ref and its autoFilter's
// cover the grown range, filter columns right of the new ones keep their columns (colId counts from
// the table's first column), sort ranges move with their cells, and <tableColumns> gains one
// <tableColumn> per new column, in place, with an id no other column has (ids are what other parts
// such as query tables refer to, so the existing ones are kept). Everything else stays as written.

import { formatRange } from "../../../engine/plan/address";
import type { TableGrowth } from "../../../engine/plan/tableGrowth";
import { xmlText } from "../../../engine/sheetValues/xmlText";
import { movedRanges } from "../../plan/cellMoves";
import { attributeOf, tagEndAt, tagName, withAttribute } from "./sheetScanner";

export function growTablePart(tableXml: string, growth: TableGrowth): string {
  const prefix = rootPrefix(tableXml);
  const grownRef = formatRange(growth.after);
  const position = growth.insertAt - growth.before.start.column;
  const count = growth.inserted.length;
  let xml = replaceTag(tableXml, `${prefix}table`, (tag) => withAttribute(tag, "ref", grownRef));
  xml = replaceTag(xml, `${prefix}autoFilter`, (tag) => withAttribute(tag, "ref", grownRef));
  xml = replaceEveryTag(xml, `${prefix}filterColumn`, (tag) => {
    const column = Number(attributeOf(tag, "colId"));
    return Number.isInteger(column) && column >= position && count > 0
      ? withAttribute(tag, "colId", String(column + count))
      : tag;
  });
  for (const name of ["sortState", "sortCondition"])
    xml = replaceEveryTag(xml, `${prefix}${name}`, (tag) => {
      const ref = attributeOf(tag, "ref");
      return ref === undefined ? tag : withAttribute(tag, "ref", movedRanges(ref, growth));
    });
  return count === 0 ? xml : withNewColumns(xml, prefix, position, growth);
}

function withNewColumns(
  xml: string,
  prefix: string,
  position: number,
  growth: TableGrowth,
): string {
  const columns = startTags(xml, `${prefix}tableColumn`);
  const ids = columns.map((start) =>
    Number(attributeOf(xml.slice(start, tagEndAt(xml, start)), "id")),
  );
  let nextId = Math.max(0, ...ids.filter(Number.isFinite)) + 1;
  const added = growth.inserted
    .map((column) => `<${prefix}tableColumn id="${nextId++}" name="${xmlText(column.header)}"/>`)
    .join("");
  const closing = `</${prefix}tableColumns>`;
  const at = columns[position] ?? xml.indexOf(closing);
  const inserted = xml.slice(0, at) + added + xml.slice(at);
  return replaceTag(inserted, `${prefix}tableColumns`, (tag) =>
    withAttribute(tag, "count", String(columns.length + growth.inserted.length)),
  );
}

function rootPrefix(xml: string): string {
  const open = xml.search(/<[A-Za-z]/);
  const name = open < 0 ? undefined : tagName(xml, open);
  const colon = name?.indexOf(":") ?? -1;
  return name === undefined || colon < 0 ? "" : name.slice(0, colon + 1);
}

/** The offsets of every start tag of this exact name. */
function startTags(xml: string, name: string): number[] {
  const starts: number[] = [];
  for (let index = xml.indexOf(`<${name}`); index >= 0; index = xml.indexOf(`<${name}`, index + 1))
    if (tagName(xml, index) === name) starts.push(index);
  return starts;
}

function replaceTag(xml: string, name: string, change: (tag: string) => string): string {
  const start = startTags(xml, name)[0];
  if (start === undefined) return xml;
  const end = tagEndAt(xml, start);
  return xml.slice(0, start) + change(xml.slice(start, end)) + xml.slice(end);
}

function replaceEveryTag(xml: string, name: string, change: (tag: string) => string): string {
  let result = xml;
  for (const start of startTags(xml, name).reverse()) {
    const end = tagEndAt(result, start);
    result = result.slice(0, start) + change(result.slice(start, end)) + result.slice(end);
  }
  return result;
}
