// The workbook as its package stores it, read by our own streaming reader: the sheets in tab order,
// the date system, the defined names, every table with its sheet, and each sheet's cells on demand.
// The small parts are read when the package is opened, so a damaged one is found there; the shared
// strings and a worksheet's cells only when a sheet is first asked for (a table asks for its
// sheet's cells in its range, worksheetRanges.ts; the rest of the sheet is stepped over).

import { packagePartsOf, type PackageParts } from "./packageParts";
import { relationshipsOf } from "./relationships";
import { readSharedStrings } from "./sharedStrings";
import { readStyles, type Styles } from "./stylesPart";
import { readTablePart, type TablePart } from "./tablePart";
import { readWorkbookPart, type DefinedName, type SheetEntry } from "./workbookPart";
import type { SheetCells } from "./sheetCells";
import { readWorksheetRanges } from "./worksheetRanges";
import { formatRange, type RangeBounds } from "../../../engine/plan/address";
import { PackageReadError } from "./packageReadError";

export interface PackageTable extends TablePart {
  /** The name of the sheet that holds the table. */
  readonly sheet: string;
}

export class XlsxPackage {
  readonly sheets: readonly SheetEntry[];
  readonly date1904: boolean;
  readonly definedNames: readonly DefinedName[];
  readonly tables: readonly PackageTable[];
  private readonly parts: PackageParts;
  private readonly styles: Styles;
  private readonly sharedStringsPath: string | undefined;
  private sharedStrings: readonly string[] | undefined;
  private readonly sheetCells = new Map<string, SheetCells>();

  private constructor(parts: PackageParts) {
    this.parts = parts;
    const workbook = readWorkbookPart(parts);
    this.sheets = workbook.sheets;
    this.date1904 = workbook.date1904;
    this.definedNames = workbook.definedNames;
    const pathOf = (kind: string): string | undefined =>
      workbook.relationships.find((relationship) => relationship.kind === kind)?.path;
    this.styles = readStyles(parts, pathOf("styles"));
    this.sharedStringsPath = pathOf("sharedStrings");
    this.tables = workbook.sheets.flatMap((sheet) =>
      sheet.path === undefined
        ? []
        : relationshipsOf(parts, sheet.path)
            .filter((relationship) => relationship.kind === "table")
            .flatMap((relationship) => {
              const table = readTablePart(parts, relationship.path);
              return table === undefined ? [] : [{ ...table, sheet: sheet.name }];
            }),
    );
  }

  /** Reads a preflighted package (part name → bytes); throws PackageReadError on a damaged part. */
  static open(parts: ReadonlyMap<string, Uint8Array>): XlsxPackage {
    return new XlsxPackage(packagePartsOf(parts));
  }

  /**
   * A sheet's cells in `ranges` (every cell when undefined), read on first use of those ranges;
   * undefined for a sheet with no worksheet part.
   */
  cells(sheet: SheetEntry, ranges?: readonly RangeBounds[]): SheetCells | undefined {
    if (sheet.path === undefined) return undefined;
    const key = `${sheet.path}|${ranges === undefined ? "*" : ranges.map((range) => formatRange(range)).join(",")}`;
    let cells = this.sheetCells.get(key);
    if (cells === undefined) {
      const bytes = this.parts.get(sheet.path);
      if (bytes === undefined) throw PackageReadError.inPart(sheet.path, undefined);
      this.sharedStrings ??= readSharedStrings(this.parts, this.sharedStringsPath);
      cells = readWorksheetRanges(
        sheet.path,
        bytes,
        { sharedStrings: this.sharedStrings, styles: this.styles, date1904: this.date1904 },
        ranges,
      );
      this.sheetCells.set(key, cells);
    }
    return cells;
  }

  /** The number format code of a cell's style index; undefined where the file does not say. */
  numberFormat(styleIndex: number): string | undefined {
    return this.styles.formatOf(styleIndex).code;
  }
}
