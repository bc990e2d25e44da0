// A small well-formedness check for the report's HTML, independent of the code that writes it: every
// element that is opened is closed in order (void elements excepted), attribute values are quoted and
// hold no raw "<", and the page has no script. Style text is skipped (CSS, not markup).

const VOID_ELEMENTS = new Set([
  "meta",
  "br",
  "hr",
  "img",
  "input",
  "link",
  "area",
  "base",
  "col",
  "source",
  "wbr",
]);

export function markupProblems(html: string): string[] {
  const problems: string[] = [];
  const withoutStyle = html.replace(/<style>[\s\S]*?<\/style>/g, "<style></style>");
  const open: string[] = [];
  const tag =
    /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z][a-zA-Z0-9:-]*(?:="[^"<]*")?)*)\s*(\/?)>|<!DOCTYPE html>|<(?!\/?[a-zA-Z!])/g;
  let last = 0;
  for (const match of withoutStyle.matchAll(tag)) {
    const between = withoutStyle.slice(last, match.index);
    if (between.includes(">")) problems.push(`a stray ">" before offset ${match.index}`);
    last = match.index + match[0].length;
    if (match[0] === "<!DOCTYPE html>") continue;
    const name = match[2]?.toLowerCase();
    if (name === undefined) {
      problems.push(`a "<" that starts no tag at offset ${match.index}`);
      continue;
    }
    if (match[1] === "/") {
      const expected = open.pop();
      if (expected !== name)
        problems.push(`</${name}> closes <${expected ?? "nothing"}> at offset ${match.index}`);
    } else if (match[4] !== "/" && !VOID_ELEMENTS.has(name)) open.push(name);
  }
  if (withoutStyle.slice(last).includes(">")) problems.push('a stray ">" at the end');
  if (open.length > 0) problems.push(`never closed: ${open.join(", ")}`);
  if (/<script/i.test(withoutStyle)) problems.push("the page has a script");
  return problems;
}

/** Every element of one tag in a piece of markup, as its opening tag text. */
export function openingTags(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, "g"))].map((match) => match[0]);
}
