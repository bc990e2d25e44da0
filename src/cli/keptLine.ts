// The line `c2c score` and `c2c import-answers` print of what the save kept of the user's, in the
// CLI's language: "out.xlsx: kept: 2 charts, 1 pivot table, 14 comments, macros" ("out.xlsx :
// conservé : 2 graphiques, …"). The host counts the parts by kind (src/host/ooxml/keptParts.ts); the words are here.

import type { Language } from "../engine/language/language";
import type { KeptKind, KeptPart } from "../host/ooxml/keptParts";
import { cliText, countedIn, type CliTextKey } from "./texts";

/** Singular and plural keys; one key for a kind named without a count. */
const WORDS: Readonly<Record<KeptKind, CliTextKey | readonly [CliTextKey, CliTextKey]>> = {
  chart: ["kept.chartOne", "kept.chartMany"],
  chartSheet: ["kept.chartSheetOne", "kept.chartSheetMany"],
  pivotTable: ["kept.pivotTableOne", "kept.pivotTableMany"],
  image: ["kept.imageOne", "kept.imageMany"],
  comment: ["kept.commentOne", "kept.commentMany"],
  commentReply: ["kept.commentReplyOne", "kept.commentReplyMany"],
  slicer: ["kept.slicerOne", "kept.slicerMany"],
  timeline: ["kept.timelineOne", "kept.timelineMany"],
  formControl: ["kept.formControlOne", "kept.formControlMany"],
  activeXControl: ["kept.activeXControlOne", "kept.activeXControlMany"],
  embeddedObject: ["kept.embeddedObjectOne", "kept.embeddedObjectMany"],
  externalLink: ["kept.externalLinkOne", "kept.externalLinkMany"],
  dataConnection: ["kept.dataConnectionOne", "kept.dataConnectionMany"],
  addinRegistration: ["kept.addinRegistrationOne", "kept.addinRegistrationMany"],
  macros: "kept.macros",
  customXml: "kept.customXml",
  customProperties: "kept.customProperties",
};

/** "2 charts", "1 graphique", "macros". */
function partText(language: Language, part: KeptPart): string {
  const words = WORDS[part.kind];
  if (typeof words === "string") return cliText(language, words);
  return countedIn(language, part.count ?? 0, words[0], words[1]);
}

/** "out.xlsx: kept: 2 charts, 14 comments, macros" in the language; undefined when nothing was kept. */
export function keptLine(
  language: Language,
  output: string,
  parts: readonly KeptPart[],
): string | undefined {
  if (parts.length === 0) return undefined;
  return cliText(language, "kept.line", {
    output,
    parts: parts.map((part) => partText(language, part)).join(", "),
  });
}
