// The DAC lens edited by another program: a Python script (openpyxl) changes the Settings rows of a
// scored demo workbook; c2c score reads them (an unknown id named at its cell, that criterion on the
// catalogue's sources), the Scoreboard follows the new lens, openpyxl reads the block back, and
// LibreOffice recomputes every formula of the scored copy's Scoreboard to the values the runner stored.

import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { findOpenpyxlPython, OPENPYXL_INSTALL_HINT } from "../../scripts/fixtures/openpyxl";
import { checkWorkbooks } from "../../scripts/portable/checkWorkbooks";
import { findSoffice } from "../../scripts/portable/libreOffice";
import { findingLine } from "../../scripts/portable/report";
import { c2c, problemLines, tempFolder, type TempFolder } from "../cli/cliHarness";
import { writeDemoPartnership } from "../cli/workbookFixtures";

jest.setTimeout(240_000);

const PYTHON = findOpenpyxlPython();
const SOFFICE = findSoffice();
const describeIfBoth = PYTHON === null || SOFFICE === null ? describe.skip : describe;
if (PYTHON === null)
  console.warn(
    `Python's openpyxl is not installed: the edited lens is not tried. ${OPENPYXL_INSTALL_HINT}`,
  );

// Sets column B of the Settings rows keyed in column A, then saves under a new name.
const EDIT = `
import json, sys, openpyxl
source, target, values = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
book = openpyxl.load_workbook(source)
sheet = book["Settings"]
for row in sheet.iter_rows():
    if row[0].value in values:
        row[1].value = values[row[0].value]
        print(row[1].coordinate, row[0].value)
book.save(target)
`;

// The Scoreboard's DAC block as openpyxl reads it: criterion → [sources, score, with a score].
const READ = `
import json, sys, openpyxl
sheet = openpyxl.load_workbook(sys.argv[1], data_only=True)["Scoreboard"]
names = {"Relevance", "Coherence", "Effectiveness", "Efficiency", "Impact", "Sustainability"}
print(json.dumps({row[0].value: [cell.value for cell in row[1:4]] for row in sheet.iter_rows() if row[0].value in names}))
`;

function python(code: string, ...args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(PYTHON ?? "python3", ["-c", code, ...args], (error, stdout, stderr) => {
      if (error === null) resolve(stdout);
      else reject(new Error(`${error.message}\n${stderr}`));
    });
  });
}

let folder: TempFolder;
beforeAll(async () => {
  folder = await tempFolder();
});
afterAll(async () => {
  await folder.remove();
});

describeIfBoth("a DAC lens edited with openpyxl", () => {
  it("is read, named where wrong, shown on the Scoreboard and recomputed alike by LibreOffice", async () => {
    const demo = folder.path("demo.xlsx");
    await writeDemoPartnership(demo);
    const edited = folder.path("edited.xlsx");
    const cells = await python(
      EDIT,
      demo,
      edited,
      JSON.stringify({
        "DAC relevance": "TA, XX",
        "DAC coherence": "mlg",
        "DAC impact": "SDG index; DATA",
      }),
    );
    const relevanceCell = /^(B\d+) DAC relevance$/m.exec(cells)?.[1];
    expect(relevanceCell).toBeDefined();

    const scored = folder.path("scored.xlsx");
    const run = await c2c("score", edited, "-o", scored);
    expect(run.code).toBe(0);
    expect(problemLines(run.stderr)).toEqual([
      `warning: Settings!${relevanceCell ?? ""}: "DAC relevance": "XX" is not a principle id (TA, MLG, URL, DATA, ME, P2P, CAP, STK, FIN, DIG) nor "SDG index"; the catalogue's sources (TA, STK) are used`,
    ]);

    const report = JSON.parse((await c2c("report", scored, "--json")).stdout) as {
      scores: {
        principles: { principle: string; scoreOutOf100: number | null }[];
        dacCriteria: { criterion: string; score: number | null; used: string[] }[];
      };
    };
    const outOf100 = (id: string): number =>
      report.scores.principles.find((entry) => entry.principle === id)?.scoreOutOf100 ?? NaN;
    const criterion = (name: string) =>
      report.scores.dacCriteria.find((entry) => entry.criterion === name);
    expect(criterion("relevance")?.used).toEqual(["TA", "STK"]);
    expect(criterion("coherence")?.used).toEqual(["MLG"]);
    expect(criterion("coherence")?.score).toBeCloseTo(outOf100("MLG"), 9);
    expect(criterion("impact")?.used).toEqual(["SDG index", "DATA"]);

    const board = JSON.parse(await python(READ, scored)) as Record<
      string,
      [string, number, number]
    >;
    expect(board.Coherence?.[0]).toBe("MLG");
    expect(board.Coherence?.[1]).toBeCloseTo(outOf100("MLG"), 9);
    expect(board.Impact?.slice(0, 1)).toEqual(["SDG index, DATA"]);
    expect(board.Impact?.[1]).toBeCloseTo(criterion("impact")?.score ?? NaN, 9);
    expect(board.Impact?.[2]).toBe(2);

    const [check] = await checkWorkbooks(SOFFICE ?? "soffice", [
      new Uint8Array(await readFile(scored)),
    ]);
    // openpyxl drops every cached formula result when it saves, and the runner rewrites only the
    // cells it owns: the Scoreboard (and the computed columns). Those must all agree.
    expect(check?.formulas).toBeGreaterThan(500);
    const onScoreboard = (check?.findings ?? []).filter(
      (finding) => finding.cell.sheet === "Scoreboard",
    );
    expect(onScoreboard.map(findingLine)).toEqual([]);
  });
});
