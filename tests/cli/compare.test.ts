import { basename } from "node:path";
// `c2c compare` on the demo workbooks: the cities of the sample partnership, pilot partnerships from
// their own workbooks, and a consolidated programme workbook; every number checked against the
// engine's own scores of the same data.

import { access, readFile, writeFile } from "node:fs/promises";
import { scoreAssessment } from "../../src/engine/assessment";
import { compareCities, comparePartnerships, type Comparison } from "../../src/engine/compare";
import { pilotProgramme, samplePartnership } from "../../src/engine/demo";
import type { Assessment } from "../../src/engine/model/types";
import { summarisePartnership } from "../../src/engine/programme";
import { assessmentWorkbookPlan } from "../../src/engine/templates/assessmentWorkbook";
import { XlsxWorkbook } from "../support/exceljsHost/xlsxWorkbook";
import { c2c, problemLines, tempFolder, type TempFolder } from "./cliHarness";
import { writeDemoPartnership, writeForeignWorkbook } from "./workbookFixtures";

const DECIMALS = 9;

// Each test reads one to three workbooks.
jest.setTimeout(30_000);

const exists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  );

async function writeAssessment(path: string, assessment: Assessment): Promise<void> {
  const workbook = XlsxWorkbook.create();
  await workbook.applyPlan(
    assessmentWorkbookPlan(assessment, scoreAssessment(assessment), { generatedOn: "2026-11-28" }),
    { dialect: "portable", existingSheet: "fail" },
  );
  await workbook.save(path);
}

function unwrap(result: ReturnType<typeof compareCities>): Comparison {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

let folder: TempFolder;
const demo = samplePartnership();
const demoScores = scoreAssessment(demo);
const pilot = pilotProgramme().slice(0, 3);
const pilotPaths: string[] = [];
let programmePath = "";

beforeAll(async () => {
  folder = await tempFolder();
  await writeDemoPartnership(folder.path("demo.xlsx"));
  for (const [index, assessment] of pilot.entries()) {
    pilotPaths.push(folder.path(`p${index + 1}.xlsx`));
    await writeAssessment(folder.path(`p${index + 1}.xlsx`), assessment);
  }
  programmePath = folder.path("programme.xlsx");
  const consolidated = await c2c("consolidate", ...pilotPaths, "-o", programmePath);
  expect(consolidated.code).toBe(0);
  await writeForeignWorkbook(folder.path("long.xlsx"), { list: "long" });
}, 120_000);
afterAll(async () => {
  await folder.remove();
});

describe("c2c compare <partnership.xlsx>: the partner cities", () => {
  it("prints a readable table by default", async () => {
    const run = await c2c("compare", folder.path("demo.xlsx"));
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n").slice(0, 3)).toEqual([
      "Comparison of 2 cities",
      "  Lindhaven: latest year 2024, 3 respondents",
      "  Sokoni: latest year 2024, 5 respondents",
    ]);
    expect(run.stdout).toContain("Who can learn from whom\n");
    expect(run.stdout).toContain(
      "  - Only 2 units are compared: no percentiles or peer-based anchors, which need at least 3.\n",
    );
  });

  it("--json: the engine's comparison of the same data; goal scores are each city's latest goal index", async () => {
    const run = await c2c("compare", folder.path("demo.xlsx"), "--json");
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as {
      source: string;
      generatedAt: string;
      comparison: Comparison;
      problems: unknown[];
    };
    expect(printed.source).toBe(folder.path("demo.xlsx"));
    expect(printed.generatedAt).toBe("2026-11-28T12:00:00.000Z");
    const expected = unwrap(compareCities(demo, demoScores));
    expect(printed.comparison.units).toEqual(expected.units);
    expect(printed.comparison.rows.map((row) => row.id)).toEqual(
      expected.rows.map((row) => row.id),
    );
    printed.comparison.rows.forEach((row, index) => {
      row.scores.forEach((score, unit) => {
        const wanted = expected.rows[index]?.scores[unit] ?? null;
        if (wanted === null) expect(score).toBeNull();
        else expect(score).toBeCloseTo(wanted, DECIMALS);
      });
    });
    const goalRows = printed.comparison.rows.filter((row) => row.kind === "goal");
    expect(goalRows.length).toBeGreaterThan(0);
    for (const row of goalRows) {
      ["Lindhaven", "Sokoni"].forEach((city, unit) => {
        const latest = demoScores.cities
          .find((entry) => entry.city === city)
          ?.goals.find((goal) => `SDG ${goal.goal}` === row.id)?.latest;
        const comparable =
          latest !== undefined && latest.band !== "Low coverage" && latest.band !== "No data";
        if (comparable && latest.index !== null)
          expect(row.scores[unit]).toBeCloseTo(latest.index, DECIMALS);
        else expect(row.scores[unit]).toBeNull();
      });
    }
    const overall = printed.comparison.rows.find((row) => row.id === "SDG index");
    expect(overall?.scores[0]).toBeCloseTo(demoScores.cities[0]?.overall.index ?? NaN, DECIMALS);
    expect(overall?.scores[1]).toBeCloseTo(demoScores.cities[1]?.overall.index ?? NaN, DECIMALS);
    expect(printed.comparison.learning.map((pair) => `${pair.learner} ${pair.id}`)).toEqual(
      expected.learning.map((pair) => `${pair.learner} ${pair.id}`),
    );
  });

  it("--csv with a semicolon and decimal comma", async () => {
    const run = await c2c(
      "compare",
      folder.path("demo.xlsx"),
      "--csv",
      "--delimiter",
      ";",
      "--decimal-comma",
    );
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\r\n");
    expect(lines[0]).toBe(
      "kind;id;name;unit;scale;score;band;best;best_units;gap_to_best;percentile;learn_from;learn_from_score",
    );
    const taLindhaven = lines.find((line) =>
      line.startsWith("principle;TA;Territorial approach;Lindhaven;"),
    );
    const ta = unwrap(compareCities(demo, demoScores)).rows[0];
    expect(taLindhaven?.split(";")[5]).toBe(String(ta?.scores[0]).replace(".", ","));
  });

  it("--html -o FILE writes a self-contained page; an existing FILE is kept unless --force", async () => {
    const output = folder.path("cities.html");
    const run = await c2c("compare", folder.path("demo.xlsx"), "--html", "-o", output);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    const page = await readFile(output, "utf8");
    expect(page).toContain(`<section id="comparison">`);
    expect(page).toContain(`aria-label="Comparison"`);
    expect(page).not.toMatch(/<script|https?:\/\//);
    const again = await c2c("compare", folder.path("demo.xlsx"), "--html", "-o", output);
    expect(again.code).toBe(2);
    expect(problemLines(again.stderr)).toEqual([
      `error: ${output}: already exists; it is not overwritten unless asked to (--force)`,
    ]);
    expect(
      (await c2c("compare", folder.path("demo.xlsx"), "--html", "-o", output, "--force")).code,
    ).toBe(0);
  });

  it("--units picks cities by name or position; one city is refused with exit 2", async () => {
    const swapped = await c2c("compare", folder.path("demo.xlsx"), "--json", "--units", "sokoni,1");
    expect(swapped.code).toBe(0);
    expect(
      (JSON.parse(swapped.stdout) as { comparison: Comparison }).comparison.units.map(
        (unit) => unit.name,
      ),
    ).toEqual(["Sokoni", "Lindhaven"]);
    const one = await c2c("compare", folder.path("demo.xlsx"), "--units", "Sokoni");
    expect(one.code).toBe(2);
    expect(one.stdout).toBe("");
    expect(one.stderr).toContain(
      "c2c compare: a comparison takes 2 to 10 cities, and Lindhaven–Sokoni partnership for sustainable cities (SAMPLE DATA) has only 1\n",
    );
    const unknown = await c2c("compare", folder.path("demo.xlsx"), "--units", "Nairobi,1");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      'c2c compare: --units: "Nairobi" is not one of the partner cities (1 Lindhaven; 2 Sokoni)',
    );
  });
});

describe("c2c compare a.xlsx b.xlsx …: partnerships", () => {
  it("compares the partnerships as c2c consolidate summarises them", async () => {
    const run = await c2c("compare", ...pilotPaths, "--json");
    expect(run.code).toBe(0);
    const printed = (JSON.parse(run.stdout) as { comparison: Comparison }).comparison;
    const expected = comparePartnerships(
      pilot.map((assessment, index) =>
        summarisePartnership(pilotPaths[index] ?? "", assessment, scoreAssessment(assessment)),
      ),
    );
    if (!expected.ok) throw new Error(expected.error.message);
    expect(printed.kind).toBe("partnerships");
    expect(printed.peerStatistics).toBe(true);
    expect(printed.units).toEqual(expected.value.units);
    printed.rows.forEach((row, index) => {
      row.scores.forEach((score, unit) => {
        const wanted = expected.value.rows[index]?.scores[unit] ?? null;
        if (wanted === null) expect(score).toBeNull();
        else expect(score).toBeCloseTo(wanted, DECIMALS);
      });
      expect(row.percentiles === null).toBe(expected.value.rows[index]?.percentiles === null);
    });
    expect(printed.learning.map((pair) => `${pair.learner} ${pair.id} ${pair.peer}`)).toEqual(
      expected.value.learning.map((pair) => `${pair.learner} ${pair.id} ${pair.peer}`),
    );
  });

  it("refuses partnerships scored on different indicator lists unless --force (then a warning; exit 1 under --strict)", async () => {
    const long = folder.path("long.xlsx");
    const refused = await c2c("compare", pilotPaths[0] ?? "", long);
    expect(refused.code).toBe(2);
    expect(problemLines(refused.stderr)).toContain(
      `error: ${long}: the workbooks differ in indicator list: simplified in ${pilotPaths[0] ?? ""}; long in ${long}; their SDG indices would not compare (use --force to compare anyway)`,
    );
    expect(refused.stdout).toBe("");
    const forced = await c2c("compare", pilotPaths[0] ?? "", long, "--force", "--strict");
    expect(forced.code).toBe(1);
    expect(forced.stdout).toContain("Comparison of 2 partnerships");
  });

  it("stops at an unreadable file, naming it", async () => {
    const missing = folder.path("missing.xlsx");
    const run = await c2c("compare", pilotPaths[0] ?? "", missing);
    expect(run.code).toBe(2);
    expect(problemLines(run.stderr)).toEqual([
      expect.stringMatching(/^error: .*missing\.xlsx: cannot be read: there is no such file$/),
    ]);
    expect(run.stderr).toContain(`c2c compare: ${missing} cannot be compared\n`);
  });
});

describe("c2c compare programme.xlsx: the partnerships of a programme workbook", () => {
  it("reads C2C_Programme: principle scores as stored, SDG index from C2C_ProgrammeGoals at full precision", async () => {
    const run = await c2c("compare", programmePath, "--json");
    expect(run.code).toBe(0);
    expect(problemLines(run.stderr)).toEqual([]);
    const printed = (JSON.parse(run.stdout) as { comparison: Comparison }).comparison;
    const summaries = pilot.map((assessment, index) =>
      summarisePartnership(
        basename(pilotPaths[index] ?? ""),
        assessment,
        scoreAssessment(assessment),
      ),
    );
    expect(printed.units).toEqual(
      summaries.map((entry) => ({ name: entry.name, detail: entry.source })),
    );
    const expected = comparePartnerships(summaries);
    if (!expected.ok) throw new Error(expected.error.message);
    printed.rows.forEach((row, index) => {
      row.scores.forEach((score, unit) => {
        const wanted = expected.value.rows[index]?.scores[unit] ?? null;
        if (wanted === null) expect(score).toBeNull();
        else expect(score).toBeCloseTo(wanted, DECIMALS);
      });
    });
    expect(printed.notes).not.toContain(
      "The SDG indices come from the programme table, which keeps each city's index to one decimal.",
    );
  });

  it("--units chooses partnerships of the programme", async () => {
    const run = await c2c("compare", programmePath, "--units", "3,1", "--csv");
    expect(run.code).toBe(0);
    const units = new Set(
      run.stdout
        .split("\r\n")
        .slice(1)
        .filter((line) => line.startsWith("principle,TA,"))
        .map((line) => line.split(",")[3]),
    );
    expect([...units]).toEqual([pilot[2]?.partnership.name, pilot[0]?.partnership.name]);
  });
});

describe("c2c compare: usage", () => {
  it("--help prints the usage", async () => {
    const run = await c2c("compare", "--help");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: c2c compare <in\.xlsx>/);
  });

  it.each([
    [[], "give one partnership or programme workbook, or several partnership workbooks"],
    [
      ["x.xlsx", "--json", "--csv"],
      "choose one format: --json, --csv or --html (or none, for a text table)",
    ],
    [
      ["x.xlsx", "--json", "--delimiter", ";"],
      "--delimiter and --decimal-comma apply to --csv only",
    ],
    [
      ["x.xlsx", "--csv", "--decimal-comma"],
      "--decimal-comma: a decimal comma needs a delimiter other than the comma",
    ],
    [
      ["x.xlsx", "--units", "1,,2"],
      '--units takes names or positions separated by commas, not "1,,2"',
    ],
  ])("%j is a usage error (exit 2)", async (argv, message) => {
    const run = await c2c("compare", ...argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`c2c compare: ${message}`);
    expect(run.stderr).toContain("Run c2c compare --help for usage.");
  });

  it("a file that is not a workbook stops with exit 2 and nothing on standard output", async () => {
    await writeFile(folder.path("notes.txt"), "not a workbook");
    const run = await c2c("compare", folder.path("notes.txt"));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(problemLines(run.stderr)[0]).toMatch(
      /^error: .*notes\.txt: cannot be read: it is not an \.xlsx workbook/,
    );
    expect(await exists(folder.path("notes.txt"))).toBe(true);
  });
});
