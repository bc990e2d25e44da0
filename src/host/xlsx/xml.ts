// The little XML the xlsx host reads itself (chart parts, package relationships): unescaping and
// reading the attributes of one element. Writing escapes with sheetValues' xmlText; ExcelJS writes
// the rest.

export function unescapeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text
    .replace(/&#x([0-9a-fA-F]+);/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(parseInt(decimal, 10)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

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
