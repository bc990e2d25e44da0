// Reading the HTML that react-dom/server renders for the pane: texts, roles, labels and the controls
// they name, as far as tests of the accessible names need.

export function textOf(html: string): string {
  return decode(
    html
      .replace(/<style[^>]*>[^<]*<\/style>/g, " ")
      .replace(/<!-- -->/g, "")
      .replace(/<[^>]+>/g, " "),
  ).replace(/\s+/g, " ");
}

function decode(text: string): string {
  return text
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** The opening tags carrying `attribute="value"`. */
export function tagsWith(html: string, attribute: string, value: string): string[] {
  const escaped = value
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/&/g, "&amp;")
    .replace(/"/g, "&quot;");
  return [
    ...html.matchAll(new RegExp(`<[a-z]+\\b[^>]*\\b${attribute}="${escaped}"[^>]*>`, "g")),
  ].map((match) => match[0]);
}

/** The texts of the elements opened by tags matching `opening` (no nesting of the same tag inside). */
export function elementTexts(html: string, tag: string, opening: RegExp): string[] {
  const texts: string[] = [];
  for (const match of html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, "g"))) {
    if (!opening.test(match[0])) continue;
    const start = match.index + match[0].length;
    const end = html.indexOf(`</${tag}>`, start);
    texts.push(textOf(html.slice(start, end)).trim());
  }
  return texts;
}

/** The button texts in document order. */
export function buttonTexts(html: string): string[] {
  return elementTexts(html, "button", /./);
}

/**
 * The control a <label> with this text names (its `for` id must be an input, select or textarea);
 * null when no label has the text or it names nothing. Text in aria-hidden parts (Fluent's required
 * asterisk) is not part of the name.
 */
export function labelledControl(html: string, label: string): string | null {
  for (const match of html.matchAll(/<label\b([^>]*)>([\s\S]*?)<\/label>/g)) {
    const visible = (match[2] ?? "").replace(
      /<span[^>]*aria-hidden="true"[^>]*>[^<]*<\/span>/g,
      "",
    );
    if (textOf(visible).trim() !== label) continue;
    const target = /\bfor="([^"]+)"/.exec(match[1] ?? "")?.[1];
    if (target === undefined) return null;
    const control = new RegExp(
      `<(input|select|textarea)\\b[^>]*\\bid="${target.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*>`,
    ).exec(html);
    return control?.[1] ?? null;
  }
  return null;
}
