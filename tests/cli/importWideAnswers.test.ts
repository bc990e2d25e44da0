// `c2c import-answers` of survey tools' wide exports, end to end on files: the form `c2c survey
// --xlsform` writes, filled in as KoboToolbox exports it (.xlsx written by openpyxl), a Microsoft
// Forms export (.xlsx by openpyxl, anonymous replies among them) and a Google Forms CSV. Each
// output is read back by ExcelJS, and its whole package searched for what must never be copied.

import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { TABLES } from "../../src/engine/model/contract";
import { textOf } from "../../src/engine/sheetValues";
import type { TableData } from "../../src/engine/plan/tableData";
import { XlsxWorkbook } from "../support/exceljsHost/xlsxWorkbook";
import {
  findOpenpyxlPython,
  OPENPYXL_INSTALL_HINT,
  writeWithOpenpyxl,
  type OpenpyxlCell,
} from "../../scripts/fixtures/openpyxl";
import { c2c, problemLines, tempFolder, type TempFolder } from "./cliHarness";
import { writeForeignWorkbook } from "./workbookFixtures";

const FIXTURES = join(__dirname, "..", "fixtures", "survey");
const GOOGLE = join(FIXTURES, "google-forms.csv");
const PYTHON = findOpenpyxlPython();
const describeIfOpenpyxl = PYTHON === null ? describe.skip : describe;
if (PYTHON === null)
  console.warn(
    `openpyxl is not installed: the .xlsx exports are not tried (${OPENPYXL_INSTALL_HINT})`,
  );

let folder: TempFolder;
let assessment: string;
beforeAll(async () => {
  folder = await tempFolder();
  assessment = folder.path("lyon-rabat.xlsx");
  const made = await c2c(
    "new",
    "-o",
    assessment,
    "--name",
    "Lyon–Rabat",
    "--cities",
    "Lyon,Rabat",
    "--years",
    "2024",
    "--respondents",
    "Ana,Youssef",
  );
  expect(made.code).toBe(0);
});
afterAll(async () => {
  await folder.remove();
});

async function tablesOf(path: string): Promise<Readonly<Record<string, TableData | null>>> {
  return (await XlsxWorkbook.open(path)).readTables(Object.values(TABLES));
}

/** Respondent → item ID → answer, from the Checklist table as ExcelJS reads the file. */
async function answersOf(path: string): Promise<Map<string, Map<string, unknown>>> {
  const checklist = (await tablesOf(path))[TABLES.checklist];
  if (checklist === null || checklist === undefined) throw new Error("no checklist");
  const itemColumn = checklist.columns.findIndex((column) => column.header === "Item ID");
  const answers = new Map<string, Map<string, unknown>>();
  checklist.columns.forEach((column, index) => {
    const byItem = new Map<string, unknown>();
    for (const row of checklist.rows)
      byItem.set(textOf(row.cells[itemColumn]?.value), row.cells[index]?.value ?? null);
    answers.set(column.header, byItem);
  });
  return answers;
}

async function stakeholdersOf(path: string): Promise<unknown[][]> {
  const table = (await tablesOf(path))[TABLES.stakeholders];
  return (table?.rows ?? []).map((row) =>
    [0, 1, 2, 3].map((index) => row.cells[index]?.value ?? null),
  );
}

/** Every part of the package as text, for what must never appear anywhere in it. */
async function packageText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const parts = await Promise.all(
    Object.values(zip.files)
      .filter((entry) => !entry.dir)
      .map((entry) => entry.async("string")),
  );
  return parts.join("\n");
}

describeIfOpenpyxl(
  "an XLSForm round trip: c2c survey's form, answered in Kobo, exported as .xlsx",
  () => {
    let exported: string;
    let imported: string;
    let run: Awaited<ReturnType<typeof c2c>>;
    const answerFor = (index: number, respondent: number): string =>
      ["1", "2", "3", "4", "5", "na", "dk"][(index + respondent * 2) % 7] ?? "";
    const expectedFor = (index: number, respondent: number): number | string =>
      [1, 2, 3, 4, 5, "n/a", "?"][(index + respondent * 2) % 7] ?? "";
    let items: { path: string; name: string }[] = [];

    beforeAll(async () => {
      const form = folder.path("form.xlsx");
      expect((await c2c("survey", assessment, "--xlsform", "-o", form)).code).toBe(0);
      // The form's own names, as a survey tool reads them from the survey sheet.
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(form);
      const survey = book.getWorksheet("survey");
      let group = "";
      items = [];
      survey?.eachRow((row, number) => {
        if (number === 1) return;
        const type = row.getCell(1).text;
        const name = row.getCell(2).text;
        if (type === "begin_group") group = name;
        if (type === "select_one answer") items.push({ path: `${group}/${name}`, name });
      });
      const header: OpenpyxlCell[] = [
        "start",
        "end",
        "respondent",
        "stakeholder_group",
        "organisation",
        "city",
        ...items.map((item) => item.path),
        "_id",
        "_uuid",
        "_submission_time",
        "_validation_status",
        "_index",
      ];
      const row = (
        respondent: number,
        name: string,
        groupName: string,
        city: string,
        uuid: string,
      ) => [
        "2026-11-30T09:12:00.000+01:00",
        "2026-11-30T09:31:00.000+01:00",
        name,
        groupName,
        `Organisation ${respondent}`,
        city,
        ...items.map((_, index) => answerFor(index, respondent)),
        1000 + respondent,
        uuid,
        "2026-11-30T08:31:05",
        "",
        respondent,
      ];
      exported = folder.path("kobo-export.xlsx");
      await writeWithOpenpyxl(PYTHON ?? "", exported, {
        "Self-assessment of the partnership Lyon–Rabat": [
          header,
          row(1, "Youssef", "national_government", "rabat", "uuid-aaaa-0001"),
          row(2, "Salma Berrada", "private_sector", "rabat", "uuid-aaaa-0002"),
        ],
      });
      imported = folder.path("kobo-imported.xlsx");
      run = await c2c("import-answers", exported, "--into", assessment, "-o", imported);
    });

    it("places every answer of both submissions and scores the copy", async () => {
      expect(problemLines(run.stderr)).toEqual([]);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(
        `${imported}: 1 respondent added (Salma Berrada), ${2 * 57} answers written, 0 rows not placed; 0 warnings\n`,
      );
      const answers = await answersOf(imported);
      items.forEach((item, index) => {
        expect([item.name, answers.get("Youssef")?.get(item.name)]).toEqual([
          item.name,
          expectedFor(index, 1),
        ]);
        expect([item.name, answers.get("Salma Berrada")?.get(item.name)]).toEqual([
          item.name,
          expectedFor(index, 2),
        ]);
      });
      expect(await stakeholdersOf(imported)).toEqual([
        ["Ana", null, null, null],
        ["Youssef", "Organisation 1", "national government", "Rabat"],
        ["Salma Berrada", "Organisation 2", "private sector", "Rabat"],
      ]);
    });

    it("adds nothing when the same export is imported again", async () => {
      const twice = folder.path("kobo-twice.xlsx");
      const again = await c2c("import-answers", exported, "--into", imported, "-o", twice);
      expect(again.code).toBe(0);
      expect(again.stdout).toBe(
        `${twice}: 0 respondents added, 0 answers written, ${2 * 57} already there, 2 submissions imported before, 0 rows not placed; 0 warnings\n`,
      );
      expect(await answersOf(twice)).toEqual(await answersOf(imported));
    });
  },
);

describeIfOpenpyxl("a Microsoft Forms export (.xlsx) with anonymous replies", () => {
  const header: OpenpyxlCell[] = [
    "ID",
    "Start time",
    "Completion time",
    "Email",
    "Name",
    "Your stakeholder group",
    "TA1 The partnership addresses concrete local challenges of the partner cities",
    "TA2 The partnership creates synergies across sectoral policies",
    "P2P1 Regular in-person exchanges transfer knowledge",
  ];
  // Forms stores its times as date serials under a date format.
  const reply = (
    id: number,
    email: string,
    name: string,
    group: string,
    answers: OpenpyxlCell[],
  ) => [id, 46356.4 + id / 100, 46356.41 + id / 100, email, name, group, ...answers];
  const dates = {
    Form1: Object.fromEntries(
      ["B", "C"].flatMap((column) => [2, 3, 4, 5].map((row) => [`${column}${row}`, "m/d/yy h:mm"])),
    ),
  };
  let first: string;
  let imported: string;

  beforeAll(async () => {
    first = folder.path("forms-first.xlsx");
    await writeWithOpenpyxl(
      PYTHON ?? "",
      first,
      {
        Form1: [
          header,
          reply(1, "anonymous", "", "youth", ["3 – Partly in place", "4 – Largely in place", "2"]),
          reply(2, "anonymous", "", "civil society", [
            "5 – Fully in place and reviewed",
            "n/a – Not applicable",
            1,
          ]),
          reply(3, "fatima.benali@bouregreg.ma", "Fatima Zahra Benali", "civil society", [4, 4, 4]),
        ],
      },
      [],
      dates,
    );
    imported = folder.path("forms-imported.xlsx");
  });

  it("makes each anonymous reply its own respondent and takes Forms' Name for the named one", async () => {
    const run = await c2c("import-answers", first, "--into", assessment, "-o", imported);
    expect(problemLines(run.stderr)).toEqual([]);
    expect(run.stdout).toBe(
      `${imported}: 3 respondents added (Anonymous 1, Anonymous 2, Fatima Zahra Benali), 9 answers written, 0 rows not placed; 0 warnings\n`,
    );
    const answers = await answersOf(imported);
    expect(["TA1", "TA2", "P2P1"].map((id) => answers.get("Anonymous 1")?.get(id))).toEqual([
      3, 4, 2,
    ]);
    expect(["TA1", "TA2", "P2P1"].map((id) => answers.get("Anonymous 2")?.get(id))).toEqual([
      5,
      "n/a",
      1,
    ]);
    expect(["TA1", "TA2", "P2P1"].map((id) => answers.get("Fatima Zahra Benali")?.get(id))).toEqual(
      [4, 4, 4],
    );
  });

  it("never copies an e-mail address anywhere into the output package", async () => {
    const everything = await packageText(imported);
    expect(everything).toContain("Fatima Zahra Benali");
    expect(everything).not.toContain("fatima.benali");
    expect(everything).not.toContain("bouregreg.ma");
  });

  it("adds nothing twice on a re-import, and a later export's new anonymous reply is a third respondent", async () => {
    const twice = folder.path("forms-twice.xlsx");
    const again = await c2c("import-answers", first, "--into", imported, "-o", twice);
    expect(again.stdout).toBe(
      `${twice}: 0 respondents added, 0 answers written, 9 already there, 3 submissions imported before, 0 rows not placed; 0 warnings\n`,
    );
    const later = folder.path("forms-later.xlsx");
    await writeWithOpenpyxl(
      PYTHON ?? "",
      later,
      {
        Form1: [
          header,
          reply(1, "anonymous", "", "youth", ["3 – Partly in place", "4 – Largely in place", "2"]),
          reply(2, "anonymous", "", "civil society", [
            "5 – Fully in place and reviewed",
            "n/a – Not applicable",
            1,
          ]),
          reply(3, "fatima.benali@bouregreg.ma", "Fatima Zahra Benali", "civil society", [4, 4, 4]),
          reply(4, "anonymous", "", "academia", [2, 2, 2]),
        ],
      },
      [],
      dates,
    );
    const third = folder.path("forms-third.xlsx");
    const run = await c2c("import-answers", later, "--into", twice, "-o", third);
    expect(run.stdout).toBe(
      `${third}: 1 respondent added (Anonymous 3), 3 answers written, 9 already there, 3 submissions imported before, 0 rows not placed; 0 warnings\n`,
    );
    const answers = await answersOf(third);
    expect([...answers.keys()].filter((name) => name.startsWith("Anonymous"))).toEqual([
      "Anonymous 1",
      "Anonymous 2",
      "Anonymous 3",
    ]);
    expect(["TA1", "TA2", "P2P1"].map((id) => answers.get("Anonymous 3")?.get(id))).toEqual([
      2, 2, 2,
    ]);
  });
});

describe("a Google Forms CSV", () => {
  it("places the replies, names the anonymous one, matches Ana by name and copies no e-mail", async () => {
    const output = folder.path("google-imported.xlsx");
    const run = await c2c("import-answers", GOOGLE, "--into", assessment, "-o", output);
    expect(problemLines(run.stderr)).toEqual([]);
    expect(run.stdout).toBe(
      `${output}: 2 respondents added (Claire Martin, Anonymous 1), 8 answers written, 0 rows not placed; 0 warnings\n`,
    );
    const answers = await answersOf(output);
    expect(["TA1", "TA2", "MLG1"].map((id) => answers.get("Claire Martin")?.get(id))).toEqual([
      4,
      5,
      "n/a",
    ]);
    expect(["TA1", "TA2", "MLG1"].map((id) => answers.get("Anonymous 1")?.get(id))).toEqual([
      2,
      3,
      "?",
    ]);
    expect(["TA1", "TA2", "MLG1"].map((id) => answers.get("Ana")?.get(id))).toEqual([3, null, 4]);
    const everything = await packageText(output);
    for (const email of ["claire.martin@", "k.idrissi@", "ana.lopez@", "example.org"])
      expect([email, everything.includes(email)]).toEqual([email, false]);
    const again = await c2c(
      "import-answers",
      GOOGLE,
      "--into",
      output,
      "-o",
      folder.path("google-twice.xlsx"),
    );
    expect(again.stdout).toContain(
      "0 respondents added, 0 answers written, 8 already there, 3 submissions imported before",
    );
  });
});

describe("wide exports the workbook cannot take in full", () => {
  it("names the column of an item the workbook's checklist lacks, and places the others", async () => {
    const workbook = folder.path("foreign.xlsx");
    await writeForeignWorkbook(workbook);
    const csv = folder.path("kobo-foreign.csv");
    await writeFile(csv, "\uFEFFrespondent;TA/TA1;TA/TA3;_uuid\nCleo;4;2;u-1\n");
    const output = folder.path("foreign-wide.xlsx");
    const run = await c2c("import-answers", csv, "--into", workbook, "-o", output);
    expect(problemLines(run.stderr)).toEqual([
      `warning: ${csv} line 1: column "TA/TA3" holds answers to TA3, which the workbook's checklist does not have; add the item's row and import again`,
    ]);
    expect((await answersOf(output)).get("Cleo")?.get("TA1")).toBe(4);
  });

  it("refuses an export with no item column, saying which columns it expected", async () => {
    const csv = folder.path("no-items.csv");
    await writeFile(csv, "Timestamp,Email Address,Your name\n2026/11/30,a@b.org,Ana\n");
    const run = await c2c(
      "import-answers",
      csv,
      "--into",
      assessment,
      "-o",
      folder.path("none.xlsx"),
    );
    expect(run.code).toBe(2);
    expect(problemLines(run.stderr)).toEqual([
      `error: ${csv}: no column holds answers to a checklist item: a survey tool's export needs a column per item, headed by the form's question name (such as "TA1" or "TA/TA1") or by a question text starting with the item ID (such as "TA1. …"), and the long layout needs the columns Respondent, Item ID and Answer; its header line has "Timestamp", "Email Address", "Your name"`,
    ]);
  });
});
