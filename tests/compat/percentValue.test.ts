// A value typed as 90 % in a workbook openpyxl writes (stored 0.9 under "0%") on a % indicator:
// `c2c score` reads and scores it as 90, names the cell, and writes a Score formula that reads
// Indicators!$F$4*100, so LibreOffice's recomputation gives the same score. The independent computation: 6.1.1
// has worst 0 and end 100 in the catalogue, so 100 · (90 − 0) / (100 − 0) = 90; every other number
// equals the engine on the same cells with 90 typed plainly. Scores compare to 9 decimal places.

import { readFile, writeFile } from "node:fs/promises";
import {
  findOpenpyxlPython,
  OPENPYXL_INSTALL_HINT,
  writeWithOpenpyxl,
} from "../../scripts/fixtures/openpyxl";
import {
  findSoffice,
  INSTALL_HINT as SOFFICE_INSTALL_HINT,
  recalculateWithLibreOffice,
} from "../../scripts/portable/libreOffice";
import { c2c, problemLines, tempFolder, type TempFolder } from "../cli/cliHarness";
import { loadWithExcelJs } from "../host/xlsx/xlsxFixtures";
import {
  CONTRACT_SHEETS,
  CONTRACT_TABLES,
  expectScoredAsEngine,
  LIBRARY_WORDS,
} from "./contractCells";

jest.setTimeout(300_000);

const PYTHON = findOpenpyxlPython();
const SOFFICE = findSoffice();
const describeIfOpenpyxl = PYTHON === null ? describe.skip : describe;
if (PYTHON === null)
  console.warn(
    `Python's openpyxl is not installed: the 90 % workbook is not tried. Install it with: ${OPENPYXL_INSTALL_HINT}`,
  );
if (SOFFICE === null)
  console.warn(
    `LibreOffice (soffice) is not installed: the recomputation is not checked. Install it with: ${SOFFICE_INSTALL_HINT}`,
  );

// Row 4 of Indicators is 6.1.1, Alpha, 2022: F is Value, G Worst, H End value, L Score.
const PERCENT_ROW = 4;
// Value 90 %, worst 0 % and end 100 % (the catalogue's own worst and end for 6.1.1), all typed with
// their sign; the formula reads each cell times 100.
const PERCENT_CELLS: Readonly<Record<number, number>> = { 5: 0.9, 6: 0, 7: 1 };
const SHEETS = {
  ...CONTRACT_SHEETS,
  Indicators: (CONTRACT_SHEETS.Indicators ?? []).map((row, index) =>
    index + 1 === PERCENT_ROW ? row.map((cell, column) => PERCENT_CELLS[column] ?? cell) : row,
  ),
};

let folder: TempFolder;
beforeAll(async () => {
  folder = await tempFolder();
});
afterAll(async () => {
  await folder.remove();
});

describeIfOpenpyxl("a 90 % value as Excel stores it", () => {
  it("scores as 90, names the cell, and LibreOffice's recomputation agrees", async () => {
    const input = folder.path("percent.xlsx");
    const output = folder.path("percent-scored.xlsx");
    await writeWithOpenpyxl(PYTHON ?? "", input, SHEETS, CONTRACT_TABLES, {
      Indicators: {
        [`F${PERCENT_ROW}`]: "0%",
        [`G${PERCENT_ROW}`]: "0%",
        [`H${PERCENT_ROW}`]: "0%",
      },
    });
    const run = await c2c("score", input, "-o", output);
    expect(run.stderr).not.toMatch(LIBRARY_WORDS);
    expect(run.code).toBe(0);
    expect(problemLines(run.stderr)).toContain(
      `warning: Indicators!F${PERCENT_ROW}: 0.9 is shown as 90 %; read as 90`,
    );
    await expectScoredAsEngine(output);

    const scored = await loadWithExcelJs(await readFile(output));
    const score = scored.getWorksheet("Indicators")?.getCell(`L${PERCENT_ROW}`).value;
    expect(score).toMatchObject({
      formula: expect.stringContaining(`Indicators!$F$${PERCENT_ROW}*100`) as string,
    });
    expect((score as { result: number }).result).toBeCloseTo(90, 9);

    if (SOFFICE === null) return;
    const [recalculated] = await recalculateWithLibreOffice(SOFFICE, [await readFile(output)]);
    const recomputedPath = folder.path("percent-recalculated.xlsx");
    await writeFile(recomputedPath, recalculated ?? new Uint8Array());
    const recomputed = await loadWithExcelJs(await readFile(recomputedPath));
    const cell = recomputed.getWorksheet("Indicators")?.getCell(`L${PERCENT_ROW}`).value;
    expect((cell as { result: number }).result).toBeCloseTo(90, 9);
  });
});
