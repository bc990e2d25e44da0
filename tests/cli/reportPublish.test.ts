import { readFile } from "node:fs/promises";
import { OPEN_SDG_COLUMNS } from "../../src/engine/publish/openSdg";
import { markupProblems } from "../engine/publish/htmlCheck";
import { parseCsv } from "../engine/publish/csvParse";
import { c2c, tempFolder, type TempFolder } from "./cliHarness";
import { writeDemoPartnership } from "./workbookFixtures";

let folder: TempFolder;
beforeAll(async () => {
  folder = await tempFolder();
  await writeDemoPartnership(folder.path("demo.xlsx"));
});
afterAll(async () => {
  await folder.remove();
});

describe("c2c report --html", () => {
  it("prints one self-contained page on standard output, stamped with the run's date", async () => {
    const run = await c2c("report", folder.path("demo.xlsx"), "--html");
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(markupProblems(run.stdout)).toEqual([]);
    expect(run.stdout).not.toMatch(/https?:\/\//);
    expect(run.stdout).toContain("Generated 2026-11-28 by C2C Scoreboard 0.1.0 · catalogue 2026.1");
    expect(run.stdout.match(/class="radar-axis"/g)).toHaveLength(10);
    expect(run.stdout).toContain("Lindhaven");
  });

  it("writes to -o FILE, and refuses to overwrite it without --force", async () => {
    const output = folder.path("report.html");
    expect((await c2c("report", folder.path("demo.xlsx"), "--html", "-o", output)).code).toBe(0);
    expect((await readFile(output, "utf8")).startsWith("<!DOCTYPE html>")).toBe(true);
    expect((await c2c("report", folder.path("demo.xlsx"), "--html", "-o", output)).code).toBe(2);
    expect(
      (await c2c("report", folder.path("demo.xlsx"), "--html", "-o", output, "--force")).code,
    ).toBe(0);
  });
});

describe("c2c report --open-sdg", () => {
  it("prints the tidy layout: Indicator, Series, Year, City, Units, Value", async () => {
    const run = await c2c("report", folder.path("demo.xlsx"), "--open-sdg");
    expect(run.code).toBe(0);
    const [header, ...rows] = parseCsv(run.stdout, ",");
    expect(header).toEqual([...OPEN_SDG_COLUMNS]);
    expect(rows.length).toBeGreaterThan(0);
    expect(
      rows.every(
        (row) => row.length === OPEN_SDG_COLUMNS.length && Number.isFinite(Number(row[5])),
      ),
    ).toBe(true);
    expect(new Set(rows.map((row) => row[3]))).toEqual(new Set(["Lindhaven", "Sokoni"]));
  });

  it.each([
    [";", ";"],
    ["tab", "\t"],
  ])(
    "with --delimiter %j and --decimal-comma writes decimal commas between %j delimiters",
    async (flag, delimiter) => {
      const run = await c2c(
        "report",
        folder.path("demo.xlsx"),
        "--open-sdg",
        "--delimiter",
        flag,
        "--decimal-comma",
      );
      expect(run.code).toBe(0);
      const [header, ...rows] = parseCsv(run.stdout, delimiter);
      expect(header).toEqual([...OPEN_SDG_COLUMNS]);
      expect(rows.some((row) => /^-?\d+,\d+$/.test(row[5] ?? ""))).toBe(true);
      expect(
        rows.every(
          (row) => row.length === OPEN_SDG_COLUMNS.length && !(row[5] ?? "").includes("."),
        ),
      ).toBe(true);
    },
  );

  it("--csv takes the locale options too", async () => {
    const run = await c2c("report", folder.path("demo.xlsx"), "--csv", "--delimiter", ";");
    expect(run.code).toBe(0);
    expect(
      run.stdout.startsWith(
        "section;id;name;city;year;score;out_of_100;band;coverage;trend;note\r\n",
      ),
    ).toBe(true);
  });
});

describe("c2c report: format and locale misuse", () => {
  it.each([
    [
      ["--csv", "--decimal-comma"],
      "c2c report: --decimal-comma: a decimal comma needs a delimiter other than the comma",
    ],
    [
      ["--open-sdg", "--delimiter", ",", "--decimal-comma"],
      "a decimal comma needs a delimiter other than the comma",
    ],
    [["--csv", "--delimiter", "|"], 'c2c report: --delimiter must be "," or ";" or tab, not "|"'],
    [
      ["--html", "--delimiter", ";"],
      "c2c report: --delimiter and --decimal-comma apply to --csv and --open-sdg only",
    ],
    [
      ["--json", "--decimal-comma"],
      "--delimiter and --decimal-comma apply to --csv and --open-sdg only",
    ],
    [["--html", "--open-sdg"], "c2c report: choose one format"],
  ])("%j → exit 2: %s", async (flags, message) => {
    const run = await c2c("report", folder.path("demo.xlsx"), ...flags);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.split("\n")[0]).toContain(message);
  });
});
