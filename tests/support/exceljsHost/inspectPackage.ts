// Looks inside an .xlsx package before ExcelJS loads it and lists what ExcelJS would drop (or change)
// when it writes the workbook back: charts, pivot tables, images, slicers, macros, form controls…
// The runner refuses such a workbook unless --force, naming each part, so no one loses a chart by
// scoring their workbook. Each finding names its sheet where it has one, so parts on a sheet the
// add-in owns (the Scoreboard's own charts, which it rebuilds) can be told apart.

import { readFile } from "node:fs/promises";
import JSZip from "jszip";
import {
  folderOf,
  packagePath,
  readRelationships,
  relationshipsPathOf,
  sheetPartPaths,
} from "../../../src/host/xlsx/packageParts";
import { elementsAttributes, unescapeXml } from "../../../src/host/xlsx/xml";

export type DroppedPartKind =
  | "chart"
  | "chartsheet"
  | "pivot-table"
  | "pivot-cache"
  | "image"
  | "slicer"
  | "timeline"
  | "macro"
  | "form-control"
  | "activex"
  | "embedded-object"
  | "external-link"
  | "data-connection"
  | "custom-xml"
  | "custom-properties"
  | "web-extension"
  | "threaded-comment"
  | "sparkline"
  | "extended-validation"
  | "defined-name";

export interface PackageFinding {
  readonly kind: DroppedPartKind;
  /** The package part, e.g. "xl/charts/chart1.xml" (or "xl/workbook.xml" for a defined name). */
  readonly part: string;
  /** The sheet the part belongs to, when it belongs to one. */
  readonly sheet?: string;
  /** What would be lost, in words for the user. */
  readonly description: string;
}

export interface PackageInspection {
  readonly findings: readonly PackageFinding[];
}

interface PartRule {
  readonly pattern: RegExp;
  readonly kind: DroppedPartKind;
  readonly description: string;
}

const PART_RULES: readonly PartRule[] = [
  { pattern: /^xl\/charts\/chart\d*\.xml$/i, kind: "chart", description: "a chart" },
  { pattern: /^xl\/chartsheets\/[^/]+\.xml$/i, kind: "chartsheet", description: "a chart sheet" },
  { pattern: /^xl\/pivotTables\/[^/]+\.xml$/i, kind: "pivot-table", description: "a pivot table" },
  {
    pattern: /^xl\/pivotCache\/pivotCacheDefinition\d*\.xml$/i,
    kind: "pivot-cache",
    description: "a pivot cache (the data behind a pivot table)",
  },
  {
    pattern: /^xl\/media\/[^/]+$/i,
    kind: "image",
    description:
      "an image (ExcelJS keeps pictures but rewrites their drawing, so effects, links and crops may be lost)",
  },
  { pattern: /^xl\/(slicers|slicerCaches)\/[^/]+\.xml$/i, kind: "slicer", description: "a slicer" },
  {
    pattern: /^xl\/(timelines|timelineCaches)\/[^/]+\.xml$/i,
    kind: "timeline",
    description: "a timeline",
  },
  { pattern: /^xl\/vbaProject\.bin$/i, kind: "macro", description: "VBA macros" },
  {
    pattern: /^xl\/ctrlProps\/[^/]+\.xml$/i,
    kind: "form-control",
    description: "a form control (button, check box, drop-down…)",
  },
  { pattern: /^xl\/activeX\/[^/]+\.xml$/i, kind: "activex", description: "an ActiveX control" },
  {
    pattern: /^xl\/embeddings\/[^/]+$/i,
    kind: "embedded-object",
    description: "an embedded object",
  },
  {
    pattern: /^xl\/externalLinks\/[^/]+\.xml$/i,
    kind: "external-link",
    description: "a link to another workbook",
  },
  {
    pattern: /^xl\/(connections\.xml|queryTables\/[^/]+\.xml)$/i,
    kind: "data-connection",
    description: "a data connection or query",
  },
  { pattern: /^customXml\/item\d*\.xml$/i, kind: "custom-xml", description: "custom XML data" },
  {
    pattern: /^docProps\/custom\.xml$/i,
    kind: "custom-properties",
    description: "custom document properties",
  },
  {
    pattern: /^xl\/webextensions\/webextension\d*\.xml$/i,
    kind: "web-extension",
    description: "an Office add-in registration (its task pane no longer opens with the workbook)",
  },
  {
    pattern: /^xl\/threadedComments\/[^/]+\.xml$/i,
    kind: "threaded-comment",
    description: "threaded comments (replies are lost)",
  },
];

/** Inspects the package at this path; throws when the file is not a zip package. */
export async function inspectPackage(path: string): Promise<PackageInspection> {
  return inspectPackageBytes(await readFile(path));
}

export async function inspectPackageBytes(bytes: Uint8Array): Promise<PackageInspection> {
  const zip = await JSZip.loadAsync(bytes);
  const sheetOfPart = await partsBySheet(zip);
  const findings: PackageFinding[] = [];
  const add = (
    kind: DroppedPartKind,
    part: string,
    description: string,
    sheet = sheetOfPart.get(part),
  ): void => {
    findings.push({ kind, part, description, ...(sheet === undefined ? {} : { sheet }) });
  };

  const found: { path: string; rule: PartRule }[] = [];
  zip.forEach((path, file) => {
    if (file.dir) return;
    const rule = PART_RULES.find((candidate) => candidate.pattern.test(path));
    if (rule !== undefined) found.push({ path, rule });
  });
  for (const { path, rule } of found) {
    // LibreOffice writes an empty custom-properties part into every workbook: nothing to lose.
    if (rule.kind === "custom-properties" && !/<(\w+:)?property\b/.test(await text(zip, path)))
      continue;
    add(rule.kind, path, rule.description);
  }

  for (const [sheet, path] of await sheetPartPaths(zip)) {
    const xml = (await zip.file(path)?.async("string")) ?? "";
    if (xml.includes("sparklineGroup")) add("sparkline", path, "sparklines", sheet);
    if (/<x14:dataValidations[\s>]/.test(xml))
      add("extended-validation", path, "drop-down lists that refer to another sheet", sheet);
  }

  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  for (const name of definedNamesExcelJsDrops(workbook))
    add("defined-name", "xl/workbook.xml", name);
  return { findings };
}

async function text(zip: JSZip, path: string): Promise<string> {
  return (await zip.file(path)?.async("string")) ?? "";
}

/** Part path → name of the sheet that uses it, through the sheet's relationships and its drawing's. */
async function partsBySheet(zip: JSZip): Promise<Map<string, string>> {
  const sheetOfPart = new Map<string, string>();
  for (const [sheet, sheetPath] of await sheetPartPaths(zip)) {
    const parts = await relatedParts(zip, sheetPath);
    for (const part of parts) {
      sheetOfPart.set(part, sheet);
      // Charts, pictures and controls hang one level further down, off the sheet's drawing.
      for (const nested of await relatedParts(zip, part)) sheetOfPart.set(nested, sheet);
    }
  }
  return sheetOfPart;
}

async function relatedParts(zip: JSZip, partPath: string): Promise<string[]> {
  const rels = await zip.file(relationshipsPathOf(partPath))?.async("string");
  if (rels === undefined) return [];
  return readRelationships(rels)
    .filter((relationship) => !/^(https?|file|mailto):/i.test(relationship.target))
    .map((relationship) => packagePath(folderOf(partPath), relationship.target));
}

// ExcelJS keeps defined names that are plain ranges and turns every name into a workbook-wide one:
// names holding a constant or a formula are dropped, sheet-scoped names change scope. Excel's
// built-in names (_xlnm.*) are handled by ExcelJS's print settings or rebuilt by Excel.
function definedNamesExcelJsDrops(workbookXml: string): string[] {
  const descriptions: string[] = [];
  for (const match of workbookXml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)) {
    const attributes = elementsAttributes(`<definedName${match[1] ?? ""}>`, "definedName")[0] ?? {};
    const name = attributes.name ?? "";
    if (name.startsWith("_xlnm.")) continue;
    const text = match[2] ?? "";
    if (!isPlainRangeReference(text))
      descriptions.push(`the defined name "${name}" (a constant or formula, dropped)`);
    else if (attributes.localSheetId !== undefined)
      descriptions.push(`the sheet-scoped name "${name}" (becomes workbook-wide)`);
  }
  return descriptions;
}

function isPlainRangeReference(text: string): boolean {
  const unescaped = unescapeXml(text).trim();
  return /^('([^']|'')+'|[^'!:\s()]+)!\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/.test(unescaped);
}
