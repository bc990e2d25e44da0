// The ledger check (issue 12): a save may change only the parts it says it wrote. Every other part
// of the input is in the output with the same uncompressed bytes; a part the output gains or loses
// is one the save wrote. A user sheet the save patched is held closer: everything outside its
// `<sheetData>` is identical (but for `<dimension ref>`, which must cover the cells), every row keeps
// its attributes (but for `spans`), and every `<c>` element is byte-identical except the ones the
// check reports as rewritten, for the caller to hold to the cells the runner owns.

import JSZip from "jszip";
import { parseCellAddress, parseRange, rangeContains } from "../../../src/engine/plan/address";

export interface LedgerReport {
  /** Sentences naming each part changed outside the ledger. */
  readonly problems: readonly string[];
  /** Per patched sheet part, the references of the `<c>` elements rewritten, added or removed. */
  readonly rewrittenCells: ReadonlyMap<string, readonly string[]>;
  /** Parts carried over whose compressed bytes were kept too (JSZip reuses a loaded entry's data). */
  readonly keptCompressed: readonly string[];
}

export interface LedgerExpectation {
  /** The parts the save wrote (rewrote, added or removed): its ledger. */
  readonly written: Iterable<string>;
  /** Written user sheets, checked as patched: only `<c>` elements may differ. */
  readonly patchedSheets?: readonly string[];
}

export async function ledgerReport(
  input: Uint8Array,
  output: Uint8Array,
  expectation: LedgerExpectation,
): Promise<LedgerReport> {
  const before = await JSZip.loadAsync(input);
  const after = await JSZip.loadAsync(output);
  const written = new Set(expectation.written);
  const problems: string[] = [];
  const keptCompressed: string[] = [];
  const beforeParts = partPaths(before);
  const afterParts = partPaths(after);

  for (const path of beforeParts) {
    if (written.has(path)) continue;
    const kept = after.file(path);
    if (kept === null) {
      problems.push(`${path}: gone from the output, and not in the ledger`);
      continue;
    }
    const [was, is] = await Promise.all([
      before.file(path)?.async("uint8array"),
      kept.async("uint8array"),
    ]);
    if (was === undefined || !Buffer.from(was).equals(Buffer.from(is)))
      problems.push(`${path}: its bytes changed, and it is not in the ledger`);
    else if (sameCompressed(before, after, path)) keptCompressed.push(path);
  }
  for (const path of afterParts)
    if (!beforeParts.includes(path) && !written.has(path))
      problems.push(`${path}: new in the output, and not in the ledger`);

  const rewrittenCells = new Map<string, readonly string[]>();
  for (const path of expectation.patchedSheets ?? []) {
    const [was, is] = await Promise.all([
      before.file(path)?.async("string"),
      after.file(path)?.async("string"),
    ]);
    if (was === undefined || is === undefined) {
      problems.push(`${path}: a patched sheet missing from the input or the output`);
      continue;
    }
    const compared = comparePatchedSheet(path, was, is);
    problems.push(...compared.problems);
    rewrittenCells.set(path, compared.rewritten);
  }
  return { problems, rewrittenCells, keptCompressed };
}

function partPaths(zip: JSZip): string[] {
  return Object.keys(zip.files).filter((path) => zip.files[path]?.dir !== true);
}

/** Whether JSZip kept the entry's compressed data (its private field: a report, never an assertion). */
function sameCompressed(before: JSZip, after: JSZip, path: string): boolean {
  const compressed = (zip: JSZip): unknown =>
    (zip.files[path] as unknown as { _data?: { compressedContent?: Uint8Array } })._data
      ?.compressedContent;
  const was = compressed(before);
  const is = compressed(after);
  return (
    was instanceof Uint8Array &&
    is instanceof Uint8Array &&
    Buffer.from(was).equals(Buffer.from(is))
  );
}

interface SheetPieces {
  readonly head: string;
  readonly rows: ReadonlyMap<number, Row>;
  readonly tail: string;
}

interface Row {
  /** The start tag's attributes but `spans`, as written. */
  readonly attributes: string;
  readonly cells: ReadonlyMap<string, string>;
}

/** Compares a patched sheet with its input: the `<c>` elements that differ, and what else does. */
export function comparePatchedSheet(
  path: string,
  input: string,
  output: string,
): { problems: string[]; rewritten: string[] } {
  const was = sheetPieces(input);
  const is = sheetPieces(output);
  if (was === undefined || is === undefined)
    return { problems: [`${path}: no <sheetData> to compare`], rewritten: [] };
  const problems: string[] = [];
  const withoutDimension = (head: string): string => head.replace(/<(\w+:)?dimension\b[^>]*>/, "");
  if (withoutDimension(was.head) !== withoutDimension(is.head))
    problems.push(`${path}: changed before <sheetData> (beyond <dimension>)`);
  if (was.tail !== is.tail) problems.push(`${path}: changed after <sheetData>`);

  const rewritten = new Set<string>();
  for (const [number, row] of was.rows) {
    const patched = is.rows.get(number);
    if (patched === undefined) {
      problems.push(`${path}: row ${number} is gone`);
      continue;
    }
    if (patched.attributes !== row.attributes)
      problems.push(`${path}: row ${number}'s attributes changed (beyond spans)`);
    for (const [reference, cell] of row.cells)
      if (patched.cells.get(reference) !== cell) rewritten.add(reference);
    for (const reference of patched.cells.keys())
      if (!row.cells.has(reference)) rewritten.add(reference);
  }
  for (const [number, row] of is.rows)
    if (!was.rows.has(number)) for (const reference of row.cells.keys()) rewritten.add(reference);

  const dimension = /<(?:\w+:)?dimension\b[^>]*\bref="([^"]*)"/.exec(is.head)?.[1];
  const beyond =
    dimension === undefined ? [] : [...rewritten].filter((ref) => !covers(dimension, ref));
  if (beyond.length > 0)
    problems.push(`${path}: <dimension ref="${dimension}"> does not cover ${beyond.join(", ")}`);
  return { problems, rewritten: [...rewritten] };
}

function sheetPieces(xml: string): SheetPieces | undefined {
  const open = /<((?:\w+:)?)sheetData\b[^>]*?(\/?)>/.exec(xml);
  if (open === null) return undefined;
  const prefix = open[1] ?? "";
  const contentStart = open.index + open[0].length;
  const close = open[2] === "/" ? contentStart : xml.indexOf(`</${prefix}sheetData>`, contentStart);
  if (close < 0) return undefined;
  const content = xml.slice(contentStart, close);
  const rows = new Map<number, Row>();
  const rowPattern = new RegExp(`<${prefix}row\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${prefix}row>)`, "g");
  const cellPattern = new RegExp(`<${prefix}c\\b([^>]*?)(?:/>|>[\\s\\S]*?</${prefix}c>)`, "g");
  for (const row of content.matchAll(rowPattern)) {
    const attributes = row[1] ?? "";
    const number = Number(/\br="(\d+)"/.exec(attributes)?.[1] ?? Number.NaN);
    const cells = new Map<string, string>();
    for (const cell of (row[2] ?? "").matchAll(cellPattern)) {
      const reference = /\br="([A-Z]+\d+)"/.exec(cell[1] ?? "")?.[1] ?? `?${cells.size}`;
      cells.set(reference, cell[0]);
    }
    rows.set(number, { attributes: attributes.replace(/\s+spans="[^"]*"/, ""), cells });
  }
  const tailStart = open[2] === "/" ? contentStart : close + `</${prefix}sheetData>`.length;
  return { head: xml.slice(0, open.index), rows, tail: xml.slice(tailStart) };
}

function covers(range: string, reference: string): boolean {
  const bounds = parseRange(range);
  const position = parseCellAddress(reference);
  return bounds !== undefined && position !== undefined && rangeContains(bounds, position);
}

/** The user's `<definedName>` elements (all but the given names) missing from the output's workbook.xml as text. */
export function definedNamesNotKept(
  inputWorkbookXml: string,
  outputWorkbookXml: string,
  runnerNames: (name: string) => boolean,
): string[] {
  const names = (xml: string): string[] =>
    [
      ...xml.matchAll(/<(?:\w+:)?definedName\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?definedName>)/g),
    ].map((match) => match[0]);
  const kept = new Set(names(outputWorkbookXml));
  return names(inputWorkbookXml).filter((element) => {
    const name = /\bname="([^"]*)"/.exec(element)?.[1] ?? "";
    return !runnerNames(name) && !kept.has(element);
  });
}
