import { access } from "node:fs/promises";
import { scoreAssessment } from "../../src/engine/assessment";
import { pilotProgramme } from "../../src/engine/demo";
import type { Assessment } from "../../src/engine/model/types";
import {
  consolidate,
  PARTNERSHIPS_SHEET,
  PROGRAMME_TABLE,
  summarisePartnership,
} from "../../src/engine/programme";
import { assessmentWorkbookPlan } from "../../src/engine/templates/assessmentWorkbook";
import { XlsxWorkbook } from "../../src/host/xlsx/xlsxWorkbook";
import { STAMP_KEYS } from "../../src/host/stamp";
import { c2c, problemLines, tempFolder, type TempFolder } from "./cliHarness";
import { writeForeignWorkbook } from "./workbookFixtures";

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

let folder: TempFolder;
const pilot = pilotProgramme().slice(0, 3);
const inputs: string[] = [];
beforeAll(async () => {
  folder = await tempFolder();
  for (const [index, assessment] of pilot.entries()) {
    inputs.push(folder.path(`p${index + 1}.xlsx`));
    await writeAssessment(folder.path(`p${index + 1}.xlsx`), assessment);
  }
  await writeForeignWorkbook(folder.path("long.xlsx"), { list: "long" });
});
afterAll(async () => {
  await folder.remove();
});

describe("c2c consolidate", () => {
  it("writes the programme workbook: averages over the partnerships, one row per file, stamped", async () => {
    const output = folder.path("programme.xlsx");
    const run = await c2c("consolidate", ...inputs, "-o", output);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`c2c consolidate: reading 3/3 ${inputs[2]!}`);

    const expected = consolidate(
      pilot.map((assessment, index) =>
        summarisePartnership(inputs[index]!, assessment, scoreAssessment(assessment)),
      ),
      { force: false },
    ).programme!;
    const workbook = await XlsxWorkbook.open(output);
    const table = await workbook.readTable(PROGRAMME_TABLE);
    expect(table?.sheet).toBe(PARTNERSHIPS_SHEET);
    expect(table?.rows.map((row) => row.cells[0]?.value)).toEqual(inputs);
    // Each principle's score of each partnership, as the programme table holds it.
    expect(table?.rows.map((row) => row.cells.slice(4, 14).map((cell) => cell.value))).toEqual(
      expected.partnerships.map((partnership) => Object.values(partnership.principleScores)),
    );
    const averages = expected.principles
      .map((entry) => `${entry.principle} ${entry.average!.toFixed(2)}`)
      .join(", ");
    expect(run.stdout).toBe(`${output}: 3 partnerships; principle averages ${averages}\n`);
    expect((await workbook.readAddinData())[STAMP_KEYS.catalogueVersion]).toBe("2026.1");
  });

  it("refuses workbooks on different lists and catalogue versions, naming the files, and writes nothing", async () => {
    const output = folder.path("mixed.xlsx");
    const run = await c2c("consolidate", inputs[0]!, folder.path("long.xlsx"), "-o", output);
    expect(run.code).toBe(2);
    const long = folder.path("long.xlsx");
    const refusal = "their averages would not compare (use --force to consolidate anyway)";
    expect(problemLines(run.stderr)).toEqual([
      `error: ${long}: the workbooks differ in indicator list: simplified in ${inputs[0]!}; long in ${long}; ${refusal}`,
      `error: ${long}: the workbooks differ in catalogue version: 2026.1 in ${inputs[0]!}; not stamped in ${long}; ${refusal}`,
    ]);
    expect(await exists(output)).toBe(false);
  });

  it("with --force consolidates them anyway, with a warning (exit 1 under --strict)", async () => {
    const run = await c2c(
      "consolidate",
      inputs[0]!,
      folder.path("long.xlsx"),
      "-o",
      folder.path("mixed-forced.xlsx"),
      "--force",
      "--strict",
    );
    expect(run.code).toBe(1);
    expect(
      problemLines(run.stderr).filter((line) => line.includes("the workbooks differ")),
    ).toEqual([
      expect.stringMatching(
        /^warning: .*long\.xlsx: the workbooks differ in indicator list: .*consolidated anyway \(--force\), so the averages mix them$/,
      ),
      expect.stringMatching(
        /^warning: .*long\.xlsx: the workbooks differ in catalogue version: .*consolidated anyway \(--force\), so the averages mix them$/,
      ),
    ]);
    expect(await exists(folder.path("mixed-forced.xlsx"))).toBe(true);
  });

  it("stops at an unreadable file, naming it, and writes nothing", async () => {
    const output = folder.path("broken.xlsx");
    const run = await c2c("consolidate", inputs[0]!, folder.path("missing.xlsx"), "-o", output);
    expect(run.code).toBe(2);
    expect(problemLines(run.stderr)).toEqual([
      expect.stringMatching(/^error: .*missing\.xlsx: cannot be read: ENOENT/),
    ]);
    expect(await exists(output)).toBe(false);
  });
});
