// The patcher on sheets other programs wrote: Excel's (../shared/corpus/excel-made: tables, shared
// strings, formulas of every result type, array formulas, rich strings, comments, hyperlinks,
// conditional formats, validations, UTF-8 sheet names), openpyxl's and LibreOffice's made here.
// Each is patched (a cell overwritten, one inserted in a row, one in a new row past the end), then
// read back by the package reader: the edited cells hold the new values, every other cell is as it
// was, and the part outside the rewritten <c> elements is byte-equal.

import { readdirSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import ExcelJS from "exceljs";
import { parseCellAddress, rangeContains } from "../../../../src/engine/plan/address";
import {
  patchWorksheetCells,
  type CellEdit,
} from "../../../../src/host/ooxml/sheetPatch/patchCells";
import { sheetFormulas } from "../../../../src/host/ooxml/sheetPatch/cellFormula";
import { XlsxPackage } from "../../../../src/host/xlsx/package/xlsxPackage";
import { findOpenpyxlPython, writeWithOpenpyxl } from "../../../../scripts/fixtures/openpyxl";
import { findSoffice, recalculateWithLibreOffice } from "../../../../scripts/portable/libreOffice";
import {
  EXCEL_MADE,
  excelMadeParts,
  partsOf,
  partText,
  sheetCells,
  withoutCells,
  withPart,
  zipOf,
  type Parts,
} from "./sheetParts";

jest.setTimeout(180_000);

const CORPUS_FILES = readdirSync(EXCEL_MADE)
  .filter((name) =>
    /^(table0[1-9]|shared_strings0[1-3]|formula_results01|array_formula0[1-4]|rich_string0[1-3]|comment0[1-3]|hyperlink0[1-3]|cond_format0[1-3]|data_validation0[1-3]|utf8_0[1-3]|chart_table01|merge_range0[1-3]|set_row0[1-3])\.xlsx$/.test(
      name,
    ),
  )
  .sort();

/** The first worksheet's name and part path. */
function firstSheet(parts: Parts): { name: string; path: string } {
  const entry = XlsxPackage.open(parts).sheets.find((sheet) => sheet.path !== undefined);
  if (entry?.path === undefined) throw new Error("no worksheet");
  return { name: entry.name, path: entry.path };
}

/** Edits a user's sheet meets: an existing cell overwritten, one added in row 1, one in a new row. */
function editsFor(xml: string, before: ReadonlyMap<string, unknown>): CellEdit[] {
  const arrays = sheetFormulas(xml).arrays;
  const outsideArrays = (reference: string): boolean => {
    const position = parseCellAddress(reference);
    return position !== undefined && !arrays.some((array) => rangeContains(array.bounds, position));
  };
  const existing = [...before.keys()].find(outsideArrays);
  let lastRow = 1;
  for (const reference of before.keys())
    lastRow = Math.max(lastRow, parseCellAddress(reference)?.row ?? 1);
  return [
    ...(existing === undefined ? [] : [{ reference: existing, value: 41.5 }]),
    { reference: "Z1", value: "added <&> text", format: 0 },
    { reference: `C${lastRow + 2}`, value: 3, formula: "1+2" },
  ];
}

function expectPatched(parts: Parts, path: string, sheet: string): Parts {
  const xml = partText(parts, path);
  const before = sheetCells(parts, sheet);
  const edits = editsFor(xml, before);
  const patched = patchWorksheetCells(xml, edits, sheet);
  const references = new Set(edits.map((edit) => edit.reference));
  expect(withoutCells(patched, references)).toBe(withoutCells(xml, references));

  const patchedParts = withPart(parts, path, patched);
  const after = sheetCells(patchedParts, sheet);
  for (const edit of edits) expect(after.get(edit.reference)?.value).toBe(edit.value);
  const kept = (cells: ReadonlyMap<string, unknown>): [string, unknown][] =>
    [...cells].filter(([reference]) => !references.has(reference));
  expect(kept(after)).toEqual(kept(before));
  return patchedParts;
}

describe("Excel-made sheets", () => {
  it("the corpus holds the files", () => {
    expect(CORPUS_FILES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CORPUS_FILES)("%s: patched cells read back, the rest byte-equal", async (file) => {
    const parts = await excelMadeParts(file);
    const { name, path } = firstSheet(parts);
    expectPatched(parts, path, name);
  });

  it("ExcelJS reopens the patched packages with the new values", async () => {
    for (const file of ["table05.xlsx", "formula_results01.xlsx", "comment01.xlsx"]) {
      const parts = await excelMadeParts(file);
      const { name, path } = firstSheet(parts);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(
        (await zipOf(expectPatched(parts, path, name))).buffer as ArrayBuffer,
      );
      const sheet = workbook.getWorksheet(name);
      expect(sheet?.getCell("Z1").value).toBe("added <&> text");
    }
  });
});

const PYTHON = findOpenpyxlPython();
const SOFFICE = findSoffice();

(SOFFICE === null ? it.skip : it)(
  "LibreOffice opens patched Excel-made packages and recomputes the written formula",
  async () => {
    const files = [
      "table05.xlsx",
      "formula_results01.xlsx",
      "comment01.xlsx",
      "rich_string01.xlsx",
    ];
    const patched = await Promise.all(
      files.map(async (file) => {
        const parts = await excelMadeParts(file);
        const { name, path } = firstSheet(parts);
        const xml = partText(parts, path);
        // A formula cached with a stale value: LibreOffice recomputing it shows 42.
        const edits = [
          ...editsFor(xml, sheetCells(parts, name)),
          { reference: "Y2", value: 0, formula: "2*21" },
        ];
        return {
          name,
          edits,
          bytes: await zipOf(withPart(parts, path, patchWorksheetCells(xml, edits, name))),
        };
      }),
    );
    const saved = await recalculateWithLibreOffice(
      SOFFICE ?? "",
      patched.map(({ bytes }) => bytes),
    );
    for (const [index, { name, edits }] of patched.entries()) {
      const cells = sheetCells(await partsOf(saved[index] ?? new Uint8Array()), name);
      expect(cells.get("Y2")?.value).toBe(42);
      for (const edit of edits.filter(({ reference }) => reference !== "Y2"))
        expect([edit.reference, cells.get(edit.reference)?.value]).toEqual([
          edit.reference,
          edit.value,
        ]);
    }
  },
);

describe("sheets other programs wrote here", () => {
  const rows = [
    ["Item", "Score", "Double"],
    ["a", 1, "=B2*2"],
    ["b", 2, "=B3*2"],
    ["c", 3, "=SUM(B2:B4)"],
  ];

  (PYTHON === null ? it.skip : it)("openpyxl's", async () => {
    const folder = await mkdtemp(join(tmpdir(), "c2c-patch-"));
    try {
      const file = join(folder, "openpyxl.xlsx");
      await writeWithOpenpyxl(PYTHON ?? "", file, { Data: rows }, [
        { name: "Items", sheet: "Data", ref: "A1:C4" },
      ]);
      const parts = await partsOf(new Uint8Array(await readFile(file)));
      const { name, path } = firstSheet(parts);
      expectPatched(parts, path, name);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  (PYTHON === null || SOFFICE === null ? it.skip : it)("LibreOffice's", async () => {
    const folder = await mkdtemp(join(tmpdir(), "c2c-patch-"));
    try {
      const file = join(folder, "source.xlsx");
      await writeWithOpenpyxl(PYTHON ?? "", file, { Data: rows });
      const [saved] = await recalculateWithLibreOffice(SOFFICE ?? "", [
        new Uint8Array(await readFile(file)),
      ]);
      const parts = await partsOf(saved ?? new Uint8Array());
      const { name, path } = firstSheet(parts);
      // LibreOffice writes every row and cell with its attributes (s="0" t="n", row heights).
      expect(partText(parts, path)).toContain('customFormat="false"');
      const patched = expectPatched(parts, path, name);
      expect(partText(patched, path)).toContain('<c r="C6"><f>1+2</f><v>3</v></c>');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
