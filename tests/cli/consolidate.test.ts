import { access, copyFile, mkdir, symlink, writeFile } from "node:fs/promises";
import { scoreAssessment } from "../../src/engine/assessment";
import { pilotProgramme } from "../../src/engine/demo";
import type { Assessment } from "../../src/engine/model/types";
import {
  consolidate,
  PARTNERSHIPS_SHEET,
  PROGRAMME_GOALS_TABLE,
  PROGRAMME_OBJECTIVES_TABLE,
  PROGRAMME_TABLE,
  summarisePartnership,
} from "../../src/engine/programme";
import { assessmentWorkbookPlan } from "../../src/engine/templates/assessmentWorkbook";
import { XlsxWorkbook } from "../support/exceljsHost/xlsxWorkbook";
import { STAMP_KEYS } from "../../src/host/stamp";
import { c2c, c2cIn, problemLines, tempFolder, type TempFolder } from "./cliHarness";
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
    expect(run.stderr).toContain("c2c consolidate: reading 3/3 p3.xlsx");

    const expected = consolidate(
      pilot.map((assessment, index) =>
        summarisePartnership(`p${index + 1}.xlsx`, assessment, scoreAssessment(assessment)),
      ),
      { force: false },
    ).programme!;
    const workbook = await XlsxWorkbook.open(output);
    const table = await workbook.readTable(PROGRAMME_TABLE);
    expect(table?.sheet).toBe(PARTNERSHIPS_SHEET);
    // Sources are file names, never a path of this machine.
    expect(table?.rows.map((row) => row.cells[0]?.value)).toEqual([
      "p1.xlsx",
      "p2.xlsx",
      "p3.xlsx",
    ]);
    // Each principle's score of each partnership, as the programme table holds it.
    expect(table?.rows.map((row) => row.cells.slice(4, 14).map((cell) => cell.value))).toEqual(
      expected.partnerships.map((partnership) => Object.values(partnership.principleScores)),
    );
    const averages = expected.principles
      .map((entry) => `${entry.principle} ${entry.average!.toFixed(2)}`)
      .join(", ");
    expect(run.stdout).toBe(
      `${output}: 3 partnerships, 6 cities with indicator data; principle averages ${averages}\n`,
    );
    expect((await workbook.readAddinData())[STAMP_KEYS.catalogueVersion]).toBe("2026.1");
  });

  it("refuses workbooks on different lists and catalogue versions, naming the files, and writes nothing", async () => {
    const output = folder.path("mixed.xlsx");
    const run = await c2c("consolidate", inputs[0]!, folder.path("long.xlsx"), "-o", output);
    expect(run.code).toBe(2);
    const long = "long.xlsx";
    const refusal = "their averages would not compare (use --force to consolidate anyway)";
    expect(problemLines(run.stderr)).toEqual([
      `error: ${long}: the workbooks differ in indicator list: simplified in p1.xlsx; long in ${long}; ${refusal}`,
      `error: ${long}: the workbooks differ in catalogue version: 2026.1 in p1.xlsx; not stamped in ${long}; ${refusal}`,
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

  it("stops at a missing or unreadable file, naming it, and writes nothing", async () => {
    const output = folder.path("broken.xlsx");
    const missing = await c2c("consolidate", inputs[0]!, folder.path("missing.xlsx"), "-o", output);
    expect(missing.code).toBe(2);
    expect(problemLines(missing.stderr)).toEqual([
      expect.stringMatching(/^error: .*missing\.xlsx: there is no such file or folder$/),
    ]);
    await writeFile(folder.path("garbage.xlsx"), "not a workbook");
    const garbage = await c2c("consolidate", inputs[0]!, folder.path("garbage.xlsx"), "-o", output);
    expect(garbage.code).toBe(2);
    expect(garbage.stderr).toContain(
      "c2c consolidate: nothing written: garbage.xlsx cannot be consolidated (--keep-going skips such workbooks)",
    );
    expect(await exists(output)).toBe(false);
  });

  it("with --keep-going lists and skips what cannot be read, and says how many", async () => {
    await writeFile(folder.path("garbage.xlsx"), "not a workbook");
    const output = folder.path("kept-going.xlsx");
    const run = await c2c(
      "consolidate",
      inputs[0]!,
      folder.path("garbage.xlsx"),
      folder.path("missing.xlsx"),
      inputs[1]!,
      "-o",
      output,
      "--keep-going",
    );
    expect(run.code).toBe(0);
    const lines = problemLines(run.stderr);
    expect(lines).toContainEqual(
      expect.stringMatching(/^error: .*missing\.xlsx: there is no such file or folder$/),
    );
    // Named as Source is, never by the machine's path (the folder is a temporary one).
    expect(lines).toContainEqual(
      expect.stringMatching(/^error: garbage\.xlsx: cannot be read: it is not an \.xlsx workbook/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^warning: programme: 2 inputs could not be read and were skipped \(--keep-going\): .*missing\.xlsx, garbage\.xlsx; 2 workbooks consolidated$/,
      ),
    );
    const table = await (await XlsxWorkbook.open(output)).readTable(PROGRAMME_TABLE);
    expect(table?.rows.map((row) => row.cells[0]?.value)).toEqual(["p1.xlsx", "p2.xlsx"]);
  });

  it("with --keep-going names a skipped file as Source does: relative to the folder or list given", async () => {
    const root = folder.path("skipping");
    await mkdir(`${root}/east`, { recursive: true });
    await copyFile(inputs[0]!, `${root}/p1.xlsx`);
    await writeFile(`${root}/east/broken.xlsx`, "not a workbook");
    await writeFile(`${root}/list.txt`, "p1.xlsx\neast/broken.xlsx\n");
    const fromFolder = await c2c(
      "consolidate",
      root,
      "-o",
      folder.path("kept-folder.xlsx"),
      "--keep-going",
    );
    const fromList = await c2c(
      "consolidate",
      "--from",
      `${root}/list.txt`,
      "-o",
      folder.path("kept-list.xlsx"),
      "--keep-going",
    );
    for (const run of [fromFolder, fromList]) {
      expect(run.code).toBe(0);
      expect(problemLines(run.stderr)).toEqual([
        expect.stringMatching(/^error: east\/broken\.xlsx: cannot be read: /),
        "warning: programme: 1 input could not be read and was skipped (--keep-going): east/broken.xlsx; 1 workbook consolidated",
      ]);
      expect(run.stderr).not.toContain(`${root}/`);
    }
  });

  it("says what it skipped and what it cannot find in French and Spanish", async () => {
    const root = folder.path("skipping-languages");
    await mkdir(`${root}/east`, { recursive: true });
    await copyFile(inputs[0]!, `${root}/p1.xlsx`);
    await writeFile(`${root}/east/broken.xlsx`, "not a workbook");
    const french = await c2cIn(
      "fr",
      "consolidate",
      root,
      folder.path("nowhere"),
      "-o",
      folder.path("kept-fr.xlsx"),
      "--keep-going",
    );
    expect(problemLines(french.stderr)).toEqual([
      `error: ${folder.path("nowhere")}: ce fichier ou ce dossier n'existe pas`,
      expect.stringMatching(/^error: east\/broken\.xlsx: ne peut pas être lu : /u),
      `warning: programme: 2 entrées n'ont pas pu être lues et ont été ignorées (--keep-going) : ${folder.path("nowhere")}, east/broken.xlsx ; 1 classeur consolidé`,
    ]);
    const spanish = await c2cIn(
      "es",
      "consolidate",
      root,
      "-o",
      folder.path("kept-es.xlsx"),
      "--keep-going",
    );
    expect(problemLines(spanish.stderr)).toEqual([
      expect.stringMatching(/^error: east\/broken\.xlsx: no se puede leer: /u),
      "warning: programme: 1 entrada no se pudo leer y se omitió (--keep-going): east/broken.xlsx; 1 libro consolidado",
    ]);
  });

  it("reads every workbook below a folder, sorted, skipping hidden and ~$ files, named relative to it", async () => {
    const root = folder.path("registry");
    await mkdir(`${root}/north`, { recursive: true });
    await mkdir(`${root}/.trash`, { recursive: true });
    await copyFile(inputs[0]!, `${root}/north/p1.xlsx`);
    await copyFile(inputs[1]!, `${root}/b-p2.xlsm`);
    await copyFile(inputs[2]!, `${root}/a-p3.XLSX`);
    await copyFile(inputs[2]!, `${root}/.hidden.xlsx`);
    await copyFile(inputs[2]!, `${root}/.trash/p9.xlsx`);
    await writeFile(`${root}/~$b-p2.xlsm`, "Excel's lock file");
    await writeFile(`${root}/notes.txt`, "not a workbook");
    const output = folder.path("from-folder.xlsx");
    const run = await c2c("consolidate", root, "-o", output);
    expect(run.code).toBe(0);
    const workbook = await XlsxWorkbook.open(output);
    const table = await workbook.readTable(PROGRAMME_TABLE);
    expect(table?.rows.map((row) => row.cells[0]?.value)).toEqual([
      "a-p3.XLSX",
      "b-p2.xlsm",
      "north/p1.xlsx",
    ]);
    // The indicator component's tables, their sources named the same way.
    const goals = await workbook.readTable(PROGRAMME_GOALS_TABLE);
    const objectives = await workbook.readTable(PROGRAMME_OBJECTIVES_TABLE);
    expect(goals?.rows.length).toBeGreaterThan(6);
    expect(objectives?.rows.length).toBe(3 * 2 * 4);
    expect(new Set(goals?.rows.map((row) => row.cells[0]?.value))).toEqual(
      new Set(["a-p3.XLSX", "b-p2.xlsm", "north/p1.xlsx"]),
    );
  });

  it("follows symbolic links to workbooks and folders, reads a folder linked into itself once, skips a broken link", async () => {
    const root = folder.path("linked");
    const shared = folder.path("shared");
    await mkdir(root, { recursive: true });
    await mkdir(shared, { recursive: true });
    await copyFile(inputs[0]!, `${shared}/p1.xlsx`);
    await symlink(inputs[1]!, `${root}/p2.xlsx`);
    await symlink(shared, `${root}/east`);
    await symlink(root, `${root}/loop`);
    await symlink(folder.path("nowhere.xlsx"), `${root}/broken.xlsx`);
    const output = folder.path("from-links.xlsx");
    const run = await c2c("consolidate", root, "-o", output);
    expect(run.code).toBe(0);
    const table = await (await XlsxWorkbook.open(output)).readTable(PROGRAMME_TABLE);
    expect(table?.rows.map((row) => row.cells[0]?.value)).toEqual(["east/p1.xlsx", "p2.xlsx"]);
  });

  it("reads the workbooks of a list file, relative to the list, and refuses an empty folder", async () => {
    await mkdir(folder.path("lists/empty"), { recursive: true });
    await writeFile(
      folder.path("lists/partnerships.txt"),
      `# the partnerships of 2026\n../p1.xlsx\n\n  ../p2.xlsx  \n${inputs[2]!}\n`,
    );
    const output = folder.path("from-list.xlsx");
    const run = await c2c(
      "consolidate",
      "--from",
      folder.path("lists/partnerships.txt"),
      "-o",
      output,
    );
    expect(run.code).toBe(0);
    const table = await (await XlsxWorkbook.open(output)).readTable(PROGRAMME_TABLE);
    // Outside the list's folder, a workbook is named by its file name.
    expect(table?.rows.map((row) => row.cells[0]?.value)).toEqual([
      "p1.xlsx",
      "p2.xlsx",
      "p3.xlsx",
    ]);

    const empty = await c2c(
      "consolidate",
      folder.path("lists/empty"),
      "-o",
      folder.path("none.xlsx"),
    );
    expect(empty.code).toBe(2);
    expect(problemLines(empty.stderr)).toEqual([
      expect.stringMatching(
        /^error: .*empty: the folder .*empty holds no \.xlsx or \.xlsm workbook$/,
      ),
    ]);
  });
});
