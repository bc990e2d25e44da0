// The preflight: every byte of an input goes through here before any parser sees it. It reads the
// zip directory itself, refuses what no workbook looks like (other formats, damage, decompression
// bombs, encrypted files) with a sentence for the user, inflates every part under a cap (the way
// its host inflates: PartInflater, preflightInflate.ts), and hands on the parts our reader takes:
// part names, relationship targets and strict namespaces normalised. The package itself is not
// repacked: the package host saves from the file's own entries, writing anew only the ones named
// in `normalised` (saveEditedPackage.ts). Works on bytes only (no file system), so the task pane's
// imports can use it too.

import { phrase, type Phrase } from "../../engine/language/problemTexts";
import { foreignFormat, type ForeignFormat } from "./preflightFormat";
import { WEB_INFLATER, type Inflated, type PartInflater } from "./preflightInflate";
import {
  MAX_COMPRESSION_RATIO,
  MAX_ENTRY_COUNT,
  MAX_TOTAL_UNCOMPRESSED_BYTES,
  RATIO_GRACE_BYTES,
} from "./preflightLimits";
import {
  canonicalPartName,
  isStrict,
  prefixedDrawing,
  rewriteContentTypes,
  rewriteRelationships,
  transitionalNamespaces,
} from "./preflightParts";
import { entryData, readZipDirectory, type ZipEntry } from "./preflightZip";

/** A package as the preflight passed it: the file, and its parts as our reader takes them. */
export interface PreflightedPackage {
  /** The file as given. */
  readonly bytes: Uint8Array;
  /** Its parts, inflated and normalised: canonical part name → bytes. */
  readonly parts: ReadonlyMap<string, Uint8Array>;
  /**
   * The zip entries (names as stored) whose part the preflight renamed or rewrote: a save writes
   * them from `parts`, under the canonical name, instead of copying the stored entry.
   */
  readonly normalised: ReadonlySet<string>;
}

export type Preflight =
  | (PreflightedPackage & {
      readonly ok: true;
      /** The parts as stored, inflated: entry name → bytes (the same arrays where unchanged). */
      readonly stored: ReadonlyMap<string, Uint8Array>;
      /** What was normalised, for --debug. */
      readonly rewrites: readonly string[];
    })
  | {
      readonly ok: false;
      /** Why the file is refused and what to do, as the end of "<file>: cannot be read: …". */
      readonly reason: Phrase;
      /** The technical cause, for --debug. */
      readonly detail: string;
    };

export const DAMAGED = phrase("package.damaged");

/** Why a file that is not a zip package is refused, by what it is; the words are in problemTexts. */
export const REFUSALS = {
  empty: phrase("package.empty"),
  encrypted: phrase("package.encrypted"),
  xls: phrase("package.xls"),
  ole: phrase("package.ole"),
  "truncated-zip": DAMAGED,
  html: phrase("package.html"),
  "xml-spreadsheet": phrase("package.xmlSpreadsheet"),
  text: phrase("package.text"),
  unknown: phrase("package.unknown"),
} as const satisfies Record<ForeignFormat, Phrase>;

export const PACKAGE_REFUSALS = {
  damaged: DAMAGED,
  tooLarge: phrase("package.tooLarge", { megabytes: MAX_TOTAL_UNCOMPRESSED_BYTES / 1024 / 1024 }),
  zipEncrypted: phrase("package.zipEncrypted"),
  method: phrase("package.method"),
  ods: phrase("package.ods"),
  xlsb: phrase("package.xlsb"),
  otherOffice: phrase("package.otherOffice"),
  noWorkbook: phrase("package.noWorkbook"),
} as const;

/**
 * `inflater`: how the host inflates (the runner passes Node's zlib, preflightInflateNode.ts); every
 * part is inflated and checked, read later or not, so a damaged part is refused here whatever the
 * command goes on to read.
 */
export async function preflightPackage(
  bytes: Uint8Array,
  inflater: PartInflater = WEB_INFLATER,
): Promise<Preflight> {
  const checked = checkedEntries(bytes);
  if ("ok" in checked) return checked;
  const parts = new Map<string, Uint8Array>();
  for (const entry of checked) {
    const data = entryData(bytes, entry);
    if (data === undefined)
      return refused(DAMAGED, `${entry.name}: data beyond the end of the file`);
    const inflated = await inflater.inflate(entry, data);
    if (!inflated.ok) return refusedPart(entry, inflated);
    parts.set(entry.name, inflated.bytes);
  }
  return normalisedPackage(bytes, parts);
}

/** The zip's entries (folders left out) when its directory passes, else the refusal. */
export function checkedEntries(bytes: Uint8Array): readonly ZipEntry[] | Preflight {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) {
    if (directory.fault === "no-directory") {
      const format = foreignFormat(bytes);
      return refused(REFUSALS[format], `${format}: ${directory.detail}`);
    }
    return refused(
      directory.fault === "damaged" ? DAMAGED : PACKAGE_REFUSALS.tooLarge,
      directory.detail,
    );
  }
  const entries = directory.entries.filter((entry) => !entry.name.endsWith("/"));
  return judgeEntries(entries) ?? entries;
}

/** The refusal of an entry that did not inflate: past its declared size, or damaged. */
export function refusedPart(
  entry: ZipEntry,
  inflated: Extract<Inflated, { ok: false }>,
): Preflight {
  return refused(
    inflated.fault === "larger-than-declared" ? PACKAGE_REFUSALS.tooLarge : DAMAGED,
    `${entry.name}: ${inflated.detail}`,
  );
}

/** Refusals from the directory alone: format, encryption, method, declared sizes, names. */
function judgeEntries(entries: readonly ZipEntry[]): Preflight | undefined {
  const names = new Set(entries.map((entry) => canonicalPartName(entry.name).toLowerCase()));
  if (names.has("mimetype") && names.has("content.xml"))
    return refused(PACKAGE_REFUSALS.ods, "OpenDocument mimetype and content.xml");
  if (names.has("xl/workbook.bin")) return refused(PACKAGE_REFUSALS.xlsb, "xl/workbook.bin");
  if (names.has("word/document.xml") || names.has("ppt/presentation.xml"))
    return refused(PACKAGE_REFUSALS.otherOffice, "word/ or ppt/ main part");
  if (entries.length > MAX_ENTRY_COUNT)
    return refused(PACKAGE_REFUSALS.tooLarge, `${entries.length} entries`);

  let total = 0;
  for (const entry of entries) {
    if (entry.encrypted) return refused(PACKAGE_REFUSALS.zipEncrypted, entry.name);
    if (entry.method !== 0 && entry.method !== 8)
      return refused(PACKAGE_REFUSALS.method, `${entry.name}: method ${entry.method}`);
    if (entry.method === 0 && entry.compressedSize !== entry.uncompressedSize)
      return refused(DAMAGED, `${entry.name}: stored with two sizes`);
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > RATIO_GRACE_BYTES && ratio > MAX_COMPRESSION_RATIO)
      return refused(
        PACKAGE_REFUSALS.tooLarge,
        `${entry.name}: ${entry.uncompressedSize} bytes from ${entry.compressedSize} (${Math.round(ratio)}:1)`,
      );
  }
  if (total > MAX_TOTAL_UNCOMPRESSED_BYTES)
    return refused(PACKAGE_REFUSALS.tooLarge, `${total} bytes declared in all`);

  if (names.size !== entries.length) {
    const seen = new Set<string>();
    const duplicate = entries.find((entry) => {
      const key = canonicalPartName(entry.name).toLowerCase();
      const again = seen.has(key);
      seen.add(key);
      return again;
    });
    return refused(
      phrase("package.duplicatePart", { part: duplicate?.name ?? "" }),
      `duplicate part ${duplicate?.name ?? ""}`,
    );
  }
  if (!names.has("[content_types].xml") || !names.has("xl/workbook.xml"))
    return refused(PACKAGE_REFUSALS.noWorkbook, [...names].slice(0, 20).join(", "));
  return undefined;
}

function normalisedPackage(original: Uint8Array, stored: Map<string, Uint8Array>): Preflight {
  const rewrites: string[] = [];
  const partNames = new Map<string, string>();
  const renamed = new Map<string, Uint8Array>();
  const storedNames = new Map<string, string>();
  const changed = new Set<string>();
  for (const [name, bytes] of stored) {
    const canonical = canonicalPartName(name);
    if (canonical !== name) {
      rewrites.push(`part ${name} → ${canonical}`);
      changed.add(name);
    }
    partNames.set(canonical.toLowerCase(), canonical);
    renamed.set(canonical, bytes);
    storedNames.set(canonical, name);
  }
  const strict = isStrict(text(renamed.get("xl/workbook.xml")));
  if (strict) rewrites.push("strict OOXML namespaces → transitional");

  const parts = new Map<string, Uint8Array>();
  for (const [name, bytes] of renamed) {
    if (!mayNeedRewriting(name, strict)) {
      parts.set(name, bytes);
      continue;
    }
    const xml = text(bytes);
    const rewritten = normalisedXml(name, xml, strict, partNames);
    if (rewritten === xml) parts.set(name, bytes);
    else {
      if (!strict) rewrites.push(`targets or prefixes in ${name}`);
      parts.set(name, new TextEncoder().encode(rewritten));
      changed.add(storedNames.get(name) ?? name);
    }
  }
  return { ok: true, bytes: original, parts, normalised: changed, stored, rewrites };
}

/**
 * Whether the preflight may rewrite the part (canonical name): every XML part of a strict package,
 * else only relationships, [Content_Types].xml and drawings.
 */
export function mayNeedRewriting(name: string, strict: boolean): boolean {
  if (strict) return /\.(xml|rels|vml)$/i.test(name);
  return name.endsWith(".rels") || name === "[Content_Types].xml" || DRAWING_PART.test(name);
}

const DRAWING_PART = /^xl\/drawings\/[^/]+\.xml$/;

/** A part's text as ExcelJS and our reader take it; `partNames`: lower-cased → canonical names. */
export function normalisedXml(
  name: string,
  xml: string,
  strict: boolean,
  partNames: ReadonlyMap<string, string>,
): string {
  let rewritten = strict ? transitionalNamespaces(xml) : xml;
  if (name.endsWith(".rels")) rewritten = rewriteRelationships(name, rewritten, partNames);
  if (name === "[Content_Types].xml") rewritten = rewriteContentTypes(rewritten, partNames);
  if (DRAWING_PART.test(name)) rewritten = prefixedDrawing(rewritten);
  return rewritten;
}

export function text(bytes: Uint8Array | undefined): string {
  return bytes === undefined ? "" : new TextDecoder("utf-8").decode(bytes);
}

export function refused(reason: Phrase, detail: string): Preflight {
  return { ok: false, reason, detail };
}
