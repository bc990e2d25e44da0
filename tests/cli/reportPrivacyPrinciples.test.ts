// Respondents' privacy when the whole checklist has too few respondents: with two respondents (fewer
// than the default Minimum group size of 3) the principle scores, the alignment and the radar are
// two people's answers, so --json, --csv, --html and --values show none of them and say why; with
// three respondents every output shows scoreAssessment's numbers.
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { scoreAssessment } from "../../src/engine/assessment";
import { TABLES } from "../../src/engine/model/contract";
import { valuesCopySheets } from "../../src/engine/publish/valuesCopy";
import { readAssessment } from "../../src/engine/read";
import { layoutFromTables, scoredWorkbookPlan } from "../../src/engine/templates";
import type { MemoryCellInput } from "../../src/host/memory/memoryWorkbook";
import { XlsxWorkbook } from "../support/exceljsHost/xlsxWorkbook";
import { parseCsv } from "../engine/publish/csvParse";
import { c2c, tempFolder, type TempFolder } from "./cliHarness";
import { ALPHA_BETA_INDICATORS, scoresOfFile, writeContractWorkbook } from "./workbookFixtures";

const PEOPLE = ["Ana Lima", "Ben Okafor", "Carla Ruiz"];
/** Each item's answers by the three people; the two-respondent workbook keeps the first two. */
const ANSWERS: readonly (readonly [string, string, string, readonly MemoryCellInput[]])[] = [
  ["TA", "TA1", "addresses concrete local challenges", [2, 3, 4]],
  ["TA", "TA2", "creates synergies across sectoral policies", [1, 5, 4]],
  ["TA", "TA3", "involves all levels of government", [4, 4, 3]],
  ["MLG", "MLG1", "coordination across levels of government", [3, 2, 2]],
  ["P2P", "P2P1", "regular in-person exchanges", [5, 1, 5]],
];
const SENTENCE_TWO =
  "The checklist has 2 respondents; principle scores are published only when at least 3 answered (Minimum group size).";
const ALIGNMENT_NAME = "Overall alignment with the G20 principles";

async function writeWorkbook(path: string, respondents: number): Promise<void> {
  const people = PEOPLE.slice(0, respondents);
  const checklist: MemoryCellInput[][] = [
    ["Principle", "Item ID", "Item", ...people, "Item score", "Spread", "Evidence"],
    ...ANSWERS.map(([principle, itemId, text, answers]) => [
      principle,
      itemId,
      text,
      ...answers.slice(0, respondents),
      null,
      null,
      "",
    ]),
  ];
  const stakeholders: MemoryCellInput[][] = [
    ["Respondent", "Organisation", "Group", "City", "Role in the partnership"],
    ...people.map((name) => [name, `${name} office`, "academia", "Alpha", "participant"]),
  ];
  await writeContractWorkbook(path, { checklist, stakeholders, indicators: ALPHA_BETA_INDICATORS });
}

interface JsonPrinciple {
  principle: string;
  score: number | null;
  scoreOutOf100: number | null;
  band: string | null;
  suppressed?: string;
}
interface JsonReport {
  scores: {
    principles: JsonPrinciple[];
    alignment: {
      score: number | null;
      scoreOutOf100: number | null;
      band: string | null;
      suppressed?: string;
    };
    strengths: { principles: unknown[] };
    priorities: { principles: unknown[] };
    dacCriteria: {
      criterion: string;
      score: number | null;
      sources: { source: string; score: number | null }[];
      suppressed?: string;
    }[];
  };
}

async function jsonOf(path: string): Promise<JsonReport> {
  const run = await c2c("report", path, "--json");
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as JsonReport;
}

/** The principle and alignment rows of `--csv`, by id, as records of the header's columns. */
async function csvRowsOf(path: string): Promise<Map<string, Record<string, string>>> {
  const run = await c2c("report", path, "--csv");
  expect(run.code).toBe(0);
  const [header = [], ...rows] = parseCsv(run.stdout, ",");
  const records = rows.map((row) =>
    Object.fromEntries(header.map((column, index) => [column, row[index] ?? ""])),
  );
  return new Map(
    records
      .filter((record) => record.section === "principle" || record.section === "alignment")
      .map((record) => [record.id ?? "", record]),
  );
}

async function htmlOf(path: string): Promise<string> {
  const run = await c2c("report", path, "--html");
  expect(run.code).toBe(0);
  return run.stdout;
}

/** The chart kinds of the values copy's Scoreboard as planned (the .xlsx writer of the copy keeps no chart). */
async function copyChartKinds(path: string): Promise<string[]> {
  const workbook = await XlsxWorkbook.open(path);
  const tables = await workbook.readTables(Object.values(TABLES));
  const read = readAssessment(tables);
  if (read.assessment === null) throw new Error(`${path} has no assessment`);
  const scores = scoreAssessment(read.assessment);
  const plan = scoredWorkbookPlan(read.assessment, scores, layoutFromTables(tables), {
    generatedOn: "2026-11-28",
  });
  const board = valuesCopySheets(plan, tables, scores).find((sheet) => sheet.name === "Scoreboard");
  return (board?.charts ?? []).map((chart) => chart.kind);
}

async function valuesOf(path: string, output: string): Promise<ExcelJS.Worksheet> {
  const run = await c2c("report", path, "--values", "-o", output);
  expect(run.code).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(output)) as unknown as ArrayBuffer);
  const board = workbook.getWorksheet("Scoreboard");
  if (board === undefined) throw new Error("the copy has no Scoreboard");
  return board;
}

/** The Scoreboard row whose column A holds the label (its principle id, or "Overall"). */
function rowOf(board: ExcelJS.Worksheet, label: string): number {
  const row = board.getColumn("A").values.indexOf(label);
  expect(row).toBeGreaterThan(0);
  return row;
}

let folder: TempFolder;
let two: string;
let three: string;
beforeAll(async () => {
  folder = await tempFolder();
  two = folder.path("two.xlsx");
  three = folder.path("three.xlsx");
  await writeWorkbook(two, 2);
  await writeWorkbook(three, 3);
});
afterAll(async () => {
  await folder.remove();
});

describe("c2c report withholds the principle scores when the checklist has fewer respondents than the minimum", () => {
  it("the engine does score the two-respondent workbook (the test can fail)", async () => {
    const scores = await scoresOfFile(two);
    expect(scores.checklist.respondents).toBe(2);
    expect(
      scores.principles
        .filter((principle) => principle.score !== null)
        .map((principle) => principle.principle),
    ).toEqual(["TA", "MLG", "P2P"]);
    expect(scores.alignment.score).not.toBeNull();
  });

  it("--json: principles and alignment have no score, 0–100 or band, and say why; no principle strength or priority", async () => {
    const report = await jsonOf(two);
    for (const principle of report.scores.principles) {
      expect(principle).toMatchObject({
        score: null,
        scoreOutOf100: null,
        band: null,
        suppressed: SENTENCE_TWO,
      });
    }
    expect(report.scores.alignment).toMatchObject({
      score: null,
      scoreOutOf100: null,
      band: null,
      suppressed: SENTENCE_TWO,
    });
    expect(report.scores.strengths.principles).toEqual([]);
    expect(report.scores.priorities.principles).toEqual([]);
  });

  it("--json, --csv, --html: the DAC criteria resting on principles have no score and say why; impact keeps its score", async () => {
    const scores = await scoresOfFile(two);
    // The engine does score relevance (TA) and coherence (MLG): the test can fail.
    expect(
      scores.dacCriteria.find((entry) => entry.criterion === "relevance")?.score,
    ).not.toBeNull();
    const report = await jsonOf(two);
    for (const criterion of report.scores.dacCriteria) {
      if (criterion.criterion === "impact") {
        expect(criterion.suppressed).toBeUndefined();
        expect(criterion.score).toBeCloseTo(
          scores.dacCriteria.find((entry) => entry.criterion === "impact")?.score ?? NaN,
          9,
        );
      } else {
        expect(criterion).toMatchObject({ score: null, suppressed: SENTENCE_TWO });
        expect(criterion.sources.every((entry) => entry.score === null)).toBe(true);
      }
    }
    const csv = parseCsv((await c2c("report", two, "--csv")).stdout, ",");
    const dac = csv.filter((row) => row[0] === "dac");
    expect(dac).toHaveLength(6);
    for (const row of dac.filter((entry) => entry[1] !== "impact")) {
      expect([row[5], row[6], row[10]]).toEqual(["", "", SENTENCE_TWO]);
    }
    const html = await htmlOf(two);
    const section = /<section id="dac">.*?<\/section>/s.exec(html)?.[0] ?? "";
    expect(section).toContain(SENTENCE_TWO);
    expect(section).not.toMatch(/(TA|MLG|P2P) \d/);
  });

  it("--csv: principle and alignment rows have empty numbers and the sentence as their note", async () => {
    const rows = await csvRowsOf(two);
    expect(rows.size).toBe(11);
    for (const record of rows.values()) {
      expect([record.score, record.out_of_100, record.band]).toEqual(["", "", ""]);
      expect(record.note).toBe(SENTENCE_TWO);
    }
    expect(rows.get("ALIGNMENT")?.name).toBe(ALIGNMENT_NAME);
  });

  it("--html: the sentence in place of the alignment, the radar and the score table; no principle strength", async () => {
    const html = await htmlOf(two);
    const section = /<section id="principles">.*?<\/section>/s.exec(html)?.[0] ?? "";
    expect(section).toContain(SENTENCE_TWO);
    expect(section).not.toMatch(/\d\.\d\d/);
    expect(html).not.toContain('class="chart radar"');
    expect(html).not.toContain("Overall alignment with the G20 principles:");
    expect(html).not.toMatch(/<li>(TA|MLG|P2P) /);
  });

  it("--values: the Scoreboard's principle scores, bands and alignment are blank, the sentence is beside them, and the radar is gone", async () => {
    const board = await valuesOf(two, folder.path("two-values.xlsx"));
    for (const principle of ["TA", "MLG", "P2P"]) {
      const row = rowOf(board, principle);
      for (const column of ["C", "D", "E", "I"])
        expect(board.getCell(`${column}${row}`).value).toBeNull();
    }
    const overall = rowOf(board, "Overall");
    expect(board.getCell(`C${overall}`).value).toBe(SENTENCE_TWO);
    // The DAC criteria resting on principles lose their score; impact (the SDG index) keeps it.
    for (const criterion of ["Relevance", "Coherence", "Sustainability"]) {
      const row = rowOf(board, criterion);
      expect(board.getCell(`C${row}`).value).toBe("not published (see the principles)");
      expect(board.getCell(`D${row}`).value).toBeNull();
    }
    expect(typeof board.getCell(`C${rowOf(board, "Impact")}`).value).toBe("number");
    expect([board.getCell(`D${overall}`).value, board.getCell(`E${overall}`).value]).toEqual([
      null,
      null,
    ]);
    const columnA = board
      .getColumn("A")
      .values.filter((value): value is string => typeof value === "string");
    expect(columnA.filter((value) => value.endsWith("(principle)"))).toEqual([]);
    // The same workbook with three respondents keeps its radar (the check can fail).
    expect(await copyChartKinds(three)).toContain("radar");
    expect(await copyChartKinds(two)).not.toContain("radar");
  });
});

describe("c2c report publishes the principle scores when the checklist has the minimum of respondents", () => {
  it("--json: scoreAssessment's principle scores and alignment, with no reason", async () => {
    const scores = await scoresOfFile(three);
    const report = await jsonOf(three);
    expect(scores.principles.filter((principle) => principle.score !== null)).toHaveLength(3);
    report.scores.principles.forEach((principle, index) => {
      const expected = scores.principles[index];
      expect(principle.principle).toBe(expected?.principle);
      expect(principle.suppressed).toBeUndefined();
      if (expected?.score === null || expected?.score === undefined)
        expect(principle.score).toBeNull();
      else expect(principle.score).toBeCloseTo(expected.score, 9);
    });
    expect(report.scores.alignment.suppressed).toBeUndefined();
    expect(report.scores.alignment.score).toBeCloseTo(scores.alignment.score ?? Number.NaN, 9);
  });

  it("--csv: scoreAssessment's principle scores and alignment", async () => {
    const scores = await scoresOfFile(three);
    const rows = await csvRowsOf(three);
    for (const principle of scores.principles) {
      const shown = rows.get(principle.principle)?.score ?? "missing";
      if (principle.score === null) expect(shown).toBe("");
      else expect(Number(shown)).toBeCloseTo(principle.score, 9);
    }
    expect(Number(rows.get("ALIGNMENT")?.score)).toBeCloseTo(
      scores.alignment.score ?? Number.NaN,
      9,
    );
    expect(rows.get("ALIGNMENT")?.note).not.toBe(SENTENCE_TWO);
  });

  it("--html: the radar and scoreAssessment's scores, to two decimals", async () => {
    const scores = await scoresOfFile(three);
    const html = await htmlOf(three);
    expect(html).toContain('class="chart radar"');
    expect(html).not.toContain("principle scores are published only when");
    for (const principle of scores.principles) {
      if (principle.score !== null)
        expect(html).toContain(`<td class="number">${principle.score.toFixed(2)}</td>`);
    }
    expect(html).toContain(
      `<strong>${(scores.alignment.score ?? Number.NaN).toFixed(2)}</strong> of 5`,
    );
  });

  it("--values: the Scoreboard shows scoreAssessment's principle scores and alignment", async () => {
    const scores = await scoresOfFile(three);
    const board = await valuesOf(three, folder.path("three-values-scores.xlsx"));
    for (const principle of scores.principles) {
      const shown = board.getCell(`C${rowOf(board, principle.principle)}`).value;
      if (principle.score === null) expect(["", null]).toContain(shown);
      else expect(shown).toBeCloseTo(principle.score, 9);
    }
    expect(board.getCell(`C${rowOf(board, "Overall")}`).value).toBeCloseTo(
      scores.alignment.score ?? Number.NaN,
      9,
    );
  });
});
