import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { TABLES } from "../../src/engine/model/contract";
import type { TableData } from "../../src/engine/plan/tableData";
import { XlsxWorkbook } from "../support/exceljsHost/xlsxWorkbook";
import { c2c, c2cIn, problemLines, sha256, tempFolder, type TempFolder } from "./cliHarness";
import { userXlsx } from "../host/xlsx/xlsxFixtures";
import { writeForeignWorkbook, writeWorkbookWithoutScorableTables } from "./workbookFixtures";

const EXAMPLE = join(__dirname, "fixtures", "import", "answers-example.csv");
const NEW_RESPONDENTS = ["Fatima Zahra Benali", "Claire Martin", "Karim Idrissi"];

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
    "2023-2024",
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

function requireTable(tables: Readonly<Record<string, TableData | null>>, name: string): TableData {
  const table = tables[name];
  if (table === null || table === undefined) throw new Error(`no table ${name}`);
  return table;
}

/** The table's cells as header → value, one record per data row. */
function records(table: TableData): Record<string, unknown>[] {
  return table.rows.map((row) =>
    Object.fromEntries(
      table.columns.map((column, index) => [column.header, row.cells[index]?.value ?? null]),
    ),
  );
}

/** The example file read by csv-parse directly, independently of the importer: respondent → item → answer text. */
async function exampleAnswers(): Promise<Map<string, Map<string, string>>> {
  const rows = parse<Record<string, string>>(await readFile(EXAMPLE, "utf8"), { columns: true });
  const answers = new Map<string, Map<string, string>>();
  for (const row of rows) {
    const respondent = row.Respondent ?? "";
    const byItem = answers.get(respondent) ?? new Map<string, string>();
    byItem.set(row["Item ID"] ?? "", row.Answer ?? "");
    answers.set(respondent, byItem);
  }
  return answers;
}

describe("c2c import-answers into a workbook c2c new wrote", () => {
  let output: string;
  let run: Awaited<ReturnType<typeof c2c>>;
  let inputHash: string;
  beforeAll(async () => {
    output = folder.path("imported.xlsx");
    inputHash = await sha256(assessment);
    run = await c2c("import-answers", EXAMPLE, "--into", assessment, "-o", output);
  });

  it("exits 0, says what it did on one line, and leaves the input as it was", async () => {
    expect(problemLines(run.stderr).filter((line) => line.startsWith("error: "))).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      `${output}: 3 respondents added (Fatima Zahra Benali, Claire Martin, Karim Idrissi), 20 answers written, 2 rows not placed; 2 warnings\n`,
    );
    const again = await c2c(
      "import-answers",
      EXAMPLE,
      "--into",
      assessment,
      "-o",
      folder.path("unused.xlsx"),
      "--strict",
    );
    expect(again.code).toBe(1);
    expect(await sha256(assessment)).toBe(inputHash);
  });

  it("reports the two bad rows with their file lines", () => {
    expect(problemLines(run.stderr)).toEqual([
      `warning: ${EXAMPLE} line 16: "TA9" is not a checklist item ID of the catalogue (TA1 … DIG5)`,
      `warning: ${EXAMPLE} line 22: the answer 6 is not on the scale: use a whole number from 1 to 5, n/a or ?`,
    ]);
    expect(run.stderr).toMatch(
      /^c2c import-answers: reading .*answers-example\.csv \(\d+\.\d s\)\n/,
    );
  });

  it("adds the new respondents to the Stakeholders table with their organisation and group", async () => {
    const stakeholders = records(requireTable(await tablesOf(output), TABLES.stakeholders));
    expect(stakeholders.map((row) => [row.Respondent, row.Organisation, row.Group])).toEqual([
      ["Ana", null, null],
      ["Youssef", null, null],
      ["Fatima Zahra Benali", "Association Bouregreg, Rabat", "civil society"],
      ["Claire Martin", "Université Lumière Lyon 2", "academia"],
      ["Karim Idrissi", "Conseil des jeunes de Rabat", "civil society"],
    ]);
  });

  it("inserts their answer columns before Item score, each answer on its item's row", async () => {
    const checklist = requireTable(await tablesOf(output), TABLES.checklist);
    expect(checklist.columns.map((column) => column.header)).toEqual([
      "Principle",
      "Item ID",
      "Item",
      "Ana",
      "Youssef",
      ...NEW_RESPONDENTS,
      "Item score",
      "Spread",
      "Contested",
      "Evidence",
    ]);
    const expected = await exampleAnswers();
    const rows = records(checklist);
    expect(rows).toHaveLength(57);
    for (const respondent of NEW_RESPONDENTS) {
      const given = expected.get(respondent) ?? new Map<string, string>();
      for (const row of rows) {
        const answer = given.get(String(row["Item ID"]));
        const wanted =
          answer === undefined || answer === "6" || row["Item ID"] === "TA9"
            ? null
            : /^\d$/.test(answer)
              ? Number(answer)
              : answer;
        expect([respondent, row["Item ID"], row[respondent]]).toEqual([
          respondent,
          row["Item ID"],
          wanted,
        ]);
      }
    }
  });

  it("scores the new answers: Item score is the mean of the 1–5 answers of the row", async () => {
    const rows = records(requireTable(await tablesOf(output), TABLES.checklist));
    const ta2 = rows.find((row) => row["Item ID"] === "TA2");
    // Fatima 4, Claire 5, Karim 2, Ana and Youssef blank: (4 + 5 + 2) / 3.
    const answers = ["Ana", "Youssef", ...NEW_RESPONDENTS]
      .map((name) => ta2?.[name])
      .filter((value): value is number => typeof value === "number");
    expect(answers).toEqual([4, 5, 2]);
    const mean = answers.reduce((sum, value) => sum + value, 0) / answers.length;
    expect(ta2?.["Item score"]).toBeCloseTo(mean, 9);
    expect(ta2?.["Item score"]).toBeCloseTo(11 / 3, 9);
    expect(ta2?.Spread).toBe(3);
    // TA1: Fatima 4, Claire 3, Karim n/a.
    expect(rows.find((row) => row["Item ID"] === "TA1")?.["Item score"]).toBeCloseTo(3.5, 9);
  });

  it("imports nothing new the second time: every answer is already there", async () => {
    const second = await c2c(
      "import-answers",
      EXAMPLE,
      "--into",
      output,
      "-o",
      folder.path("twice.xlsx"),
    );
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(
      `${folder.path("twice.xlsx")}: 0 respondents added, 0 answers written, 20 already there, 2 rows not placed; 2 warnings\n`,
    );
  });

  it("never overwrites an answer: a different one in the file is a warning naming the cell", async () => {
    const csv = folder.path("changed.csv");
    await writeFile(csv, "Respondent;Item ID;Answer\nClaire Martin;TA2;1\nAna;TA2;2\n");
    const changed = await c2c(
      "import-answers",
      csv,
      "--into",
      output,
      "-o",
      folder.path("changed.xlsx"),
    );
    expect(changed.code).toBe(0);
    expect(problemLines(changed.stderr)).toEqual([
      `warning: ${csv} line 2: Checklist!G6 already holds 5; the file's answer 1 was not written`,
    ]);
    const rows = records(
      requireTable(await tablesOf(folder.path("changed.xlsx")), TABLES.checklist),
    );
    const ta2 = rows.find((row) => row["Item ID"] === "TA2");
    expect([ta2?.Ana, ta2?.["Claire Martin"]]).toEqual([2, 5]);
    expect(ta2?.["Item score"]).toBeCloseTo((2 + 4 + 5 + 2) / 4, 9);
  });
});

describe("c2c import-answers into a workbook another tool prepared (no register, no subtotals)", () => {
  it("adds the columns, fills blanks only, scores the rows and says the register is missing", async () => {
    const workbook = folder.path("foreign.xlsx");
    await writeForeignWorkbook(workbook);
    const csv = folder.path("foreign.csv");
    await writeFile(
      csv,
      "Name\tItem\tResponse\tGroup\nCleo\tTA1\t2\t\nCleo\tTA2\t4\t\nDan\tTA1\t5\tyouth\nAna\tTA2\t3\t\n",
    );
    const output = folder.path("foreign-imported.xlsx");
    const run = await c2c("import-answers", csv, "--into", workbook, "-o", output);
    expect(problemLines(run.stderr)).toEqual([
      `warning: ${csv} line 4: the workbook has no stakeholder register (C2C_Stakeholders with a Respondent column), so Dan's organisation and group are not recorded`,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      `${output}: 2 respondents added (Cleo, Dan), 3 answers written, 1 already there, 0 rows not placed; 1 warning\n`,
    );

    const checklist = requireTable(await tablesOf(output), TABLES.checklist);
    expect(checklist.columns.map((column) => column.header)).toEqual([
      "Principle",
      "Item ID",
      "Item",
      "Ana",
      "Ben",
      "Cleo",
      "Dan",
      "Item score",
      "Spread",
      "Evidence",
    ]);
    const rows = records(checklist);
    expect(rows.map((row) => [row["Item ID"], row.Ana, row.Ben, row.Cleo, row.Dan])).toEqual([
      ["TA1", 4, 5, 2, 5],
      ["TA2", 3, "?", 4, null],
      ["P2P1", 5, 4, null, null],
    ]);
    expect(rows[0]?.["Item score"]).toBeCloseTo((4 + 5 + 2 + 5) / 4, 9);
    expect(rows[0]?.Spread).toBe(3);
    expect(rows[1]?.["Item score"]).toBeCloseTo((3 + 4) / 2, 9);
  });
});

describe("c2c import-answers: nothing written", () => {
  it("refuses an existing output without --force", async () => {
    const output = folder.path("exists.xlsx");
    await writeFile(output, "");
    const run = await c2c("import-answers", EXAMPLE, "--into", assessment, "-o", output);
    expect(run.code).toBe(2);
    expect(problemLines(run.stderr)).toEqual([
      `error: ${output}: already exists; it is not overwritten unless asked to (--force)`,
    ]);
  });

  it("stops when no row of the file can be placed", async () => {
    const csv = folder.path("wrong-header.csv");
    await writeFile(csv, "Person,Question,Answer\nAna,TA1,4\n");
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
      `warning: ${csv} line 1: the header line needs a column headed "Respondent" or "Name"; "Item ID" or "ItemID" or "Item"; it has "Person", "Question", "Answer"; no row is read`,
      `error: ${csv}: no row could be placed (see the lines above)`,
    ]);
  });

  it("says the same in French with --lang fr, and in Spanish from LANG", async () => {
    const csv = folder.path("wrong-header.csv");
    await writeFile(csv, "Person,Question,Answer\nAna,TA1,4\n");
    const args = ["import-answers", csv, "--into", assessment, "-o", folder.path("none.xlsx")];
    const french = await c2c(...args, "--lang", "fr");
    expect(french.code).toBe(2);
    expect(problemLines(french.stderr)).toEqual([
      `warning: ${csv}, ligne 1: la ligne d'en-tête doit avoir une colonne intitulée « Répondant » ou « Nom » (en anglais « Respondent » ou « Name ») ; « ID de l'élément » ou « Élément » (en anglais « Item ID », « ItemID » ou « Item ») ; elle a "Person", "Question", "Answer" ; aucune ligne n'est lue`,
      `error: ${csv}: aucune ligne n'a pu être placée (voir les lignes ci-dessus)`,
    ]);
    const spanish = await c2cIn("es", ...args);
    expect(problemLines(spanish.stderr)).toEqual([
      `warning: ${csv}, línea 1: la línea de encabezado necesita una columna titulada «Encuestado» o «Nombre» (en inglés «Respondent» o «Name»); «ID del elemento» o «Elemento» (en inglés «Item ID», «ItemID» o «Item»); tiene "Person", "Question", "Answer"; no se lee ninguna fila`,
      `error: ${csv}: no se pudo colocar ninguna fila (vea las líneas anteriores)`,
    ]);
  });

  it("prints each bad row of the file in French, its values and lines as the file gives them", async () => {
    const run = await c2c(
      "import-answers",
      EXAMPLE,
      "--into",
      assessment,
      "-o",
      folder.path("french.xlsx"),
      "--lang",
      "fr",
    );
    expect(run.code).toBe(0);
    expect(problemLines(run.stderr)).toEqual([
      `warning: ${EXAMPLE}, ligne 16: « TA9 » n'est pas un ID d'élément de la liste de contrôle du catalogue (TA1 … DIG5)`,
      `warning: ${EXAMPLE}, ligne 22: la réponse 6 n'est pas sur l'échelle : utilisez un nombre entier de 1 à 5, s.o. ou ?`,
    ]);
  });

  it("names a workbook export's row in the terminal's language", async () => {
    const answers = folder.path("form-answers.xlsx");
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Form");
    sheet.addRows([
      ["Respondent", "Item ID", "Answer"],
      ["Ana", "TA1", 4],
      ["Ana", "TA2", 9],
    ]);
    await book.xlsx.writeFile(answers);
    const args = ["import-answers", answers, "--into", assessment];
    const french = await c2c(...args, "-o", folder.path("form-fr.xlsx"), "--lang", "fr");
    expect(french.code).toBe(0);
    expect(problemLines(french.stderr)).toEqual([
      `warning: ${answers} Form, ligne 3: la réponse 9 n'est pas sur l'échelle : utilisez un nombre entier de 1 à 5, s.o. ou ?`,
    ]);
    const spanish = await c2cIn("es", ...args, "-o", folder.path("form-es.xlsx"));
    expect(problemLines(spanish.stderr)[0]?.startsWith(`warning: ${answers} Form, fila 3: `)).toBe(
      true,
    );
    const english = await c2c(...args, "-o", folder.path("form-en.xlsx"));
    expect(problemLines(english.stderr)).toEqual([
      `warning: ${answers} Form row 3: the answer 9 is not on the scale: use a whole number from 1 to 5, n/a or ?`,
    ]);
  });

  it("stops in French when the workbook has no checklist table", async () => {
    const workbook = folder.path("notes-fr.xlsx");
    await writeWorkbookWithoutScorableTables(workbook);
    const run = await c2c(
      "import-answers",
      EXAMPLE,
      "--into",
      workbook,
      "-o",
      folder.path("none.xlsx"),
      "--lang",
      "fr",
    );
    expect(problemLines(run.stderr)).toEqual([
      `error: ${workbook}: le classeur n'a pas de table de liste de contrôle (C2C_Checklist) ; les réponses vont dans ses colonnes de répondants : créez d'abord une évaluation`,
    ]);
  });

  it("stops when the workbook has no checklist table", async () => {
    const workbook = folder.path("notes.xlsx");
    await writeWorkbookWithoutScorableTables(workbook);
    const run = await c2c(
      "import-answers",
      EXAMPLE,
      "--into",
      workbook,
      "-o",
      folder.path("none.xlsx"),
    );
    expect(run.code).toBe(2);
    expect(problemLines(run.stderr)).toEqual([
      `error: ${workbook}: the workbook has no checklist table (C2C_Checklist); answers go into its respondent columns, so create an assessment first`,
    ]);
  });

  it("moves the user's cells beside the checklist right with the table, as Excel's own column insert does, losing nothing", async () => {
    const workbook = folder.path("note-beside.xlsx");
    const sheets = {
      Checklist: [
        ["Principle", "Item ID", "Item", "Ana", "Item score", "Spread", "Evidence", "my note"],
        ["TA", "TA1", "addresses concrete local challenges", 4, null, null, "", "ask Ben"],
      ],
    };
    await writeFile(
      workbook,
      await userXlsx(sheets, [{ name: "C2C_Checklist", sheet: "Checklist", range: "A1:G2" }]),
    );
    const csv = folder.path("one.csv");
    await writeFile(csv, "Respondent,Item ID,Answer\nCleo,TA1,3\n");
    const output = folder.path("note-moved.xlsx");
    const run = await c2c("import-answers", csv, "--into", workbook, "-o", output);
    expect(run.code).toBe(0);
    const checklist = requireTable(await tablesOf(output), TABLES.checklist);
    expect(checklist.range).toBe("A1:H2");
    expect(checklist.columns.map((column) => column.header)).toEqual([
      "Principle",
      "Item ID",
      "Item",
      "Ana",
      "Cleo",
      "Item score",
      "Spread",
      "Evidence",
    ]);
    expect(records(checklist)[0]).toMatchObject({ Ana: 4, Cleo: 3, "Item score": 3.5 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(output);
    const sheet = book.getWorksheet("Checklist");
    expect(sheet?.getCell("I1").value).toBe("my note");
    expect(sheet?.getCell("I2").value).toBe("ask Ben");
  });

  it("asks for --into and -o, and explains itself with --help", async () => {
    expect((await c2c("import-answers", EXAMPLE, "-o", folder.path("x.xlsx"))).stderr).toMatch(
      /--into/,
    );
    expect((await c2c("import-answers", EXAMPLE, "--into", assessment)).stderr).toMatch(
      /-o\/--output/,
    );
    const help = await c2c("import-answers", "--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(
      /^Usage: c2c import-answers <answers\.csv\|\.xlsx> --into <assessment\.xlsx> -o <out\.xlsx>/,
    );
  });
});
