// The child element order of the parts a save rewrites, held to the sequences of the ECMA-376
// transitional schema (Part 1, Annex A: sml.xsd; Part 2: opc-contentTypes.xsd and
// opc-relationships.xsd). Excel's repair check is not available here, and a misplaced child is the
// commonest reason it "repairs" a workbook that every lenient reader opens; this is our own check
// of that one rule, not a validator: attributes and grandchildren are not looked at.
//
// Children in other namespaces are extensions (Markup Compatibility, ECMA-376 Part 3): Excel writes
// x14ac:, xr: and mc:AlternateContent elements among the main ones. An mc:AlternateContent counts
// as the main-namespace element its first mc:Choice holds (Excel wraps <controls> that way); any
// other foreign element is skipped.

import { partContentTypes } from "../../../src/host/ooxml/partContentTypes";

/** One child of a sequence: its local name and whether it may repeat. */
interface SequenceChild {
  readonly name: string;
  readonly repeats?: true;
  readonly required?: true;
}

interface PartSchema {
  readonly type: string;
  readonly root: string;
  readonly namespaces: readonly string[];
  /** A sequence (order checked), or a choice of any order and count. */
  readonly children: readonly SequenceChild[];
  readonly anyOrder?: true;
}

const MAIN = [
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  "http://purl.oclc.org/ooxml/spreadsheetml/main",
];
const MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";

function sequence(...names: string[]): SequenceChild[] {
  return names.map((spec) => {
    const name = spec.replace(/[*!]$/, "");
    return {
      name,
      ...(spec.endsWith("*") ? { repeats: true as const } : {}),
      ...(spec.endsWith("!") ? { required: true as const } : {}),
    };
  });
}

export const WORKSHEET: PartSchema = {
  type: "CT_Worksheet",
  root: "worksheet",
  namespaces: MAIN,
  children: sequence(
    "sheetPr",
    "dimension",
    "sheetViews",
    "sheetFormatPr",
    "cols*",
    "sheetData!",
    "sheetCalcPr",
    "sheetProtection",
    "protectedRanges",
    "scenarios",
    "autoFilter",
    "sortState",
    "dataConsolidate",
    "customSheetViews",
    "mergeCells",
    "phoneticPr",
    "conditionalFormatting*",
    "dataValidations",
    "hyperlinks",
    "printOptions",
    "pageMargins",
    "pageSetup",
    "headerFooter",
    "rowBreaks",
    "colBreaks",
    "customProperties",
    "cellWatches",
    "ignoredErrors",
    "smartTags",
    "drawing",
    "legacyDrawing",
    "legacyDrawingHF",
    "drawingHF",
    "picture",
    "oleObjects",
    "controls",
    "webPublishItems",
    "tableParts",
    "extLst",
  ),
};

export const WORKBOOK: PartSchema = {
  type: "CT_Workbook",
  root: "workbook",
  namespaces: MAIN,
  children: sequence(
    "fileVersion",
    "fileSharing",
    "workbookPr",
    "workbookProtection",
    "bookViews",
    "sheets!",
    "functionGroups",
    "externalReferences",
    "definedNames",
    "calcPr",
    "oleSize",
    "customWorkbookViews",
    "pivotCaches",
    "smartTagPr",
    "smartTagTypes",
    "webPublishing",
    "fileRecoveryPr*",
    "webPublishObjects",
    "extLst",
  ),
};

export const STYLESHEET: PartSchema = {
  type: "CT_Stylesheet",
  root: "styleSheet",
  namespaces: MAIN,
  children: sequence(
    "numFmts",
    "fonts",
    "fills",
    "borders",
    "cellStyleXfs",
    "cellXfs",
    "cellStyles",
    "dxfs",
    "tableStyles",
    "colors",
    "extLst",
  ),
};

export const TABLE: PartSchema = {
  type: "CT_Table",
  root: "table",
  namespaces: MAIN,
  children: sequence("autoFilter", "sortState", "tableColumns!", "tableStyleInfo", "extLst"),
};

export const CONTENT_TYPES: PartSchema = {
  type: "CT_Types",
  root: "Types",
  namespaces: ["http://schemas.openxmlformats.org/package/2006/content-types"],
  children: sequence("Default", "Override"),
  anyOrder: true,
};

export const RELATIONSHIPS: PartSchema = {
  type: "CT_Relationships",
  root: "Relationships",
  namespaces: ["http://schemas.openxmlformats.org/package/2006/relationships"],
  children: sequence("Relationship*"),
};

const SPREADSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml";
const BY_CONTENT_TYPE: Readonly<Record<string, PartSchema>> = {
  [`${SPREADSHEET}.worksheet+xml`]: WORKSHEET,
  [`${SPREADSHEET}.sheet.main+xml`]: WORKBOOK,
  [`${SPREADSHEET}.template.main+xml`]: WORKBOOK,
  "application/vnd.ms-excel.sheet.macroEnabled.main+xml": WORKBOOK,
  [`${SPREADSHEET}.styles+xml`]: STYLESHEET,
  [`${SPREADSHEET}.table+xml`]: TABLE,
};

/** The schema a part's order is checked against, from its path and content type; undefined when none. */
export function schemaOfPart(
  path: string,
  contentType: string | undefined,
): PartSchema | undefined {
  if (path === "[Content_Types].xml") return CONTENT_TYPES;
  if (path.endsWith(".rels")) return RELATIONSHIPS;
  return contentType === undefined ? undefined : BY_CONTENT_TYPE[contentType];
}

/** Each way the part's children break the schema's sequence, as a sentence naming the part. */
export function schemaOrderProblems(path: string, xml: string, schema: PartSchema): string[] {
  const root = rootElement(xml);
  if (root === undefined) return [`${path}: no root element`];
  if (localName(root.name) !== schema.root || !schema.namespaces.includes(root.namespace))
    return [`${path}: the root is <${root.name}>, not ${schema.type}'s <${schema.root}>`];
  const problems: string[] = [];
  const seen = new Set<string>();
  let position = -1;
  let previous = "the start";
  for (const child of rootChildren(xml, root)) {
    if (!schema.namespaces.includes(child.namespace)) continue;
    const name = localName(child.name);
    const index = schema.children.findIndex((candidate) => candidate.name === name);
    const declared = schema.children[index];
    if (declared === undefined) {
      problems.push(`${path}: <${name}> is not a child of ${schema.type}`);
      continue;
    }
    if (seen.has(name) && declared.repeats !== true && schema.anyOrder !== true)
      problems.push(`${path}: <${name}> appears twice, ${schema.type} allows one`);
    else if (index < position && schema.anyOrder !== true)
      problems.push(`${path}: <${name}> comes after <${previous}>, ${schema.type} puts it before`);
    seen.add(name);
    position = Math.max(position, index);
    previous = name;
  }
  for (const child of schema.children)
    if (child.required === true && !seen.has(child.name))
      problems.push(`${path}: ${schema.type} requires <${child.name}>, missing`);
  return problems;
}

interface Element {
  readonly name: string;
  readonly namespace: string;
  /** Where the element starts and ends in the part's text. */
  readonly start: number;
  readonly end: number;
}

interface RootElement extends Omit<Element, "start" | "end"> {
  /** Prefix → namespace, as declared on the root ("" for the default namespace). */
  readonly prefixes: ReadonlyMap<string, string>;
  /** Where the root's content starts. */
  readonly contentStart: number;
}

const START_TAG = /<([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;

function rootElement(xml: string): RootElement | undefined {
  let at = 0;
  for (;;) {
    at = xml.indexOf("<", at);
    if (at < 0) return undefined;
    const next = xml[at + 1];
    if (next === "?" || next === "!") {
      at = skipMarkup(xml, at);
      continue;
    }
    const tag = startTagAt(xml, at);
    if (tag === undefined) return undefined;
    const prefixes = new Map<string, string>();
    for (const [attribute, value] of tag.attributes) {
      if (attribute === "xmlns") prefixes.set("", value);
      else if (attribute.startsWith("xmlns:")) prefixes.set(attribute.slice(6), value);
    }
    return {
      name: tag.name,
      namespace: prefixes.get(prefixOf(tag.name)) ?? "",
      prefixes,
      contentStart: tag.end,
    };
  }
}

/** The root's children in document order, each skipped over whole (no DOM: a sheet may be 30 MB). */
function rootChildren(xml: string, root: RootElement): Element[] {
  const children: Element[] = [];
  const rootClose = `</${root.name}>`;
  let at = root.contentStart;
  for (;;) {
    at = xml.indexOf("<", at);
    if (at < 0 || xml.startsWith(rootClose, at)) return children;
    const next = xml[at + 1];
    if (next === "?" || next === "!") {
      at = skipMarkup(xml, at);
      continue;
    }
    const tag = startTagAt(xml, at);
    if (tag === undefined) throw new Error(`malformed tag at ${at}`);
    const end = tag.selfClosing ? tag.end : elementEnd(xml, tag.name, tag.end);
    const namespace = namespaceOf(tag, root);
    if (namespace === MARKUP_COMPATIBILITY && localName(tag.name) === "AlternateContent") {
      const chosen = firstChoice(xml.slice(tag.end, end), root);
      if (chosen !== undefined) children.push({ ...chosen, start: at, end });
    } else children.push({ name: tag.name, namespace, start: at, end });
    at = end;
  }
}

/** The first element inside the first mc:Choice of an mc:AlternateContent's content. */
function firstChoice(
  content: string,
  root: RootElement,
): Omit<Element, "start" | "end"> | undefined {
  const choice = /<([\w.-]+:)?Choice[\s>]/.exec(content);
  if (choice === null) return undefined;
  const choiceTag = startTagAt(content, choice.index);
  if (choiceTag === undefined || choiceTag.selfClosing) return undefined;
  const inner = content.indexOf("<", choiceTag.end);
  const tag = inner < 0 ? undefined : startTagAt(content, inner);
  return tag === undefined ? undefined : { name: tag.name, namespace: namespaceOf(tag, root) };
}

interface StartTag {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly selfClosing: boolean;
  readonly end: number;
}

function startTagAt(xml: string, at: number): StartTag | undefined {
  START_TAG.lastIndex = at;
  const match = START_TAG.exec(xml);
  if (match === null) return undefined;
  const attributes = new Map<string, string>();
  for (const attribute of (match[2] ?? "").matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    attributes.set(attribute[1] ?? "", attribute[2] ?? attribute[3] ?? "");
  return {
    name: match[1] ?? "",
    attributes,
    selfClosing: match[3] === "/",
    end: START_TAG.lastIndex,
  };
}

/** Where an element of this name, whose start tag ends at `from`, closes (same-name nesting counted). */
function elementEnd(xml: string, name: string, from: number): number {
  const close = `</${name}`;
  const open = new RegExp(`<${name.replace(/[.]/g, "\\.")}[\\s/>]`, "g");
  let depth = 1;
  let at = from;
  while (depth > 0) {
    const closing = xml.indexOf(close, at);
    if (closing < 0) throw new Error(`<${name}> is never closed`);
    open.lastIndex = at;
    const opening = open.exec(xml);
    if (opening !== null && opening.index < closing) {
      const tag = startTagAt(xml, opening.index);
      if (tag !== undefined && !tag.selfClosing) depth++;
      at = opening.index + 1;
      continue;
    }
    depth--;
    at = xml.indexOf(">", closing) + 1;
  }
  return at;
}

/** Past a comment, processing instruction, CDATA section or declaration starting at `at`. */
function skipMarkup(xml: string, at: number): number {
  const ends: readonly (readonly [string, string])[] = [
    ["<!--", "-->"],
    ["<![CDATA[", "]]>"],
    ["<?", "?>"],
    ["<!", ">"],
  ];
  for (const [start, end] of ends)
    if (xml.startsWith(start, at)) {
      const found = xml.indexOf(end, at + start.length);
      return found < 0 ? xml.length : found + end.length;
    }
  return at + 1;
}

function namespaceOf(tag: StartTag, root: RootElement): string {
  const prefix = prefixOf(tag.name);
  const own = tag.attributes.get(prefix === "" ? "xmlns" : `xmlns:${prefix}`);
  return own ?? root.prefixes.get(prefix) ?? "";
}

function prefixOf(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? "" : name.slice(0, colon);
}

function localName(name: string): string {
  return name.slice(name.indexOf(":") + 1);
}

/** The order problems of these parts of a package (those with a schema here), every one named. */
export function packageOrderProblems(
  paths: readonly string[],
  partText: (path: string) => string | undefined,
): string[] {
  const contentTypeOf = partContentTypes(partText("[Content_Types].xml") ?? "");
  return paths.flatMap((path) => {
    const schema = schemaOfPart(path, contentTypeOf(path));
    const text = partText(path);
    return schema === undefined || text === undefined
      ? []
      : schemaOrderProblems(path, text, schema);
  });
}

/**
 * Where a child of this schema's sequence belongs in the part: before the first child the sequence
 * puts after it (the end of the root's content when none).
 */
export function sequencePosition(xml: string, schema: PartSchema, name: string): number {
  const root = rootElement(xml);
  if (root === undefined) throw new Error("no root element");
  const rank = schema.children.findIndex((child) => child.name === name);
  if (rank < 0) throw new Error(`<${name}> is not a child of ${schema.type}`);
  const children = rootChildren(xml, root);
  const after = children.find(
    (child) =>
      schema.namespaces.includes(child.namespace) &&
      schema.children.findIndex((candidate) => candidate.name === localName(child.name)) > rank,
  );
  return after?.start ?? xml.lastIndexOf(`</${root.name}>`);
}
