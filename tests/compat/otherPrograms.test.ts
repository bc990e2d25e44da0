// Workbooks other programs write, scored by the runner and held to the engine on the same cells:
// openpyxl's (tables with absolute part targets and no table style; plain sheets as pandas writes
// them; a re-saved scored workbook with drawings), LibreOffice's, strict OOXML and part names in odd
// case. openpyxl and LibreOffice run where installed (CI installs both); elsewhere those tests are
// skipped with a message, as the LibreOffice recalculation tests are.

import { readFile, writeFile } from "node:fs/promises";
import JSZip from "jszip";
import { TABLES } from "../../src/engine/model/contract";
import { XlsxWorkbook } from "../support/exceljsHost/xlsxWorkbook";
import {
  findOpenpyxlPython,
  OPENPYXL_INSTALL_HINT,
  resaveWithOpenpyxl,
  writeWithOpenpyxl,
} from "../../scripts/fixtures/openpyxl";
import {
  findSoffice,
  INSTALL_HINT as SOFFICE_INSTALL_HINT,
  recalculateWithLibreOffice,
} from "../../scripts/portable/libreOffice";
import { c2c, problemLines, tempFolder, type TempFolder } from "../cli/cliHarness";
import { writeDemoPartnership } from "../cli/workbookFixtures";
import {
  CONTRACT_SHEETS,
  CONTRACT_TABLES,
  contractXlsx,
  expectScoredAsEngine,
  LIBRARY_WORDS,
} from "./contractCells";
import { strictFromTransitional } from "./handmadeFiles";

// Each case reads and writes whole workbooks; on two shared cores that takes seconds.
jest.setTimeout(120_000);

const PYTHON = findOpenpyxlPython();
const SOFFICE = findSoffice();
const describeIfOpenpyxl = PYTHON === null ? describe.skip : describe;
const describeIfLibreOffice = SOFFICE === null ? describe.skip : describe;
if (PYTHON === null)
  console.warn(
    `Python's openpyxl is not installed: the openpyxl workbooks are not tried. Install it with: ${OPENPYXL_INSTALL_HINT}`,
  );
if (SOFFICE === null)
  console.warn(
    `LibreOffice (soffice) is not installed: LibreOffice's workbooks are not tried. Install it with: ${SOFFICE_INSTALL_HINT}`,
  );

let folder: TempFolder;
beforeAll(async () => {
  folder = await tempFolder();
});
afterAll(async () => {
  await folder.remove();
});

async function scoreAndCheck(input: string, ...flags: string[]): Promise<string[]> {
  const output = `${input.replace(/\.xlsx$/, "")}-scored.xlsx`;
  const run = await c2c("score", input, "-o", output, ...flags);
  expect(run.stderr).not.toMatch(LIBRARY_WORDS);
  expect(run.code).toBe(0);
  await expectScoredAsEngine(output);
  return problemLines(run.stderr);
}

describe("files written as no other program would, made here", () => {
  it("strict OOXML (the same schema under other namespaces) scores as the engine", async () => {
    const input = folder.path("strict.xlsx");
    await writeFile(input, await strictFromTransitional(await contractXlsx()));
    expect(await scoreAndCheck(input)).toEqual([]);
  });

  it("absolute part targets and part names in odd case score as the engine", async () => {
    const zip = await JSZip.loadAsync(await contractXlsx());
    const renamed = new JSZip();
    for (const part of Object.values(zip.files)) {
      if (part.dir) continue;
      let content = await part.async("uint8array");
      if (part.name.endsWith(".rels")) {
        const xml = new TextDecoder().decode(content);
        // Every internal target absolute, as openpyxl writes them.
        const folderOf = part.name.replace(/_rels\/[^/]+$/, "");
        content = new TextEncoder().encode(
          xml.replace(/Target="(?!https?:)([^"/][^"]*)"/g, (_, target: string) => {
            const segments = `${folderOf}${target}`.split("/");
            const resolved: string[] = [];
            for (const segment of segments)
              if (segment === "..") resolved.pop();
              else if (segment !== "." && segment !== "") resolved.push(segment);
            return `Target="/${resolved.join("/").toUpperCase()}"`;
          }),
        );
      }
      renamed.file(part.name.startsWith("xl/") ? part.name.toUpperCase() : part.name, content);
    }
    const input = folder.path("odd-names.xlsx");
    await writeFile(input, await renamed.generateAsync({ type: "uint8array" }));
    expect(await scoreAndCheck(input)).toEqual([]);
  });
});

describeIfOpenpyxl("workbooks openpyxl writes", () => {
  it("the contract's tables (absolute targets, no table style) score as the engine, and the copy keeps no style", async () => {
    const input = folder.path("openpyxl-tables.xlsx");
    await writeWithOpenpyxl(PYTHON ?? "", input, CONTRACT_SHEETS, CONTRACT_TABLES);
    expect(await scoreAndCheck(input)).toEqual([]);
    const scored = await JSZip.loadAsync(
      await readFile(folder.path("openpyxl-tables-scored.xlsx")),
    );
    const tableParts = await Promise.all(
      scored.file(/^xl\/tables\/.*\.xml$/).map((part) => part.async("string")),
    );
    const checklist = tableParts.find((xml) => xml.includes('name="C2C_Checklist"')) ?? "";
    // Carried over as openpyxl wrote it: a table part without a style.
    expect(checklist).toContain("<autoFilter");
    expect(checklist).not.toMatch(/<tableStyleInfo\b[^>]*\bname=/);
  }, 120_000);

  it("plain sheets without tables (pandas' to_excel) score as the engine, each named in a warning, and the copy holds the tables", async () => {
    const input = folder.path("openpyxl-plain.xlsx");
    await writeWithOpenpyxl(PYTHON ?? "", input, CONTRACT_SHEETS);
    const lines = await scoreAndCheck(input);
    expect(lines).toEqual([
      `warning: About!A1:B4: a plain sheet with the headers of ${TABLES.partnership}, read as that table (the scored copy holds it as the Excel table ${TABLES.partnership})`,
      `warning: Checklist!A1:H4: a plain sheet with the headers of ${TABLES.checklist}, read as that table (the scored copy holds it as the Excel table ${TABLES.checklist})`,
      `warning: Indicators!A1:L4: a plain sheet with the headers of ${TABLES.indicators}, read as that table (the scored copy holds it as the Excel table ${TABLES.indicators})`,
    ]);
    const copy = await XlsxWorkbook.open(folder.path("openpyxl-plain-scored.xlsx"));
    for (const name of [TABLES.partnership, TABLES.checklist, TABLES.indicators])
      expect(await copy.readTable(name)).not.toBeNull();
  }, 120_000);

  it("a scored workbook openpyxl re-saved (drawings with absolute targets) scores again", async () => {
    const scored = folder.path("demo.xlsx");
    await writeDemoPartnership(scored);
    const input = folder.path("openpyxl-resaved.xlsx");
    await resaveWithOpenpyxl(PYTHON ?? "", scored, input);
    const run = await c2c(
      "score",
      input,
      "-o",
      folder.path("openpyxl-resaved-scored.xlsx"),
      "--force",
    );
    expect(run.stderr).not.toMatch(LIBRARY_WORDS);
    expect(run.code).toBe(0);
  }, 120_000);

  it("report, consolidate, compare, survey and import-answers read openpyxl's workbook too", async () => {
    const input = folder.path("openpyxl-tables.xlsx");
    await writeWithOpenpyxl(PYTHON ?? "", input, CONTRACT_SHEETS, CONTRACT_TABLES);
    const report = await c2c("report", input, "--json");
    expect(report.code).toBe(0);
    const consolidate = await c2c("consolidate", input, "-o", folder.path("programme.xlsx"));
    expect(consolidate.stderr).not.toMatch(LIBRARY_WORDS);
    expect(consolidate.code).toBe(0);
    const compare = await c2c("compare", input, "--json");
    expect(compare.stderr).not.toMatch(LIBRARY_WORDS);
    expect(compare.code).toBe(0);
    const survey = await c2c("survey", input, "--xlsform", "-o", folder.path("form.xlsx"));
    expect(survey.stderr).not.toMatch(LIBRARY_WORDS);
    expect(survey.code).toBe(0);
    const answers = folder.path("answers.csv");
    await writeFile(answers, "Respondent,Item ID,Answer\nZara Diallo,TA1,4\n");
    const imported = await c2c(
      "import-answers",
      answers,
      "--into",
      input,
      "-o",
      folder.path("with-answers.xlsx"),
    );
    expect(imported.stderr).not.toMatch(LIBRARY_WORDS);
    expect(imported.code).toBe(0);
  }, 120_000);
});

describeIfLibreOffice("workbooks LibreOffice Calc writes", () => {
  it("the contract workbook saved by LibreOffice (tables without a style) scores as the engine", async () => {
    const [saved] = await recalculateWithLibreOffice(SOFFICE ?? "soffice", [await contractXlsx()]);
    const input = folder.path("libreoffice.xlsx");
    await writeFile(input, saved ?? new Uint8Array());
    expect(await scoreAndCheck(input)).toEqual([]);
  }, 300_000);
});
