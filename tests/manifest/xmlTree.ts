// A small XML reader for the manifest tests: elements, attributes and text, with the five
// predefined entities. Enough for a hand-written manifest; it throws on unbalanced tags, so a
// parse is also a well-formedness check. (No DTDs, CDATA or processing instructions after the
// declaration — the manifest has none.)

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_match, name: string) => ENTITIES[name] ?? "");
}

function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) {
    const [, name, value] = match;
    if (name === undefined || value === undefined) continue;
    if (name in attributes) throw new Error(`duplicate attribute ${name}`);
    attributes[name] = decodeEntities(value);
  }
  return attributes;
}

/** Parses `xml` into its root element. */
export function parseXml(xml: string): XmlElement {
  const body = xml.replace(/^\s*<\?xml[^>]*\?>/, "").replace(/<!--[\s\S]*?-->/g, "");
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const tag = /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*(\/?)>|([^<]+)/g;
  let consumed = 0;
  for (const match of body.matchAll(tag)) {
    if (match.index !== consumed) throw new Error(`unexpected markup at offset ${consumed}`);
    consumed += match[0].length;
    const [, closing, name, attributeSource, selfClosing, text] = match;
    const parent = stack[stack.length - 1];
    if (text !== undefined) {
      if (parent === undefined) {
        if (text.trim() !== "") throw new Error("text outside the root element");
      } else parent.text += decodeEntities(text);
      continue;
    }
    if (name === undefined) continue;
    if (closing === "/") {
      const open = stack.pop();
      if (open?.name !== name) throw new Error(`</${name}> closes <${open?.name ?? "nothing"}>`);
      continue;
    }
    const element: XmlElement = {
      name,
      attributes: parseAttributes(attributeSource ?? ""),
      children: [],
      text: "",
    };
    if (parent === undefined) {
      if (root !== undefined) throw new Error("more than one root element");
      root = element;
    } else parent.children.push(element);
    if (selfClosing !== "/") stack.push(element);
  }
  if (consumed !== body.length) throw new Error(`unexpected markup at offset ${consumed}`);
  if (stack.length > 0)
    throw new Error(`<${stack.map((element) => element.name).join("> <")}> not closed`);
  if (root === undefined) throw new Error("no root element");
  return root;
}

/** Every descendant of `element` (depth first, document order), with the chain of its ancestors. */
export function descendants(
  element: XmlElement,
  ancestors: readonly XmlElement[] = [],
): { element: XmlElement; ancestors: readonly XmlElement[] }[] {
  return element.children.flatMap((child) => [
    { element: child, ancestors: [...ancestors, element] },
    ...descendants(child, [...ancestors, element]),
  ]);
}

/** The child elements reached by following `path` (element names) from `element`. */
export function select(element: XmlElement, path: readonly string[]): XmlElement[] {
  return path.reduce<XmlElement[]>(
    (current, name) =>
      current.flatMap((node) => node.children.filter((child) => child.name === name)),
    [element],
  );
}

/** The single element at `path`; throws when there is none or more than one. */
export function only(element: XmlElement, path: readonly string[]): XmlElement {
  const found = select(element, path);
  if (found.length !== 1 || found[0] === undefined)
    throw new Error(`expected one <${path.join("/")}>, found ${found.length}`);
  return found[0];
}
