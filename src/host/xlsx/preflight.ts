// The preflight: every byte of an input goes through here before any parser sees it. It reads the
// zip directory itself, refuses what no workbook looks like (other formats, damage, decompression
// bombs, encrypted files) with a sentence for the user, inflates every part under a cap, and hands
// on a package ExcelJS can read: the input's own bytes when nothing needed rewriting, else a new
// (uncompressed) zip with part names, relationship targets and strict namespaces normalised.
// Works on bytes only (no file system), so the task pane's imports can use it too.

import JSZip from "jszip";
import { phrase, type Phrase } from "../../engine/language/problemTexts";
import { foreignFormat, type ForeignFormat } from "./preflightFormat";
import { inflateEntry, type Inflated } from "./preflightInflate";
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

export type Preflight =
  | {
      readonly ok: true;
      /** The package to parse. */
      readonly bytes: Uint8Array;
      /** The same package's parts, inflated and normalised: part name → bytes. */
      readonly parts: ReadonlyMap<string, Uint8Array>;
      /** What was normalised, for --debug. */
      readonly rewrites: readonly string[];
    }
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

export async function preflightPackage(bytes: Uint8Array): Promise<Preflight> {
  const checked = checkedEntries(bytes);
  if ("ok" in checked) return checked;
  const parts = new Map<string, Uint8Array>();
  for (const entry of checked) {
    const data = entryData(bytes, entry);
    if (data === undefined)
      return refused(DAMAGED, `${entry.name}: data beyond the end of the file`);
    const inflated = await inflateEntry(entry, data);
    if (!inflated.ok) return refusedPart(entry, inflated);
    parts.set(entry.name, inflated.bytes);
  }
  return normalised(bytes, parts);
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

async function normalised(
  original: Uint8Array,
  stored: Map<string, Uint8Array>,
): Promise<Preflight> {
  const rewrites: string[] = [];
  const partNames = new Map<string, string>();
  const renamed = new Map<string, Uint8Array>();
  for (const [name, bytes] of stored) {
    const canonical = canonicalPartName(name);
    if (canonical !== name) rewrites.push(`part ${name} → ${canonical}`);
    partNames.set(canonical.toLowerCase(), canonical);
    renamed.set(canonical, bytes);
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
    }
  }
  if (rewrites.length === 0) return { ok: true, bytes: original, parts, rewrites };

  const zip = new JSZip();
  for (const [name, bytes] of parts) zip.file(name, bytes, { binary: true });
  // Stored, not deflated: the package is parsed once, right away, and compressing it costs time.
  const repacked = await zip.generateAsync({ type: "uint8array", compression: "STORE" });
  return { ok: true, bytes: repacked, parts, rewrites };
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
