// What a save carried over of the user's, counted by kind: 2 charts, 1 pivot table, 1 image,
// 14 comments, macros. The runner prints it after `c2c score` in its language ("kept: 2 charts, …",
// src/cli/keptLine.ts), so a user sees that the copy still holds their charts, macros… (the parts
// ExcelJS used to drop). The words are the CLI's; this file only counts.
//
// A part's kind comes from its content type ([Content_Types].xml: an Override for the part, else
// the Default for its extension), the way a package consumer must read it (ECMA-376 Part 2, §10.1.2),
// not from the writer's choice of folder. Most kinds count parts: one chart part is one chart, one
// image part one picture however often it is shown. Comments count the `<comment>` elements of the
// comments parts (a sheet's notes are one part), threaded comments their replies (Excel writes a
// note beside every thread, so the thread itself is already counted as a comment), slicers their
// `<slicer>` elements; a kind that has no useful count (macros, custom XML) is named once.

import { elementsAttributes } from "../xlsx/xml";
import { partContentTypes } from "./partContentTypes";

/** The kinds a user would miss, in the order of the summary: what a user made by hand first. */
export const KEPT_KINDS = [
  "chart",
  "chartSheet",
  "pivotTable",
  "image",
  "comment",
  "commentReply",
  "slicer",
  "timeline",
  "formControl",
  "activeXControl",
  "embeddedObject",
  "externalLink",
  "dataConnection",
  "addinRegistration",
  "macros",
  "customXml",
  "customProperties",
] as const;

export type KeptKind = (typeof KEPT_KINDS)[number];

/** One kind of what was kept: how many, or null for a kind named without a count (macros). */
export interface KeptPart {
  readonly kind: KeptKind;
  readonly count: number | null;
}

interface KindRule {
  readonly kind: KeptKind;
  readonly contentTypes: readonly string[];
  /** For the kinds whose parts have no content type of their own. */
  readonly pathPattern?: RegExp;
  /** Named once, without a count. */
  readonly uncounted?: true;
  /** How many the part holds; one per part when absent. */
  readonly count?: (partText: string) => number;
}

const SPREADSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml";

// In the order of KEPT_KINDS.
const KINDS: readonly KindRule[] = [
  {
    contentTypes: ["application/vnd.openxmlformats-officedocument.drawingml.chart+xml"],
    kind: "chart",
  },
  { contentTypes: [`${SPREADSHEET}.chartsheet+xml`], kind: "chartSheet" },
  { contentTypes: [`${SPREADSHEET}.pivotTable+xml`], kind: "pivotTable" },
  { contentTypes: ["image/"], kind: "image" },
  {
    contentTypes: [`${SPREADSHEET}.comments+xml`],
    kind: "comment",
    count: (text) => elementCount(text, "comment"),
  },
  {
    contentTypes: ["application/vnd.ms-excel.threadedcomments+xml"],
    kind: "commentReply",
    count: (text) =>
      elementsAttributes(text, "threadedComment").filter(
        (attributes) => attributes.parentId !== undefined,
      ).length,
  },
  {
    contentTypes: ["application/vnd.ms-excel.slicer+xml"],
    kind: "slicer",
    count: (text) => elementCount(text, "slicer"),
  },
  { contentTypes: ["application/vnd.ms-excel.timeline+xml"], kind: "timeline" },
  {
    contentTypes: ["application/vnd.ms-excel.controlproperties+xml"],
    kind: "formControl",
  },
  {
    contentTypes: ["application/vnd.ms-office.activeX+xml"],
    kind: "activeXControl",
  },
  {
    contentTypes: [
      "application/vnd.openxmlformats-officedocument.oleObject",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ],
    kind: "embeddedObject",
  },
  {
    contentTypes: [`${SPREADSHEET}.externalLink+xml`],
    kind: "externalLink",
  },
  {
    contentTypes: [`${SPREADSHEET}.connections+xml`, `${SPREADSHEET}.queryTable+xml`],
    kind: "dataConnection",
  },
  {
    contentTypes: ["application/vnd.ms-office.webextension+xml"],
    kind: "addinRegistration",
  },
  { contentTypes: ["application/vnd.ms-office.vbaProject"], kind: "macros", uncounted: true },
  // A custom XML item is plain application/xml; its properties part is optional.
  {
    contentTypes: [],
    pathPattern: /^customXml\/item\d*\.xml$/i,
    kind: "customXml",
    uncounted: true,
  },
  {
    contentTypes: ["application/vnd.openxmlformats-officedocument.custom-properties+xml"],
    kind: "customProperties",
    uncounted: true,
  },
];

/**
 * The kept parts of a kind a user would miss, by kind in the order of KEPT_KINDS (empty when none):
 * `partPaths` are the parts carried over (without a leading "/"), `contentTypesXml` the package's
 * `[Content_Types].xml`, `partText` a part's text, read only for the kinds counted by their elements.
 */
export function keptParts(
  partPaths: readonly string[],
  contentTypesXml: string,
  partText: (partPath: string) => string | undefined,
): KeptPart[] {
  const contentTypeOf = partContentTypes(contentTypesXml);
  const counts = new Map<KindRule, number>();
  for (const path of partPaths) {
    const contentType = contentTypeOf(path) ?? "";
    const rule = KINDS.find(
      (candidate) =>
        candidate.pathPattern?.test(path) === true ||
        candidate.contentTypes.some((type) =>
          type.endsWith("/") ? contentType.startsWith(type) : contentType === type,
        ),
    );
    if (rule === undefined) continue;
    const count = rule.count === undefined ? 1 : rule.count(partText(path) ?? "");
    counts.set(rule, (counts.get(rule) ?? 0) + count);
  }
  return KINDS.flatMap((rule): KeptPart[] => {
    const count = counts.get(rule) ?? 0;
    if (count === 0) return [];
    return [{ kind: rule.kind, count: rule.uncounted === true ? null : count }];
  });
}

/** How many `<name …>` elements the text holds, whatever their namespace prefix. */
function elementCount(text: string, name: string): number {
  return [...text.matchAll(new RegExp(`<(?:[\\w.-]+:)?${name}[\\s/>]`, "g"))].length;
}
