// An opened package as the plans of this session have changed it so far: the input's parts with
// each changed kept sheet, the table parts its growth rewrote and the styles its edits appended to
// put in their place, and our reader over them. The package host reads the user's tables from it
// (so a table read after growing is the grown table) and asks it what growth needs to know: the
// sheet's text, its tables with their parts, and what else in the package points at the cells.

import { StylesBuilder } from "../../xlsxWriter/stylesBuilder";
import { packagePartsOf, type PackageParts } from "../xlsx/package/packageParts";
import { relationshipsOf } from "../xlsx/package/relationships";
import { readTablePart, type TablePart } from "../xlsx/package/tablePart";
import { XlsxPackageReader } from "../xlsx/xlsxPackageReader";
import { keptSheetText } from "./keptSheetText";
import type { KeptSheet, PackageModel, SourcePackage } from "./packageModel";

/** A table of a kept sheet, with the part that holds it. */
export interface KeptTablePart extends TablePart {
  readonly sheet: string;
  readonly path: string;
}

export interface CurrentPackage {
  /** Canonical part name → bytes, the changed parts in place of the input's. */
  readonly parts: ReadonlyMap<string, Uint8Array>;
  readonly reader: XlsxPackageReader;
  /** The tables of the kept worksheets, as their parts now stand. */
  readonly tables: readonly KeptTablePart[];
  /** A part's text as it now stands; undefined when the package has no such part. */
  readonly text: (path: string) => string | undefined;
  /** The part name as the package spells it (paths from relationships may differ in case). */
  readonly canonical: (path: string) => string;
}

/**
 * Throws PackageReadError (naming `sourceName`) when a part cannot be read, SheetPatchRefusal for a
 * patch refused. `opened` is the reader of the input as opened, used while nothing has changed.
 */
export function currentPackage(
  model: PackageModel,
  source: SourcePackage,
  sourceName: string | undefined,
  opened: XlsxPackageReader,
): CurrentPackage {
  const byLowerName = new Map([...source.parts.keys()].map((name) => [name.toLowerCase(), name]));
  const canonical = (path: string): string => byLowerName.get(path.toLowerCase()) ?? path;
  const inputParts = packagePartsOf(source.parts);
  const parts = new Map(source.parts);
  const encoder = new TextEncoder();
  const styles = new StylesBuilder(model.stylesPart);
  const kept = model.sheets.filter((sheet): sheet is KeptSheet => sheet.kind === "kept");
  for (const sheet of kept) {
    const changed = keptSheetText(sheet, inputParts, styles);
    if (changed === undefined || sheet.place.path === undefined) continue;
    parts.set(canonical(sheet.place.path), encoder.encode(changed.xml));
    for (const [path, xml] of changed.tableParts) parts.set(canonical(path), encoder.encode(xml));
  }
  const stylesXml = styles.xml();
  if (source.stylesPath !== undefined && stylesXml !== model.stylesPart)
    parts.set(canonical(source.stylesPath), encoder.encode(stylesXml));

  const current = packagePartsOf(parts);
  const changed = [...parts].some(([name, bytes]) => source.parts.get(name) !== bytes);
  return {
    parts,
    reader: changed ? XlsxPackageReader.fromParts(parts, sourceName) : opened,
    tables: kept.flatMap((sheet) => tablesOf(current, sheet)),
    text: (path) => {
      const bytes = current.get(path);
      return bytes === undefined ? undefined : new TextDecoder().decode(bytes);
    },
    canonical,
  };
}

function tablesOf(parts: PackageParts, sheet: KeptSheet): KeptTablePart[] {
  const path = sheet.place.path;
  if (path === undefined || !sheet.worksheet) return [];
  return relationshipsOf(parts, path)
    .filter((relationship) => relationship.kind === "table")
    .flatMap((relationship) => {
      const table = readTablePart(parts, relationship.path);
      return table === undefined ? [] : [{ ...table, sheet: sheet.name, path: relationship.path }];
    });
}
