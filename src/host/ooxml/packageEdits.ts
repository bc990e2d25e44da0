// The edits a save makes in place to the package-level parts it carries over: a .rels part gains
// or loses relationships, [Content_Types].xml gains or loses overrides. Everything else in them
// stays as the part's writer wrote it.

import { xmlText } from "../../engine/sheetValues";
import { relationshipsXml } from "./workbookParts";
import { attributeOf, elementSpans } from "./partText";

export interface NewRelationship {
  readonly type: string;
  readonly target: string;
}

/** The .rels part (a new one when `xml` is undefined) with these appended; their ids in order. */
export function appendRelationships(
  xml: string | undefined,
  added: readonly NewRelationship[],
): { readonly xml: string; readonly ids: readonly string[] } {
  const source = xml ?? relationshipsXml([]);
  const taken = new Set(
    elementSpans(source, "Relationship").map((span) => attributeOf(span.text, "Id") ?? ""),
  );
  const ids: string[] = [];
  let number = 1;
  const elements = added.map(({ type, target }) => {
    while (taken.has(`rId${number}`)) number++;
    const id = `rId${number}`;
    taken.add(id);
    ids.push(id);
    return `<Relationship Id="${id}" Type="${xmlText(type)}" Target="${xmlText(target)}"/>`;
  });
  return { xml: beforeClosing(source, "Relationships", elements.join("")), ids };
}

/** The .rels part without the relationships of these ids. */
export function withoutRelationships(xml: string, ids: ReadonlySet<string>): string {
  return removeSpans(
    xml,
    elementSpans(xml, "Relationship").filter((span) => ids.has(attributeOf(span.text, "Id") ?? "")),
  );
}

/** [Content_Types].xml without the overrides of removed parts and with those of new ones. */
export function editedContentTypes(
  xml: string,
  removed: ReadonlySet<string>,
  added: ReadonlyMap<string, string>,
): string {
  const overrides = elementSpans(xml, "Override");
  const declared = new Set(
    overrides.map((span) => partKey(attributeOf(span.text, "PartName") ?? "")),
  );
  const kept = removeSpans(
    xml,
    overrides.filter((span) => removed.has(partKey(attributeOf(span.text, "PartName") ?? ""))),
  );
  const elements = [...added]
    .filter(([path]) => removed.has(path.toLowerCase()) || !declared.has(path.toLowerCase()))
    .map(
      ([path, type]) => `<Override PartName="/${xmlText(path)}" ContentType="${xmlText(type)}"/>`,
    );
  const withRels = elementSpans(kept, "Default").some(
    (span) => attributeOf(span.text, "Extension")?.toLowerCase() === "rels",
  )
    ? ""
    : '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>';
  return beforeClosing(kept, "Types", withRels + elements.join(""));
}

/** The part a content type override names, as a lower-cased package path. */
function partKey(partName: string): string {
  return partName.replace(/^\/+/, "").toLowerCase();
}

function removeSpans(xml: string, spans: readonly { start: number; end: number }[]): string {
  let text = xml;
  for (const span of [...spans].sort((a, b) => b.start - a.start))
    text = text.slice(0, span.start) + text.slice(span.end);
  return text;
}

/** The text with `inserted` put just before the closing tag of the root element `local`. */
function beforeClosing(xml: string, local: string, inserted: string): string {
  if (inserted === "") return xml;
  const closing = new RegExp(`</(?:[\\w.-]+:)?${local}\\s*>\\s*$`).exec(xml);
  if (closing !== null) return xml.slice(0, closing.index) + inserted + xml.slice(closing.index);
  // A root written empty: <Relationships …/>.
  const empty = new RegExp(`<((?:[\\w.-]+:)?${local})([^>]*?)\\s*/>\\s*$`).exec(xml);
  if (empty === null) throw new Error(`the part has no <${local}> root to add to`);
  return `${xml.slice(0, empty.index)}<${empty[1] ?? local}${empty[2] ?? ""}>${inserted}</${empty[1] ?? local}>`;
}
