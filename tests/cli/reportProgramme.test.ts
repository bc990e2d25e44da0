// `c2c report programme.xlsx`: a programme workbook (the demo's) recognised by its tables and
// reported with both components; every figure against the programme model consolidated here from
// the same sample partnerships (the workbook keeps full precision, so they agree to 1e-9); the
// overall index's trend shares also against a count made here from the scored partnerships.

import { readFile } from "node:fs/promises";
import { scoreAssessment } from "../../src/engine/assessment";
import { pilotProgramme } from "../../src/engine/demo";
import { consolidate, summarisePartnership, type Programme } from "../../src/engine/programme";
import { TREND_CLASSES } from "../../src/engine/programme";
import type { TrendClass } from "../../src/engine/scoring";
import { parseCsv } from "../engine/publish/csvParse";
import { c2c, tempFolder, type TempFolder } from "./cliHarness";

let folder: TempFolder;
let programmePath: string;
let expected: Programme;
/** Each trend class's share of the cities' overall SDG trends, counted from the scored sample. */
let counted: Record<TrendClass, number>;
beforeAll(async () => {
  folder = await tempFolder();
  const demo = await c2c("demo", "--out-dir", folder.path("demo"));
  expect(demo.code).toBe(0);
  programmePath = folder.path("demo/programme.xlsx");
  const summaries = pilotProgramme().map((assessment, index) =>
    summarisePartnership(`sample ${index + 1}`, assessment, scoreAssessment(assessment)),
  );
  expected = consolidate(summaries, { force: false }).programme!;
  const trends = pilotProgramme().flatMap((assessment) =>
    scoreAssessment(assessment).cities.map((city) => city.overallTrend.trendClass),
  );
  counted = Object.fromEntries(
    TREND_CLASSES.map((trend) => [
      trend,
      trends.filter((entry) => entry === trend).length / trends.length,
    ]),
  ) as Record<TrendClass, number>;
}, 120_000);
afterAll(async () => {
  await folder.remove();
});

interface PrintedProgramme {
  kind: string;
  principles: {
    principle: string;
    average: number | null;
    distribution: Record<string, number | null>;
  }[];
  goals: {
    goal: number;
    distribution: Record<string, number | null>;
    lowCoverageCities: number;
    trendShares: Record<string, number>;
    dataCoverage: number | null;
  }[];
  objectives: { objective: string; distribution: Record<string, number | null> }[];
  overall: { distribution: Record<string, number | null>; trendShares: Record<string, number> };
  dacCriteria: {
    criterion: string;
    name: string;
    sources: string[];
    distribution: Record<string, number | null>;
  }[];
  partnerships: { dacCriteria: { criterion: string; score: number | null }[] }[];
  notes: string[];
}

function closeTo(actual: Record<string, number | null>, wanted: object): void {
  for (const [key, value] of Object.entries(wanted)) {
    if (value === null) expect(actual[key]).toBeNull();
    else expect(actual[key]).toBeCloseTo(value as number, 9);
  }
}

describe("c2c report of a programme workbook", () => {
  it("--json gives both components, as the programme model has them", async () => {
    const run = await c2c("report", programmePath, "--json");
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as PrintedProgramme;
    expect(printed.kind).toBe("programme");
    expect(printed.partnerships).toHaveLength(27);
    // The pilot's published figures, as the sample reproduces them.
    const average = (id: string) =>
      printed.principles.find((entry) => entry.principle === id)?.average;
    expect(
      [average("P2P"), average("TA"), average("STK")].map((value) => Number(value?.toFixed(2))),
    ).toEqual([3.7, 3.44, 3.12]);
    printed.principles.forEach((entry, index) => {
      closeTo(entry.distribution, expected.principles[index]!.distribution);
    });
    expect(printed.goals.map((goal) => goal.goal)).toEqual(expected.goals.map((goal) => goal.goal));
    printed.goals.forEach((goal, index) => {
      const wanted = expected.goals[index]!;
      closeTo(goal.distribution, wanted.distribution);
      expect(goal.lowCoverageCities).toBe(wanted.lowCoverageCities);
      closeTo(goal.trendShares, wanted.trendShares);
      // Over every year's indicator rows, from the Goals table's two counts per city.
      expect(wanted.dataCoverage).not.toBeNull();
      expect(goal.dataCoverage).toBeCloseTo(wanted.dataCoverage!, 9);
    });
    // Some goal misses values in the sample (so a coverage of 1 everywhere would be caught).
    expect(expected.goals.some((goal) => (goal.dataCoverage ?? 1) < 1)).toBe(true);
    printed.objectives.forEach((objective, index) => {
      closeTo(objective.distribution, expected.objectives[index]!.distribution);
    });
    closeTo(printed.overall.distribution, expected.overall.distribution);
    // The DAC criteria, from the table's principle scores and the goals' cities, as consolidated here.
    expect(printed.dacCriteria.map((entry) => [entry.criterion, entry.sources])).toEqual(
      expected.dacCriteria.map((entry) => [entry.criterion, entry.sources]),
    );
    printed.dacCriteria.forEach((entry, index) => {
      expect(entry.name).toBe(expected.dacCriteria[index]!.name);
      closeTo(entry.distribution, expected.dacCriteria[index]!.distribution);
    });
    expect(expected.dacCriteria[0]?.distribution.count).toBe(27);
    printed.partnerships.forEach((partnership, index) => {
      partnership.dacCriteria.forEach((entry, criterion) => {
        const wanted = expected.dacCriteria[criterion]!.partnerships[index]!.score;
        if (wanted === null) expect(entry.score).toBeNull();
        else expect(entry.score).toBeCloseTo(wanted, 9);
      });
    });
    // The cities' overall trends, from the Goals table's City SDG index trend column.
    closeTo(printed.overall.trendShares, expected.overall.trendShares);
    closeTo(printed.overall.trendShares, counted);
    // More than one class, so shares read from the wrong column would be caught.
    expect(TREND_CLASSES.filter((trend) => counted[trend] > 0).length).toBeGreaterThan(1);
    expect(printed.notes).toEqual([]);
  });

  it("--csv gives a tidy row per figure, --html one page with both components", async () => {
    const csv = await c2c("report", programmePath, "--csv");
    expect(csv.code).toBe(0);
    const lines = csv.stdout.split("\r\n");
    expect(lines[0]).toBe(
      "section,id,name,partnership,city,year,value,band,count,median,lower_quartile,upper_quartile,minimum,maximum,low_coverage,no_data,coverage,trend",
    );
    expect(lines.filter((line) => line.startsWith("principle,"))).toHaveLength(10);
    expect(lines.filter((line) => line.startsWith("goal,"))).toHaveLength(expected.goals.length);
    const goalCoverage = lines.find((line) => line.startsWith(`goal,${expected.goals[0]!.goal},`));
    expect(Number(goalCoverage?.split(",")[16])).toBeCloseTo(expected.goals[0]!.dataCoverage!, 9);
    const relevance = lines.find((line) => line.startsWith("dac,relevance,"))?.split(",");
    expect(Number(relevance?.[6])).toBeCloseTo(expected.dacCriteria[0]!.distribution.mean!, 9);
    expect(lines.filter((line) => line.startsWith("partnership-dac,"))).toHaveLength(27 * 6);
    // A row per goal and trend class, and per class for the overall index: its share in value.
    const rows = parseCsv(csv.stdout, ",");
    const shareOf = (section: string, id: string, trend: string): number =>
      Number(rows.find((row) => row[0] === section && row[1] === id && row[17] === trend)?.[6]);
    expect(lines.filter((line) => line.startsWith("goal-trend,"))).toHaveLength(
      expected.goals.length * TREND_CLASSES.length,
    );
    for (const goal of expected.goals)
      for (const trend of TREND_CLASSES)
        expect(shareOf("goal-trend", String(goal.goal), trend)).toBeCloseTo(
          goal.trendShares[trend],
          9,
        );
    expect(lines.filter((line) => line.startsWith("overall-trend,"))).toHaveLength(
      TREND_CLASSES.length,
    );
    for (const trend of TREND_CLASSES)
      expect(shareOf("overall-trend", "SDG", trend)).toBeCloseTo(counted[trend], 9);
    expect(lines.filter((line) => line.startsWith("city-goal,")).length).toBe(
      expected.partnerships.reduce((total, partnership) => total + partnership.goals.length, 0),
    );
    const html = await c2c("report", programmePath, "--html", "-o", folder.path("programme.html"));
    expect(html.code).toBe(0);
    const page = await readFile(folder.path("programme.html"), "utf8");
    for (const heading of [
      "Principles across the partnerships",
      "SDG goals and EC objectives across the cities",
      "Trend classes per goal",
      "DAC criteria across the partnerships",
      "Partnerships",
    ])
      expect(page).toContain(`<h2>${heading}</h2>`);
    expect(page).not.toContain(folder.path(""));
    // The overall index's row in the trend classes' table.
    const trends = page.slice(page.indexOf("<h2>Trend classes per goal</h2>"));
    expect(trends.slice(0, trends.indexOf("</section>"))).toContain(
      "<td>SDG index</td><td>Overall SDG index</td>",
    );
  });

  it("refuses the partnership-only formats in one sentence", async () => {
    const run = await c2c("report", programmePath, "--open-sdg");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "c2c report: programme.xlsx is a programme workbook: c2c report gives its --json, --csv or --html",
    );
  });
});
