import ExcelJS from "exceljs";
import { readFile, writeFile } from "node:fs/promises";
import { c2c, c2cIn, sha256, tempFolder, type TempFolder } from "./cliHarness";
import { xlsformProblems, type FormSheets } from "../engine/survey/xlsformRules";

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

async function formSheets(path: string): Promise<FormSheets> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
  const sheets: Record<string, string[][]> = {};
  workbook.eachSheet((worksheet) => {
    const rows: string[][] = [];
    worksheet.eachRow({ includeEmpty: true }, (row, number) => {
      rows[number - 1] = Array.from(
        { length: worksheet.columnCount },
        (_, column) => row.getCell(column + 1).text,
      );
    });
    sheets[worksheet.name] = Array.from({ length: rows.length }, (_, index) => rows[index] ?? []);
  });
  return sheets;
}

describe("c2c survey --xlsform", () => {
  it("writes the checklist as a valid XLSForm and leaves the workbook as it was", async () => {
    const before = await sha256(assessment);
    const output = folder.path("form.xlsx");
    const run = await c2c("survey", assessment, "--xlsform", "-o", output);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /^wrote .*form\.xlsx: 57 items in 10 principle groups, form c2c_lyon_rabat version 2026\.1-[0-9a-f]{8}\n$/,
    );
    const sheets = await formSheets(output);
    expect(Object.keys(sheets)).toEqual(["survey", "choices", "settings"]);
    expect(xlsformProblems(sheets)).toEqual([]);
    expect(await sha256(assessment)).toBe(before);
  });

  it("says what it wrote in the CLI's language, and a French workbook's items are not untranslated", async () => {
    const french = folder.path("lyon-rabat-fr.xlsx");
    const made = await c2c(
      "new",
      "-o",
      french,
      "--lang",
      "fr",
      "--name",
      "Lyon–Rabat",
      "--cities",
      "Lyon,Rabat",
      "--years",
      "2024",
      "--respondents",
      "Ana",
    );
    expect(made.code).toBe(0);
    const expected = {
      fr: /^.*form-fr\.xlsx écrit : 57 éléments en 10 groupes de principes, formulaire c2c_lyon_rabat version 2026\.1-[0-9a-f]{8}\n$/,
      es: /^.*form-es\.xlsx escrito: 57 elementos en 10 grupos de principios, formulario c2c_lyon_rabat versión 2026\.1-[0-9a-f]{8}\n$/,
    } as const;
    for (const language of ["fr", "es"] as const) {
      const output = folder.path(`form-${language}.xlsx`);
      const run = await c2cIn(language, "survey", french, "--xlsform", "-o", output);
      expect(run.code).toBe(0);
      // Before, every item of a workbook made in French was listed as untranslated.
      expect(run.stderr).toMatch(expected[language]);
      const sheets = await formSheets(output);
      const [head = [], ...rows] = sheets.survey ?? [];
      const ta1 = rows.find((row) => row[head.indexOf("name")] === "TA1") ?? [];
      expect(ta1[head.indexOf("label::English (en)")]).toMatch(/^TA1\. addresses /);
    }
  });

  it("refuses an existing output without --force, and a language it has no checklist in", async () => {
    const output = folder.path("taken.xlsx");
    await writeFile(output, "mine");
    const taken = await c2c("survey", assessment, "--xlsform", "-o", output);
    expect(taken.code).toBe(2);
    expect(await readFile(output, "utf8")).toBe("mine");
    const german = await c2c(
      "survey",
      assessment,
      "--xlsform",
      "--lang",
      "fr,de",
      "-o",
      folder.path("de.xlsx"),
    );
    expect(german.code).toBe(2);
    expect(german.stderr).toContain(
      "no questionnaire in de: the checklist is written in en, fr, es",
    );
  });

  it("writes English, French and Spanish by default, and the languages --lang names", async () => {
    const all = folder.path("all.xlsx");
    expect((await c2c("survey", assessment, "--xlsform", "-o", all)).code).toBe(0);
    const [header = []] = (await formSheets(all)).survey ?? [];
    expect(header).toEqual(
      expect.arrayContaining(["label::English (en)", "label::French (fr)", "label::Spanish (es)"]),
    );
    const french = folder.path("fr.xlsx");
    const run = await c2c("survey", assessment, "--xlsform", "--lang", "fr", "-o", french);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain("untranslated");
    const sheets = await formSheets(french);
    expect(xlsformProblems(sheets)).toEqual([]);
    expect(sheets.settings?.[1]?.[3]).toBe("French (fr)");
    expect(sheets.survey?.[0]).toEqual([
      "type",
      "name",
      "label::French (fr)",
      "hint::French (fr)",
      "required",
    ]);
  });

  it("says what is missing: the format and the output", async () => {
    const noFormat = await c2c("survey", assessment, "-o", folder.path("x.xlsx"));
    expect(noFormat.code).toBe(2);
    expect(noFormat.stderr).toContain("--xlsform");
    const noOutput = await c2c("survey", assessment, "--xlsform");
    expect(noOutput.code).toBe(2);
    expect(noOutput.stderr).toContain("-o/--output is required");
  });
});
