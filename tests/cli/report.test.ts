import { readFile } from "node:fs/promises";
import { CSV_COLUMNS } from "../../src/engine/publish/report/reportCsv";
import { csvLine } from "../../src/engine/publish/csv";
import { catalogue } from "../../src/engine/catalogue";
import { c2c, problemLines, tempFolder, type TempFolder } from "./cliHarness";
import { writeDemoPartnership, writeForeignWorkbook } from "./workbookFixtures";

let folder: TempFolder;
beforeAll(async () => {
  folder = await tempFolder();
  await writeDemoPartnership(folder.path("demo.xlsx"));
});
afterAll(async () => {
  await folder.remove();
});

/** Splits CSV text made of simple fields (the report's own output) into rows of fields, honouring quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split("\r\n").filter((entry) => entry !== "")) {
    const fields: string[] = [];
    let field = "";
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const character = line[i]!;
      if (quoted) {
        if (character === '"' && line[i + 1] === '"') {
          field += '"';
          i++;
        } else if (character === '"') quoted = false;
        else field += character;
      } else if (character === '"') quoted = true;
      else if (character === ",") {
        fields.push(field);
        field = "";
      } else field += character;
    }
    fields.push(field);
    rows.push(fields);
  }
  return rows;
}

describe("c2c report --json", () => {
  it("prints the scores with provenance and problems, valid JSON on standard output", async () => {
    const run = await c2c("report", folder.path("demo.xlsx"), "--json");
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as {
      source: string;
      product: string;
      catalogueVersion: string;
      generatedAt: string;
      partnership: { cities: string[] };
      scores: { principles: { principle: string; score: number | null }[]; cities: unknown[] };
      problems: unknown[];
    };
    expect(report.source).toBe(folder.path("demo.xlsx"));
    expect(report.product).toBe("C2C Scoreboard 0.1.0");
    expect(report.catalogueVersion).toBe("2026.1");
    expect(report.generatedAt).toBe("2026-11-28T12:00:00.000Z");
    expect(report.partnership.cities).toEqual(["Lindhaven", "Sokoni"]);
    expect(report.scores.principles.map((entry) => entry.principle)).toEqual(
      catalogue.principles.map((principle) => principle.id),
    );
    expect(report.scores.cities).toHaveLength(2);
    expect(report.problems).toEqual([]);
  });

  it("gives the six DAC criteria, each the mean of its sources' 0–100 scores found elsewhere in the report", async () => {
    const run = await c2c("report", folder.path("demo.xlsx"), "--json");
    const report = JSON.parse(run.stdout) as {
      scores: {
        principles: { principle: string; scoreOutOf100: number | null }[];
        cities: { overall: { index: number | null } }[];
        dacCriteria: {
          criterion: string;
          score: number | null;
          sources: { source: string; score: number | null }[];
          used: string[];
          missing: string[];
        }[];
      };
    };
    const { principles, cities, dacCriteria } = report.scores;
    const outOf100 = new Map(principles.map((entry) => [entry.principle, entry.scoreOutOf100]));
    const cityIndices = cities.map((city) => city.overall.index ?? NaN);
    const sdgIndex = cityIndices.reduce((a, b) => a + b, 0) / cityIndices.length;
    expect(dacCriteria.map((entry) => entry.criterion)).toEqual(
      catalogue.dacLens.map((entry) => entry.criterion),
    );
    for (const entry of catalogue.dacLens) {
      const expected = [
        ...entry.principles.map((id) => outOf100.get(id) ?? NaN),
        ...(entry.goalIndices ? [sdgIndex] : []),
      ];
      const criterion = dacCriteria.find((result) => result.criterion === entry.criterion);
      expect(criterion?.missing).toEqual([]);
      expect(criterion?.score).toBeCloseTo(
        expected.reduce((a, b) => a + b, 0) / expected.length,
        9,
      );
    }
  });
});

describe("c2c report --csv", () => {
  it("prints one tidy table: principles, alignment, goal, objective and overall indices, data and actions", async () => {
    const run = await c2c("report", folder.path("demo.xlsx"), "--csv");
    expect(run.code).toBe(0);
    const [header, ...rows] = parseCsv(run.stdout);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows.every((row) => row.length === CSV_COLUMNS.length)).toBe(true);
    const sections = new Set(rows.map((row) => row[0]));
    expect([...sections]).toEqual([
      "principle",
      "alignment",
      "goal",
      "objective",
      "overall",
      "dac",
      "data",
      "actions",
    ]);
    expect(rows.filter((row) => row[0] === "principle")).toHaveLength(10);
    expect(rows.filter((row) => row[0] === "dac").map((row) => row[1])).toEqual([
      "relevance",
      "coherence",
      "effectiveness",
      "efficiency",
      "impact",
      "sustainability",
    ]);
    // The overall index of each city in its latest year carries the trend class.
    const latest = rows.filter((row) => row[0] === "overall" && row[4] === "2024");
    expect(latest.map((row) => row[3])).toEqual(["Lindhaven", "Sokoni"]);
    expect(latest.every((row) => (row[9] ?? "") !== "")).toBe(true);
  });

  it("writes to a file with -o, atomically, and refuses to overwrite it without --force", async () => {
    const output = folder.path("report.csv");
    const first = await c2c("report", folder.path("demo.xlsx"), "--csv", "-o", output);
    expect([first.code, first.stdout]).toEqual([0, ""]);
    expect((await readFile(output, "utf8")).startsWith(`${CSV_COLUMNS.join(",")}\r\n`)).toBe(true);
    const again = await c2c("report", folder.path("demo.xlsx"), "--csv", "-o", output);
    expect(again.code).toBe(2);
    expect(
      (await c2c("report", folder.path("demo.xlsx"), "--json", "-o", output, "--force")).code,
    ).toBe(0);
    expect(JSON.parse(await readFile(output, "utf8"))).toHaveProperty("scores");
  });

  it("lists problems on standard error, keeping standard output clean", async () => {
    const input = folder.path("bad.xlsx");
    await writeForeignWorkbook(input, {
      indicatorRows: [
        [
          "11.6.2",
          "annual mean PM2.5",
          11,
          "Alpha",
          2022,
          "twenty",
          null,
          null,
          "µg/m³",
          "",
          "n",
          null,
        ],
      ],
    });
    const run = await c2c("report", input, "--csv", "--strict");
    expect(run.code).toBe(1);
    expect(problemLines(run.stderr)).toEqual([
      expect.stringMatching(/^warning: Indicators!F2: .*"twenty" is not a number/),
    ]);
    expect(run.stdout.startsWith("section,")).toBe(true);
  });
});

describe("csvLine", () => {
  it.each([
    [["a", 1, null], "a,1,\r\n"],
    [['say "hi", then go', "x"], '"say ""hi"", then go",x\r\n'],
    [["two\nlines"], '"two\nlines"\r\n'],
    [["=HYPERLINK(1)", "+1", "@x", "-3", -3], "'=HYPERLINK(1),'+1,'@x,'-3,-3\r\n"],
    [[-2.5, Number.NaN], "-2.5,\r\n"],
  ])("%j → %j", (fields, line) => {
    expect(csvLine(fields)).toBe(line);
  });
});
