// What each column of a wide export (one row per submission) holds, by its header alone:
//
//   item        a checklist item of the workbook: the form's question name, bare or in a group path
//               ("TA1", "TA/TA1", "checklist.TA.TA1"), or a question text starting with the item ID
//               ("TA1. The partnership…", "TA — Transparency/TA1. …", Forms and Google Forms titles)
//   detail      the respondent's name, stakeholder group, organisation or city (names and labels)
//   submission  the tool's id of a submission (Kobo `_uuid`, ODK `instanceID`, Microsoft Forms `ID`)
//   timestamp   Google Forms' `Timestamp`, Microsoft Forms' `Start time` (part of their ids)
//   ignored     the tools' metadata, device data, geolocation and e-mail addresses: never read
//   foreign     an item ID of the catalogue the workbook's checklist does not have
//   unknown     anything else (another question of the form): named, not read
//
// Nothing here reads a cell: which columns are private is decided before any value is seen.

import { catalogue } from "../catalogue";
import { nameKey } from "../sheetValues";
import type { DetailField, ExportVocabulary } from "./exportVocabulary";

export type ColumnRole =
  | { readonly kind: "item"; readonly itemId: string }
  | { readonly kind: "detail"; readonly field: DetailField }
  | { readonly kind: "submission" }
  | { readonly kind: "timestamp" }
  | { readonly kind: "ignored" }
  | { readonly kind: "foreign"; readonly itemId: string }
  | { readonly kind: "unknown" };

/** Which tool wrote the export, as its own columns tell. */
export type ExportKind = "kobo" | "microsoft-forms" | "google-forms" | "wide";

// Metadata of KoboToolbox, ODK Central, Microsoft Forms and Google Forms, compared by nameKey of
// the header's last path segment. Every column whose last segment starts with "_" is Kobo's too.
const METADATA = new Set(
  [
    "start",
    "end",
    "today",
    "deviceid",
    "subscriberid",
    "simserial",
    "phonenumber",
    "username",
    "audit",
    "instancename",
    "submitterid",
    "submittername",
    "submissiondate",
    "attachmentspresent",
    "attachmentsexpected",
    "status",
    "reviewstate",
    "edits",
    "formversion",
    "deviceid",
    "privacy_note",
    "completion time",
    "last modified time",
    "total points",
    "quiz feedback",
    "score",
    "geolocation",
    "location",
    "meta-instancename",
    "meta-audit",
  ].map(nameKey),
);

// E-mail columns: never read, whatever they hold.
const PRIVATE = new Set(
  [
    "email",
    "e-mail",
    "email address",
    "e-mail address",
    "adresse e-mail",
    "adresse courriel",
    "dirección de correo electrónico",
    "correo electrónico",
  ].map(nameKey),
);

// ODK Central's CSV joins group names with "-": its instance id is "meta-instanceID".
const SUBMISSION_IDS = new Set(
  ["_uuid", "instanceid", "meta/instanceid", "meta-instanceid", "key"].map(nameKey),
);
const FORMS_ID = nameKey("ID");
const TIMESTAMPS = new Set(
  ["timestamp", "horodateur", "marca temporal", "start time"].map(nameKey),
);
const GOOGLE_TIMESTAMPS = new Set(["timestamp", "horodateur", "marca temporal"].map(nameKey));
const FORMS_COLUMNS = ["id", "start time", "completion time"].map(nameKey);

// Longest first, as the workbook's IDs are tried, so "TA10" would never be read as TA1.
const CATALOGUE_IDS = catalogue.items.map((item) => item.id).sort((a, b) => b.length - a.length);

/**
 * The header's path segments: Kobo joins group names with "/" or "." (an export option), ODK
 * Central's CSV with "-".
 */
function segments(header: string): string[] {
  return header.split(/[/.-]/u).map((part) => part.trim());
}

function lastSegment(header: string): string {
  const parts = header.split("/");
  return (parts[parts.length - 1] ?? "").trim();
}

export function exportKind(headers: readonly string[]): ExportKind {
  const keys = headers.map((header) => nameKey(header));
  if (FORMS_COLUMNS.every((column) => keys.includes(column))) return "microsoft-forms";
  if (keys[0] !== undefined && GOOGLE_TIMESTAMPS.has(keys[0])) return "google-forms";
  const kobo = headers.some((header) => {
    const last = nameKey(lastSegment(header));
    return last === "_uuid" || last === "_submission_time" || last === "instanceid";
  });
  return kobo ? "kobo" : "wide";
}

/** The role of each column, in header order. */
export function columnRoles(
  headers: readonly string[],
  kind: ExportKind,
  vocabulary: ExportVocabulary,
): ColumnRole[] {
  return headers.map((header) => roleOf(header, kind, vocabulary));
}

function roleOf(header: string, kind: ExportKind, vocabulary: ExportVocabulary): ColumnRole {
  const key = nameKey(header);
  const last = nameKey(lastSegment(header));
  if (key === "") return { kind: "ignored" };
  if (SUBMISSION_IDS.has(key) || SUBMISSION_IDS.has(last)) return { kind: "submission" };
  if (kind === "microsoft-forms" && key === FORMS_ID) return { kind: "submission" };
  if (TIMESTAMPS.has(key)) return { kind: "timestamp" };
  if (PRIVATE.has(key) || PRIVATE.has(last)) return { kind: "ignored" };
  if (last.startsWith("_") || METADATA.has(last) || METADATA.has(key)) return { kind: "ignored" };
  // Microsoft Forms quizzes add "Points - <question>" and "Feedback - <question>" columns.
  if (/^(points|feedback) - /u.test(key)) return { kind: "ignored" };

  const detail = detailOf(header, vocabulary);
  if (detail !== undefined) return { kind: "detail", field: detail };

  const named = namedItem(header, vocabulary.itemNames);
  if (named !== undefined) return { kind: "item", itemId: named };
  const labelled = labelledItem(header, vocabulary.itemIds);
  if (labelled !== undefined) return { kind: "item", itemId: labelled };
  const foreign =
    namedItem(header, new Map(CATALOGUE_IDS.map((id) => [nameKey(id), id]))) ??
    labelledItem(header, CATALOGUE_IDS);
  if (foreign !== undefined) return { kind: "foreign", itemId: foreign };
  return { kind: "unknown" };
}

function detailOf(header: string, vocabulary: ExportVocabulary): DetailField | undefined {
  const candidates = [nameKey(header), nameKey(lastSegment(header)), nameKey(trimmedTitle(header))];
  for (const field of ["respondent", "group", "organisation", "city"] as const)
    if (candidates.some((candidate) => vocabulary.details[field].has(candidate))) return field;
  return undefined;
}

// Forms mark required questions with " *" and people end titles with ":" or "?".
function trimmedTitle(header: string): string {
  return lastSegment(header).replace(/[\s*:?]+$/u, "");
}

/** An item by its question name: the whole header, or its last path segment ("TA/TA1", "TA.TA1"). */
function namedItem(header: string, names: ReadonlyMap<string, string>): string | undefined {
  const whole = names.get(nameKey(header));
  if (whole !== undefined) return whole;
  const parts = segments(header);
  // A custom ID may hold a separator itself ("X.1", "LOC-2"): try the longest tails first, joined
  // as the header joins them.
  const separators = header.match(/[/.-]/gu) ?? [];
  for (let start = 1; start < parts.length; start += 1) {
    let tail = parts[start] ?? "";
    for (let index = start + 1; index < parts.length; index += 1)
      tail += `${separators[index - 1] ?? ""}${parts[index] ?? ""}`;
    const found = names.get(nameKey(tail));
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * An item by a question text that starts with its ID, the whole header or after a group path
 * ("/" or "."): "TA1. The partnership…", "TA — Territorial approach/TA1. …". The ID must end
 * there ("TA10" is not TA1).
 */
function labelledItem(header: string, itemIds: readonly string[]): string | undefined {
  const starts = [0, ...[...header.matchAll(/[/.]/gu)].map((match) => match.index + 1)];
  // The question is the last segment: try the latest start first.
  for (const start of starts.reverse()) {
    const text = header.slice(start).trimStart();
    for (const id of itemIds) {
      if (text.length < id.length || nameKey(text.slice(0, id.length)) !== nameKey(id)) continue;
      const next = text.charAt(id.length);
      if (next === "" || /[\s.,:;?)\]–—-]/u.test(next)) return id;
    }
  }
  return undefined;
}
