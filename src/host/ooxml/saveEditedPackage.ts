// Saves a model opened from an existing package by editing that package: only the runner's parts
// are written (generated sheets and their parts, kept sheets the plan edits, the styles appended
// to, workbook.xml, its .rels and [Content_Types].xml edited in place); calcChain.xml goes (Excel
// rebuilds it, and it would name cells the save rewrote), as do the parts only a replaced sheet
// reached. Every other zip entry is carried over as it is stored, its compressed bytes included
// (storedZipEntries.ts, zipWriter.ts; through JSZip, which reuses an entry's compressed data too,
// for a package that reader does not take), but for the ones the preflight renamed or rewrote
// (openpyxl's absolute targets, odd-case names): those are written as the preflight left them,
// under their canonical names, as every part the save reasons about is named.

import { RELATIONSHIP_NS } from "../../xlsxWriter/ooxml";
import { StylesBuilder } from "../../xlsxWriter/stylesBuilder";
import { relationshipsPathOf } from "../xlsx/packageParts";
import { packagePartsOf, type PackageParts } from "../xlsx/package/packageParts";
import { relationshipsOf } from "../xlsx/package/relationships";
import { WORKBOOK_PART } from "../xlsx/package/workbookPart";
import { appPropertiesEdit } from "./appPropertiesPart";
import { editedWorkbookXml, newSheetEntry, renamedSheetEntry } from "./editedWorkbookXml";
import { writeGeneratedSheet, type PartTexts } from "./generatedSheetParts";
import { writeKeptSheet } from "./keptSheetParts";
import { partsOnlyReachedFrom } from "./packageGraph";
import {
  appendRelationships,
  editedContentTypes,
  withoutRelationships,
  type NewRelationship,
} from "./packageEdits";
import type { PackageModel, SourcePackage } from "./packageModel";
import { freePartNames, relativeTarget } from "./partNames";
import { canonicalPartName, isStrict } from "../xlsx/preflightParts";
import { strictWrittenParts } from "./strictPackage";
import { storedZipEntries } from "./storedZipEntries";
import { WORKSHEET_CONTENT_TYPE } from "./workbookParts";
import { writeZip, type ZipEntry } from "./zipWriter";

const CONTENT_TYPES = "[Content_Types].xml";
const STYLES_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

/** What a save of an opened package did: its bytes, and the ledger of parts it wrote and dropped. */
export interface EditedPackage {
  readonly bytes: Uint8Array;
  /** Every part written, by path, as text. */
  readonly written: PartTexts;
  /** The parts of the input left out (calcChain, what only a replaced sheet reached), lower-cased. */
  readonly dropped: ReadonlySet<string>;
}

export function editedParts(
  model: PackageModel,
  source: SourcePackage,
): { written: PartTexts; dropped: Set<string> } {
  const parts = packagePartsOf(source.parts);
  if (!model.sheets.some((sheet) => !sheet.hidden))
    throw new Error("a workbook needs at least one visible sheet");
  const written: PartTexts = new Map();
  const contentTypes = new Map<string, string>();
  const sink = { parts: written, contentTypes };
  const styles = new StylesBuilder(model.stylesPart);
  const namer = freePartNames(source.parts.keys(), tableIds(source.parts));
  const workbookRelationships = relationshipsOf(parts, WORKBOOK_PART);

  // Sheets gone from the package, and sheets whose part a generated sheet rewrites.
  const keptPaths = new Set(
    model.sheets.flatMap((sheet) =>
      sheet.place?.path === undefined ? [] : [sheet.place.path.toLowerCase()],
    ),
  );
  const removedSheets = source.sheetPaths.filter(
    (path): path is string =>
      path !== undefined &&
      !model.sheets.some(
        (sheet) => sheet.kind === "kept" && sheet.place.path?.toLowerCase() === path.toLowerCase(),
      ),
  );
  const deletedSheets = removedSheets.filter((path) => !keptPaths.has(path.toLowerCase()));
  const calcChain = workbookRelationships.filter(
    (relationship) => relationship.kind === "calcChain",
  );
  const dropped = partsOnlyReachedFrom(
    parts,
    removedSheets,
    calcChain.map((relationship) => relationship.path),
  );
  const removedIds = new Set(
    workbookRelationships
      .filter(
        (relationship) =>
          relationship.kind === "calcChain" ||
          deletedSheets.some((path) => path.toLowerCase() === relationship.path.toLowerCase()),
      )
      .map((relationship) => relationship.id),
  );

  const activeSheet = model.sheets.findIndex((sheet) => sheet.sheetId === source.activeSheetId);
  const activeTab =
    activeSheet >= 0 && model.sheets[activeSheet]?.hidden === false
      ? activeSheet
      : model.sheets.findIndex((sheet) => !sheet.hidden);
  const newRelationships: NewRelationship[] = [];
  const newSheets: { index: number; sheet: { name: string; sheetId: number; hidden: boolean } }[] =
    [];
  const entries: (string | undefined)[] = model.sheets.map((sheet, index) => {
    if (sheet.kind === "kept") {
      writeKeptSheet(sheet, parts, sink, namer, styles);
      return sheet.place.entry;
    }
    const path = sheet.place?.path ?? namer.worksheet();
    writeGeneratedSheet(sheet, path, sink, namer, styles, { selected: index === activeTab });
    if (sheet.place !== undefined)
      return renamedSheetEntry(sheet.place.entry, sheet.name, sheet.hidden);
    contentTypes.set(path, WORKSHEET_CONTENT_TYPE);
    newRelationships.push({
      type: `${RELATIONSHIP_NS}/worksheet`,
      target: relativeTarget(WORKBOOK_PART, path),
    });
    newSheets.push({ index, sheet });
    return undefined;
  });

  // A rewritten sheet's old .rels goes unless the new sheet wrote its own.
  for (const path of removedSheets) {
    const rels = relationshipsPathOf(path);
    if (!written.has(rels) && parts.get(rels) !== undefined) dropped.add(rels.toLowerCase());
  }
  for (const part of [...dropped]) {
    const rels = relationshipsPathOf(part);
    if (parts.get(rels) !== undefined && !written.has(rels)) dropped.add(rels.toLowerCase());
  }
  for (const path of written.keys()) dropped.delete(path.toLowerCase());

  // Written after the sheets, which filled the styles builder.
  const stylesXml = styles.xml();
  if (source.stylesPath !== undefined) {
    if (stylesXml !== model.stylesPart) written.set(source.stylesPath, stylesXml);
  } else {
    written.set("xl/styles.xml", stylesXml);
    contentTypes.set("xl/styles.xml", STYLES_CONTENT_TYPE);
    newRelationships.push({ type: `${RELATIONSHIP_NS}/styles`, target: "styles.xml" });
  }

  const relsPath = relationshipsPathOf(WORKBOOK_PART);
  const rels = appendRelationships(
    withoutRelationships(partText(parts, relsPath), removedIds),
    newRelationships,
  );
  written.set(relsPath, rels.xml);
  newSheets.forEach(({ index, sheet }, order) => {
    entries[index] = newSheetEntry(source.workbookXml, sheet, rels.ids[order] ?? "");
  });
  const openedTab = source.sheetPaths.length === 0 ? 0 : activeTabRead(source);
  written.set(
    WORKBOOK_PART,
    editedWorkbookXml(source.workbookXml, {
      sheetEntries: entries.map((entry) => entry ?? ""),
      names: model.names,
      ...(activeTab === openedTab ? {} : { activeTab }),
    }),
  );
  const appProperties = appPropertiesEdit(parts, source.workbookXml, model.sheets);
  if (appProperties !== undefined) written.set(appProperties.path, appProperties.xml);
  written.set(
    CONTENT_TYPES,
    editedContentTypes(partText(parts, CONTENT_TYPES), dropped, contentTypes),
  );
  if (isStrict(source.workbookXml))
    strictWrittenParts(written, (path) => {
      const bytes = parts.get(path);
      return bytes === undefined ? undefined : new TextDecoder().decode(bytes);
    });
  return { written, dropped };
}

export async function saveEditedPackage(
  model: PackageModel,
  source: SourcePackage,
): Promise<EditedPackage> {
  const { written, dropped } = editedParts(model, source);
  const bytes =
    editedZip(source, written, dropped) ?? (await editedZipByJsZip(source, written, dropped));
  return { bytes, written, dropped };
}

/** The part a normalised entry holds now: its canonical name and the preflight's bytes. */
function normalisedPart(
  source: SourcePackage,
  entryName: string,
): { name: string; bytes: Uint8Array } | undefined {
  if (!source.normalised.has(entryName)) return undefined;
  const name = canonicalPartName(entryName);
  const bytes = source.parts.get(name);
  return bytes === undefined ? undefined : { name, bytes };
}

/**
 * The package with its written parts replaced or added and its dropped parts left out, every other
 * entry as stored; in the input's order, new parts last (as JSZip orders them). Undefined for a zip
 * the stored-entry reader or the writer does not take.
 */
function editedZip(
  source: SourcePackage,
  written: PartTexts,
  dropped: ReadonlySet<string>,
): Uint8Array | undefined {
  const stored = storedZipEntries(source.bytes);
  if (stored === undefined) return undefined;
  const byPart = new Map([...written].map(([path, text]) => [path.toLowerCase(), { path, text }]));
  const entries: ZipEntry[] = [];
  for (const entry of stored) {
    // A folder entry is no part of the package: the preflight leaves them out, and one named in
    // odd case would outlive the renamed parts it held.
    if (entry.name.endsWith("/")) continue;
    const part = entry.name.replace(/^\/+/, "").toLowerCase();
    if (dropped.has(part)) continue;
    const normalised = normalisedPart(source, entry.name);
    const replacement = byPart.get(part);
    if (replacement !== undefined) {
      entries.push({ name: normalised?.name ?? entry.name, text: replacement.text });
      byPart.delete(part);
    } else entries.push(normalised ?? entry);
  }
  for (const { path, text } of byPart.values()) entries.push({ name: path, text });
  return writeZip(entries);
}

async function editedZipByJsZip(
  source: SourcePackage,
  written: PartTexts,
  dropped: ReadonlySet<string>,
): Promise<Uint8Array> {
  // Loaded only for such a package: it costs a run 25 ms.
  const { default: JSZip } = await import("jszip");
  const zip = await JSZip.loadAsync(source.bytes);
  for (const name of source.normalised) {
    const normalised = normalisedPart(source, name);
    if (normalised === undefined) continue;
    zip.remove(name);
    zip.file(normalised.name, normalised.bytes, { binary: true, createFolders: false });
  }
  const entryNames = new Map(
    Object.keys(zip.files).map((name) => [name.replace(/^\/+/, "").toLowerCase(), name]),
  );
  for (const part of dropped) {
    const name = entryNames.get(part);
    if (name !== undefined) zip.remove(name);
  }
  for (const [path, text] of written)
    zip.file(entryNames.get(path.toLowerCase()) ?? path, text, { createFolders: false });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

function activeTabRead(source: SourcePackage): number {
  const match = /<(?:[\w.-]+:)?workbookView\b[^>]*?\sactiveTab\s*=\s*["'](\d+)["']/.exec(
    source.workbookXml,
  );
  return match === null ? 0 : Number(match[1]);
}

/** The ids of the package's tables: a new table's id must differ from every one. */
function tableIds(parts: ReadonlyMap<string, Uint8Array>): number[] {
  const ids: number[] = [];
  for (const [path, bytes] of parts) {
    if (!/^xl\/tables\/[^/]+\.xml$/i.test(path)) continue;
    const head = new TextDecoder().decode(bytes.subarray(0, 4096));
    const id = /<(?:[\w.-]+:)?table\b[^>]*?\sid\s*=\s*["'](\d+)["']/.exec(head)?.[1];
    if (id !== undefined) ids.push(Number(id));
  }
  return ids;
}

function partText(parts: PackageParts, path: string): string {
  const bytes = parts.get(path);
  if (bytes === undefined) throw new Error(`the package has no part ${path}`);
  return new TextDecoder().decode(bytes);
}
