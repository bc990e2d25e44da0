// The scored copy keeps everything of the user's (issue 12): each grafted fixture (Excel-made
// charts, images, comments, hyperlinks, validations and protection beside the contract tables, the
// contract grafted into an Excel workbook, a pivot table, a VBA project, custom XML) is scored the
// way `c2c score` scores it, through the package host, and then:
// - the ledger holds: every part the save did not write is byte-equal to the input's, a patched
//   contract sheet differs only in `<c>` elements inside its tables, the user's defined names are
//   text-identical, and the runner says what it kept;
// - every part the save rewrote follows the schema's element order (our own check: Excel's repair
//   dialog, the real judge, is not available here);
// - ExcelJS and our reader reopen the copy, and LibreOffice converts it to PDF.

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { findSoffice, INSTALL_HINT } from "../../../scripts/portable/libreOffice";
import { parseCellAddress, parseRange, rangeContains } from "../../../src/engine/plan/address";
import { TABLES } from "../../../src/engine/model/contract";
import { PackageWorkbook } from "../../../src/host/ooxml/packageWorkbook";
import { GRAFTED_FIXTURES, type BuiltFixture } from "../../fixtures/graft/graftedFixtures";
import { loadParts, sheetPaths, text } from "../../fixtures/graft/parts";
import { loadWithExcelJs } from "./bothWriters";
import { definedNamesNotKept, ledgerReport } from "./ledger";
import { preflighted, readerOf, scoreThrough, type OpenHost } from "./scoreThrough";
import { packageOrderProblems } from "./schemaOrder";
import { keptText } from "./keptText";

// Each fixture is built, scored and reopened; LibreOffice converts all of them in one start.
jest.setTimeout(300_000);

const SOFFICE = findSoffice();
if (SOFFICE === null)
  console.warn(
    `LibreOffice (soffice) is not installed: the scored grafted fixtures are not opened in LibreOffice. Install it with: ${INSTALL_HINT}`,
  );

const PACKAGE_HOST: OpenHost<PackageWorkbook> = async (bytes) =>
  PackageWorkbook.open(await preflighted(bytes));

interface Scored {
  readonly input: BuiltFixture;
  readonly output: Uint8Array;
  readonly written: readonly string[];
  readonly kept: string | undefined;
}

const scored = new Map<string, Scored>();

async function scoredFixture(name: string): Promise<Scored> {
  const known = scored.get(name);
  if (known !== undefined) return known;
  const fixture = GRAFTED_FIXTURES.find((candidate) => candidate.name === name);
  if (fixture === undefined) throw new Error(`no fixture "${name}"`);
  const input = await fixture.build();
  const { output, host: workbook } = await scoreThrough(PACKAGE_HOST, input.bytes);
  const inputPaths = [...(await loadParts(input.bytes)).keys()];
  const dropped = workbook.droppedParts();
  // The ledger: the parts the save wrote, and the input's parts it left out on purpose.
  const written = [
    ...workbook.writtenParts().keys(),
    ...inputPaths.filter((path) => dropped.has(path.toLowerCase())),
  ];
  const made = { input, output, written, kept: keptText(workbook.keptParts()) };
  scored.set(name, made);
  return made;
}

const CONTRACT_SHEETS = ["About", "Settings", "Checklist", "Stakeholders", "Indicators", "Actions"];

describe.each(GRAFTED_FIXTURES.map((fixture) => [fixture.name, fixture] as const))(
  "scoring %s",
  (name, fixture) => {
    it("rewrites only the parts in its ledger, and says what it kept", async () => {
      const { input, output, written, kept } = await scoredFixture(name);
      const inputParts = await loadParts(input.bytes);
      const contractSheetPaths = [...sheetPaths(inputParts)]
        .filter(([sheet]) => CONTRACT_SHEETS.includes(sheet))
        .map(([, path]) => path);
      const patchedSheets = contractSheetPaths.filter((path) => written.includes(path));
      const report = await ledgerReport(input.bytes, output, { written, patchedSheets });
      expect(report.problems).toEqual([]);
      // None of the user's grafted parts is among what the save wrote: each is byte-equal, but for
      // app.xml, whose sheet list follows the sheets (decision 0031) and nothing else of it.
      expect(
        input.userParts.filter((path) => written.includes(path) && path !== "docProps/app.xml"),
      ).toEqual([]);
      const outsideSheetList = (xml: string | undefined): string | undefined =>
        xml?.replace(/<HeadingPairs>[\s\S]*<\/TitlesOfParts>/, "");
      const appBefore = new TextDecoder().decode(inputParts.get("docProps/app.xml"));
      const appAfter = new TextDecoder().decode((await loadParts(output)).get("docProps/app.xml"));
      expect(outsideSheetList(appAfter)).toBe(outsideSheetList(appBefore));

      // A patched contract sheet changed only cells of its contract tables.
      const tables = await (await readerOf(output)).readTables(Object.values(TABLES));
      for (const [path, references] of report.rewrittenCells) {
        const sheet = [...sheetPaths(inputParts)].find(([, candidate]) => candidate === path)?.[0];
        const ranges = Object.values(tables).flatMap((table) =>
          table !== null && table.sheet === sheet ? [parseRange(table.range)] : [],
        );
        const outside = references.filter((reference) => {
          const position = parseCellAddress(reference);
          return (
            position === undefined ||
            !ranges.some((range) => range !== undefined && rangeContains(range, position))
          );
        });
        expect({ path, outside }).toEqual({ path, outside: [] });
      }

      const outputParts = await loadParts(output);
      expect(
        definedNamesNotKept(
          text(inputParts, "xl/workbook.xml"),
          text(outputParts, "xl/workbook.xml"),
          (definedName) => definedName.startsWith("C2C_"),
        ),
      ).toEqual([]);
      expect(kept).toBe(fixture.kept);
    });

    it("writes every rewritten part in the schema's element order", async () => {
      const { output, written } = await scoredFixture(name);
      const parts = await loadParts(output);
      expect(
        packageOrderProblems(
          written.filter((path) => parts.has(path)),
          (path) => (parts.has(path) ? text(parts, path) : undefined),
        ),
      ).toEqual([]);
    });

    it("reopens in ExcelJS and in our reader, with the Scoreboard and every contract table", async () => {
      const { output } = await scoredFixture(name);
      const workbook = await loadWithExcelJs(output);
      expect(workbook.getWorksheet("Scoreboard")).toBeDefined();
      const tables = await (await readerOf(output)).readTables(Object.values(TABLES));
      for (const table of Object.values(TABLES))
        expect({ table, read: tables[table] !== null }).toEqual({ table, read: true });
    });
  },
);

const describeIfLibreOffice = SOFFICE === null ? describe.skip : describe;
describeIfLibreOffice("LibreOffice and the scored grafted fixtures", () => {
  it("converts every scored copy to PDF", async () => {
    const directory = mkdtempSync(join(tmpdir(), "c2c-grafted-"));
    try {
      const inputs: string[] = [];
      for (const [index, fixture] of GRAFTED_FIXTURES.entries()) {
        const path = join(directory, `scored-${index + 1}${fixture.extension}`);
        writeFileSync(path, (await scoredFixture(fixture.name)).output);
        inputs.push(path);
      }
      // A profile of its own, so a LibreOffice another test runs at the same time does not lock it.
      const profile = `-env:UserInstallation=${pathToFileURL(join(directory, "profile")).href}`;
      const result = spawnSync(
        SOFFICE ?? "soffice",
        [
          profile,
          "--headless",
          "--norestore",
          "--convert-to",
          "pdf",
          "--outdir",
          directory,
          ...inputs,
        ],
        { encoding: "utf8", timeout: 240_000 },
      );
      expect(result.status).toBe(0);
      GRAFTED_FIXTURES.forEach((_, index) => {
        const pdf = readFileSync(join(directory, `scored-${index + 1}.pdf`));
        expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
        expect(pdf.length).toBeGreaterThan(10_000);
      });
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
