import { access } from "node:fs/promises";
import { indicatorsInList } from "../../src/engine/catalogue";
import { catalogue } from "../../src/engine/catalogue";
import { TABLES } from "../../src/engine/model/contract";
import { readAssessment } from "../../src/engine/read";
import { XlsxWorkbook } from "../support/exceljsHost/xlsxWorkbook";
import { STAMP_KEYS } from "../../src/host/stamp";
import { c2c, tempFolder, type TempFolder } from "./cliHarness";

let folder: TempFolder;
beforeAll(async () => {
  folder = await tempFolder();
});
afterAll(async () => {
  await folder.remove();
});

describe("c2c new", () => {
  it("writes an empty assessment with a column per respondent and a row per indicator × city × year", async () => {
    const output = folder.path("new.xlsx");
    const run = await c2c(
      "new",
      "-o",
      output,
      "--name",
      "Lyon–Rabat",
      "--cities",
      "Lyon, Rabat",
      "--countries",
      "France,Morocco",
      "--years",
      "2023-2025",
      "--respondents",
      "Ana Duarte, Youssef Amrani,Léa Martin",
    );
    expect(run.code).toBe(0);
    const rows = indicatorsInList("simplified").length * 2 * 3;
    expect(run.stdout).toBe(
      `${output}: Lyon–Rabat: ${catalogue.items.length} checklist items × 3 respondents, ${rows} indicator rows (simplified list)\n`,
    );

    const workbook = await XlsxWorkbook.open(output);
    const reading = readAssessment(await workbook.readTables(Object.values(TABLES)));
    expect(reading.assessment?.partnership).toMatchObject({
      name: "Lyon–Rabat",
      cities: ["Lyon", "Rabat"],
      countries: ["France", "Morocco"],
      startYear: 2023,
      reportingYear: 2025,
      list: "simplified",
    });
    expect(reading.assessment?.respondents.map((respondent) => respondent.name)).toEqual([
      "Ana Duarte",
      "Youssef Amrani",
      "Léa Martin",
    ]);
    expect(reading.assessment?.checklist).toHaveLength(catalogue.items.length);
    expect(reading.assessment?.indicators).toHaveLength(rows);
    expect(reading.assessment?.indicators.every((row) => row.value === null)).toBe(true);
    expect((await workbook.readAddinData())[STAMP_KEYS.list]).toBe("simplified");
  });

  it("writes the long list when asked", async () => {
    const run = await c2c(
      "new",
      "-o",
      folder.path("long.xlsx"),
      "--name",
      "P",
      "--cities",
      "A,B",
      "--years",
      "2024",
      "--respondents",
      "R",
      "--list",
      "long",
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `${indicatorsInList("long").length * 2} indicator rows (long list)`,
    );
  });

  it("refuses what the templates cannot build, with their reason, and writes nothing", async () => {
    const output = folder.path("one-city.xlsx");
    const run = await c2c(
      "new",
      "-o",
      output,
      "--name",
      "Solo",
      "--cities",
      "Lyon",
      "--years",
      "2024",
      "--respondents",
      "Ana",
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("a partnership has two or more partner cities");
    expect(run.stderr).toContain("Run c2c new --help for usage.");
    await expect(access(output)).rejects.toThrow();
  });
});
