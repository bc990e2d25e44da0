// The grafted fixtures are what they claim (each one opens in our reader with the contract tables,
// in ExcelJS, and its parts follow the schema's order), and the ledger check tells a save that kept
// the user's parts from one that did not: today's ExcelJS writer, which rebuilds the package from
// its model, fails it on every fixture.

import { TABLES } from "../../../src/engine/model/contract";
import { GRAFTED_FIXTURES, type BuiltFixture } from "../../fixtures/graft/graftedFixtures";
import { loadParts, partsBytes, setText, text } from "../../fixtures/graft/parts";
import { loadWithExcelJs } from "./bothWriters";
import { comparePatchedSheet, definedNamesNotKept, ledgerReport } from "./ledger";
import { EXCELJS_HOST, readerOf, scoreThrough } from "./scoreThrough";
import { packageOrderProblems } from "./schemaOrder";

// Each fixture is built from the sample workbook and scored once through ExcelJS: seconds apiece.
jest.setTimeout(300_000);

const built = new Map<string, BuiltFixture>();
async function fixture(name: string): Promise<BuiltFixture> {
  const known = built.get(name);
  if (known !== undefined) return known;
  const made = await (GRAFTED_FIXTURES.find((candidate) => candidate.name === name)?.build() ??
    Promise.reject(new Error(name)));
  built.set(name, made);
  return made;
}

const NAMES = GRAFTED_FIXTURES.map((candidate) => candidate.name);

describe.each(NAMES)("the grafted fixture: %s", (name) => {
  it("holds the user's parts and reads with every contract table", async () => {
    const { bytes, userParts } = await fixture(name);
    const parts = await loadParts(bytes);
    for (const path of userParts) expect(parts.has(path)).toBe(true);
    const reader = await readerOf(bytes);
    const tables = await reader.readTables(Object.values(TABLES));
    for (const table of Object.values(TABLES))
      expect({ table, rows: (tables[table]?.rows.length ?? 0) > 0 }).toEqual({ table, rows: true });
  });

  it("follows the schema's order in every part, and ExcelJS opens it", async () => {
    const { bytes } = await fixture(name);
    const parts = await loadParts(bytes);
    expect(
      packageOrderProblems([...parts.keys()], (path) =>
        parts.has(path) ? text(parts, path) : undefined,
      ),
    ).toEqual([]);
    const workbook = await loadWithExcelJs(bytes);
    expect(workbook.worksheets.length).toBeGreaterThan(5);
  });

  it("fails the ledger check when ExcelJS writes the scored copy", async () => {
    const { bytes, userParts } = await fixture(name);
    const { output } = await scoreThrough(EXCELJS_HOST, bytes);
    // ExcelJS's own ledger, most generously: every part a contract sheet, the Scoreboard or the
    // workbook level could need. What it still changes or drops is the user's.
    const outputParts = await loadParts(output);
    const report = await ledgerReport(bytes, output, {
      written: [...outputParts.keys()].filter((path) => !userParts.includes(path)),
    });
    const lost = userParts.filter((path) =>
      report.problems.some((problem) => problem.startsWith(`${path}:`)),
    );
    expect(lost.length).toBeGreaterThan(0);
  });
});

describe("ledgerReport", () => {
  const NAME = NAMES[0] ?? "";

  it("passes a copy identical to its input, with nothing written", async () => {
    const { bytes } = await fixture(NAME);
    const report = await ledgerReport(bytes, bytes, { written: [] });
    expect(report.problems).toEqual([]);
  });

  it("names a part changed, one gone and one new outside the ledger, and allows them inside it", async () => {
    const { bytes, userParts } = await fixture(NAME);
    const parts = await loadParts(bytes);
    const [changed = "", gone = ""] = userParts;
    setText(parts, changed, `${text(parts, changed)} `);
    parts.delete(gone);
    setText(parts, "xl/extra.xml", "<x/>");
    const output = await partsBytes(parts);
    expect((await ledgerReport(bytes, output, { written: [] })).problems).toEqual([
      `${changed}: its bytes changed, and it is not in the ledger`,
      `${gone}: gone from the output, and not in the ledger`,
      "xl/extra.xml: new in the output, and not in the ledger",
    ]);
    expect(
      (await ledgerReport(bytes, output, { written: [changed, gone, "xl/extra.xml"] })).problems,
    ).toEqual([]);
  });
});

describe("comparePatchedSheet", () => {
  const SHEET = (cells: string, tail = "<pageMargins/>", dimension = "A1:C2"): string =>
    `<worksheet xmlns="x"><dimension ref="${dimension}"/><sheetData><row r="1" spans="1:2"><c r="A1" s="3"><v>1</v></c>${cells}</row><row r="2" ht="20"><c r="A2"><v>2</v></c></row></sheetData>${tail}</worksheet>`;

  it("reports the <c> elements rewritten and added, nothing else", () => {
    const input = SHEET(`<c r="B1"><v>1</v></c>`);
    const output = SHEET(`<c r="B1"><f>A1*2</f><v>2</v></c><c r="C1"><v>3</v></c>`).replace(
      ' spans="1:2"',
      ' spans="1:3"',
    );
    expect(comparePatchedSheet("s.xml", input, output)).toEqual({
      problems: [],
      rewritten: ["B1", "C1"],
    });
  });

  it.each([
    [
      "a row's attributes",
      (xml: string) => xml.replace(' ht="20"', ' ht="30"'),
      "s.xml: row 2's attributes changed (beyond spans)",
    ],
    [
      "what follows sheetData",
      (xml: string) => xml.replace("<pageMargins/>", '<pageMargins left="1"/>'),
      "s.xml: changed after <sheetData>",
    ],
    [
      "what precedes it",
      (xml: string) => xml.replace('<worksheet xmlns="x">', '<worksheet xmlns="x"><sheetPr/>'),
      "s.xml: changed before <sheetData> (beyond <dimension>)",
    ],
    [
      "a row dropped",
      (xml: string) => xml.replace(/<row r="2"[\s\S]*?<\/row>/, ""),
      "s.xml: row 2 is gone",
    ],
    [
      "a dimension that misses a new cell",
      (xml: string) => xml.replace('</row><row r="2"', '<c r="D1"><v>4</v></c></row><row r="2"'),
      's.xml: <dimension ref="A1:C2"> does not cover D1',
    ],
  ])("names a change to %s", (_, change, problem) => {
    const input = SHEET("");
    expect(comparePatchedSheet("s.xml", input, change(input)).problems).toEqual([problem]);
  });
});

describe("definedNamesNotKept", () => {
  it("names a user's defined name whose text changed, not the runner's", () => {
    const input = `<definedNames><definedName name="Mine" localSheetId="2">Data!$A$1:$B$9</definedName><definedName name="C2C_TargetYear">Settings!$B$6</definedName></definedNames>`;
    const output = `<definedNames><definedName name="Mine">Data!$A$1:$B$9</definedName><definedName name="C2C_TargetYear">Settings!$B$7</definedName></definedNames>`;
    expect(definedNamesNotKept(input, output, (name) => name.startsWith("C2C_"))).toEqual([
      `<definedName name="Mine" localSheetId="2">Data!$A$1:$B$9</definedName>`,
    ]);
  });
});
