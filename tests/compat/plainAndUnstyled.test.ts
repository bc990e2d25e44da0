// What other programs write, imitated without them so it runs everywhere: contract sheets with no
// Excel tables (a sheet export; pandas' to_excel with its index column), and tables whose parts
// carry no table style (openpyxl, LibreOffice). Both score as the engine on the same cells.

import { readFile, writeFile } from "node:fs/promises";
import JSZip from "jszip";
import { TABLES } from "../../src/engine/model/contract";
import { c2c, problemLines, tempFolder, type TempFolder } from "../cli/cliHarness";
import { userXlsx } from "../host/xlsx/xlsxFixtures";
import {
  CONTRACT_SHEETS,
  CONTRACT_TABLES,
  expectScoredAsEngine,
  LIBRARY_WORDS,
} from "./contractCells";

// Each case reads and writes whole workbooks; on two shared cores that takes seconds.
jest.setTimeout(120_000);

let folder: TempFolder;
beforeAll(async () => {
  folder = await tempFolder();
});
afterAll(async () => {
  await folder.remove();
});

const sheetsWith = (
  shift: (row: readonly (string | number | null)[], index: number) => (string | number | null)[],
) =>
  Object.fromEntries(
    Object.entries(CONTRACT_SHEETS).map(([name, rows]) => [name, rows.map(shift)]),
  );

describe("plain sheets named and headed as the contract's tables", () => {
  it("are read as the tables, each named in a warning, and the scored copy holds them as tables", async () => {
    const input = folder.path("plain.xlsx");
    await writeFile(
      input,
      await userXlsx(
        sheetsWith((row) => [...row]),
        [],
      ),
    );
    const output = folder.path("plain-scored.xlsx");
    const run = await c2c("score", input, "-o", output);
    expect(run.code).toBe(0);
    expect(problemLines(run.stderr)).toEqual([
      `warning: About!A1:B4: a plain sheet with the headers of ${TABLES.partnership}, read as that table (the scored copy holds it as the Excel table ${TABLES.partnership})`,
      `warning: Checklist!A1:H4: a plain sheet with the headers of ${TABLES.checklist}, read as that table (the scored copy holds it as the Excel table ${TABLES.checklist})`,
      `warning: Indicators!A1:L4: a plain sheet with the headers of ${TABLES.indicators}, read as that table (the scored copy holds it as the Excel table ${TABLES.indicators})`,
    ]);
    await expectScoredAsEngine(output);
    const tableNames = await Promise.all(
      (await JSZip.loadAsync(await readFile(output)))
        .file(/^xl\/tables\/.*\.xml$/)
        .map(async (part) => /\bname="([^"]+)"/.exec(await part.async("string"))?.[1]),
    );
    expect(tableNames.sort()).toEqual(
      [TABLES.checklist, TABLES.indicators, TABLES.partnership].sort(),
    );
  });

  it("with pandas' index in column A (an empty header) start at the first header", async () => {
    const input = folder.path("pandas.xlsx");
    await writeFile(
      input,
      await userXlsx(
        sheetsWith((row, index) => [index === 0 ? null : index - 1, ...row]),
        [],
      ),
    );
    const output = folder.path("pandas-scored.xlsx");
    const run = await c2c("score", input, "-o", output);
    expect(run.code).toBe(0);
    expect(problemLines(run.stderr)[1]).toMatch(/^warning: Checklist!B1:I4: a plain sheet/);
    await expectScoredAsEngine(output);
  });

  it("are not taken when the first row lacks the table's headers", async () => {
    const input = folder.path("other-headers.xlsx");
    await writeFile(
      input,
      await userXlsx(
        {
          Checklist: [
            ["Topic", "Note"],
            ["budget", "tbd"],
          ],
          Indicators: [["Year"], [2024]],
        },
        [],
      ),
    );
    const run = await c2c("report", input, "--json");
    expect(run.code).toBe(2);
    expect(problemLines(run.stderr).join("\n")).toMatch(
      /neither a readable C2C_Checklist nor a readable C2C_Indicators table/,
    );
  });
});

describe("tables without a table style", () => {
  it("score as the engine and are written back with no style, as they came", async () => {
    const zip = await JSZip.loadAsync(
      await userXlsx(
        sheetsWith((row) => [...row]),
        CONTRACT_TABLES.map(({ name, sheet, ref }) => ({ name, sheet, range: ref })),
      ),
    );
    for (const part of zip.file(/^xl\/tables\/.*\.xml$/))
      zip.file(part.name, (await part.async("string")).replace(/<tableStyleInfo\b[^>]*\/>/, ""));
    const input = folder.path("unstyled.xlsx");
    await writeFile(input, await zip.generateAsync({ type: "uint8array" }));
    const output = folder.path("unstyled-scored.xlsx");
    const run = await c2c("score", input, "-o", output);
    expect(run.stderr).not.toMatch(LIBRARY_WORDS);
    expect(run.code).toBe(0);
    await expectScoredAsEngine(output);
    const written = await JSZip.loadAsync(await readFile(output));
    // The user's table parts are carried over as they were: still no style.
    for (const part of written.file(/^xl\/tables\/.*\.xml$/))
      expect(await part.async("string")).not.toMatch(/<tableStyleInfo\b[^>]*\bname=/);
  });
});
