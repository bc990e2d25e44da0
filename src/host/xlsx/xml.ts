// The little XML the xlsx host reads itself (chart parts, package relationships): unescaping and
// reading the attributes of one element. Writing escapes with sheetValues' xmlText; ExcelJS writes
// the rest.

export function unescapeXml(text: string): string {
  if (!text.includes("&")) return text;
  // One pass, as an XML parser reads references: "&#38;lt;" is the text "&lt;", not "<".
  return text.replace(ENTITY, (reference: string, name: string) => {
    if (name.startsWith("#x")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return NAMED_ENTITIES[name] ?? reference;
  });
}

const ENTITY = /&(#x[0-9a-fA-F]+|#\d+|lt|gt|quot|apos|amp);/g;
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  amp: "&",
};

/** The attributes of every `<tag …>` element in the text, values unescaped (namespace prefixes kept in names). */
export function elementsAttributes(xml: string, tag: string): Record<string, string>[] {
  const elements: Record<string, string>[] = [];
  const pattern = new RegExp(`<${tag}(\\s[^>]*?)?/?>`, "g");
  for (const match of xml.matchAll(pattern)) {
    const attributes: Record<string, string> = {};
    for (const attribute of (match[1] ?? "").matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
      const [, name = "", , doubleQuoted, singleQuoted] = attribute;
      attributes[name] = unescapeXml(doubleQuoted ?? singleQuoted ?? "");
    }
    elements.push(attributes);
  }
  return elements;
}
