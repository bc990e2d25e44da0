// What a save carried over of the user's, in words: "kept: 2 charts, 1 pivot table, 1 image,
// 14 comments, macros". The runner prints it after `c2c score`, so a user sees that the copy still
// holds their charts, macros… (the parts ExcelJS used to drop).
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

interface KeptKind {
  readonly contentTypes: readonly string[];
  /** For the kinds whose parts have no content type of their own. */
  readonly pathPattern?: RegExp;
  /** Singular and plural; one word when the kind is named without a count. */
  readonly words: readonly [string, string] | string;
  /** How many the part holds; one per part when absent. */
  readonly count?: (partText: string) => number;
}

const SPREADSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml";

// The order of the summary: what a user made by hand first.
const KINDS: readonly KeptKind[] = [
  {
    contentTypes: ["application/vnd.openxmlformats-officedocument.drawingml.chart+xml"],
    words: ["chart", "charts"],
  },
  { contentTypes: [`${SPREADSHEET}.chartsheet+xml`], words: ["chart sheet", "chart sheets"] },
  { contentTypes: [`${SPREADSHEET}.pivotTable+xml`], words: ["pivot table", "pivot tables"] },
  { contentTypes: ["image/"], words: ["image", "images"] },
  {
    contentTypes: [`${SPREADSHEET}.comments+xml`],
    words: ["comment", "comments"],
    count: (text) => elementCount(text, "comment"),
  },
  {
    contentTypes: ["application/vnd.ms-excel.threadedcomments+xml"],
    words: ["comment reply", "comment replies"],
    count: (text) =>
      elementsAttributes(text, "threadedComment").filter(
        (attributes) => attributes.parentId !== undefined,
      ).length,
  },
  {
    contentTypes: ["application/vnd.ms-excel.slicer+xml"],
    words: ["slicer", "slicers"],
    count: (text) => elementCount(text, "slicer"),
  },
  { contentTypes: ["application/vnd.ms-excel.timeline+xml"], words: ["timeline", "timelines"] },
  {
    contentTypes: ["application/vnd.ms-excel.controlproperties+xml"],
    words: ["form control", "form controls"],
  },
  {
    contentTypes: ["application/vnd.ms-office.activeX+xml"],
    words: ["ActiveX control", "ActiveX controls"],
  },
  {
    contentTypes: [
      "application/vnd.openxmlformats-officedocument.oleObject",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ],
    words: ["embedded object", "embedded objects"],
  },
  {
    contentTypes: [`${SPREADSHEET}.externalLink+xml`],
    words: ["link to another workbook", "links to other workbooks"],
  },
  {
    contentTypes: [`${SPREADSHEET}.connections+xml`, `${SPREADSHEET}.queryTable+xml`],
    words: ["data connection", "data connections"],
  },
  {
    contentTypes: ["application/vnd.ms-office.webextension+xml"],
    words: ["add-in registration", "add-in registrations"],
  },
  { contentTypes: ["application/vnd.ms-office.vbaProject"], words: "macros" },
  // A custom XML item is plain application/xml; its properties part is optional.
  { contentTypes: [], pathPattern: /^customXml\/item\d*\.xml$/i, words: "custom XML" },
  {
    contentTypes: ["application/vnd.openxmlformats-officedocument.custom-properties+xml"],
    words: "custom document properties",
  },
];

/**
 * The summary of the kept parts ("kept: 2 charts, 14 comments, macros"), or undefined when none is
 * of a kind a user would miss. `partPaths` are the parts carried over (without a leading "/"),
 * `contentTypesXml` the package's `[Content_Types].xml`, `partText` a part's text, read only for
 * the kinds counted by their elements.
 */
export function keptSummary(
  partPaths: readonly string[],
  contentTypesXml: string,
  partText: (partPath: string) => string | undefined,
): string | undefined {
  const contentTypeOf = partContentTypes(contentTypesXml);
  const counts = new Map<KeptKind, number>();
  for (const path of partPaths) {
    const contentType = contentTypeOf(path) ?? "";
    const kind = KINDS.find(
      (candidate) =>
        candidate.pathPattern?.test(path) === true ||
        candidate.contentTypes.some((type) =>
          type.endsWith("/") ? contentType.startsWith(type) : contentType === type,
        ),
    );
    if (kind === undefined) continue;
    const count = kind.count === undefined ? 1 : kind.count(partText(path) ?? "");
    counts.set(kind, (counts.get(kind) ?? 0) + count);
  }
  const phrases = KINDS.flatMap((kind) => {
    const count = counts.get(kind) ?? 0;
    if (count === 0) return [];
    if (typeof kind.words === "string") return [kind.words];
    return [`${count} ${count === 1 ? kind.words[0] : kind.words[1]}`];
  });
  return phrases.length === 0 ? undefined : `kept: ${phrases.join(", ")}`;
}

/** How many `<name …>` elements the text holds, whatever their namespace prefix. */
function elementCount(text: string, name: string): number {
  return [...text.matchAll(new RegExp(`<(?:[\\w.-]+:)?${name}[\\s/>]`, "g"))].length;
}
