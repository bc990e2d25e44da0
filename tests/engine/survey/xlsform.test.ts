import ExcelJS from "exceljs";
import { catalogue } from "../../../src/engine/catalogue";
import { catalogueText } from "../../../src/engine/catalogue/texts";
import { samplePartnership } from "../../../src/engine/demo";
import { STAKEHOLDER_GROUPS } from "../../../src/engine/model/types";
import { buildXlsform, type XlsformInput } from "../../../src/engine/survey/xlsform";
import { XLSFORM_STYLES, xlsformSheets } from "../../../src/engine/survey/xlsformSheets";
import { valuesWorkbookBytes } from "../../../src/xlsxWriter/valuesWorkbook";
import { xlsformProblems, type FormSheets } from "./xlsformRules";

const sample = samplePartnership();
const input: XlsformInput = {
  partnershipName: "Lyon–Rabat",
  cities: ["Lyon", "Rabat"],
  checklist: sample.checklist,
  minimumGroupSize: 3,
};

/** The form as a survey tool reads it: the written .xlsx opened by another reader, every cell as text. */
async function writtenSheets(form: ReturnType<typeof buildXlsform>): Promise<FormSheets> {
  const bytes = await valuesWorkbookBytes(xlsformSheets(form), XLSFORM_STYLES);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheets: Record<string, string[][]> = {};
  workbook.eachSheet((worksheet) => {
    const rows: string[][] = [];
    worksheet.eachRow({ includeEmpty: true }, (row, number) => {
      const values: string[] = [];
      for (let column = 1; column <= worksheet.columnCount; column += 1)
        values.push(row.getCell(column).text);
      rows[number - 1] = values;
    });
    sheets[worksheet.name] = Array.from({ length: rows.length }, (_, index) => rows[index] ?? []);
  });
  return sheets;
}

/** The language part of a label column's header, as the form names it. */
const LABEL_LANGUAGES = { en: "English (en)", fr: "French (fr)", es: "Spanish (es)" } as const;

function column(sheets: FormSheets, sheet: string, header: string): string[] {
  const [head = [], ...rows] = sheets[sheet] ?? [];
  const index = head.indexOf(header);
  return rows.map((row) => row[index] ?? "");
}

describe("the checklist as an XLSForm", () => {
  let sheets: FormSheets;
  beforeAll(async () => {
    sheets = await writtenSheets(buildXlsform(input));
  });

  it("follows the XLSForm rules a survey tool checks", () => {
    expect(xlsformProblems(sheets)).toEqual([]);
  });

  it("asks every item of the workbook's checklist once, inside its principle's group, labelled from its ID", () => {
    const types = column(sheets, "survey", "type");
    const names = column(sheets, "survey", "name");
    const labels = column(sheets, "survey", "label::English (en)");
    let group = "";
    const asked: string[] = [];
    types.forEach((type, row) => {
      if (type === "begin_group") group = names[row] ?? "";
      if (type === "end_group") group = "";
      if (type !== "select_one answer") return;
      const item = sample.checklist.find((candidate) => candidate.itemId === names[row]);
      expect(item?.principle).toBe(group);
      expect(labels[row]).toBe(`${item?.itemId}. ${item?.item}`);
      asked.push(names[row] ?? "");
    });
    expect(asked).toEqual(sample.checklist.map((item) => item.itemId));
    expect(asked).toHaveLength(57);
    expect(types.filter((type) => type === "begin_group")).toHaveLength(10);
  });

  it("offers the answer scale's five levels, n/a and don't know", () => {
    const lists = column(sheets, "choices", "list_name");
    const answers = column(sheets, "choices", "name").filter((_, row) => lists[row] === "answer");
    expect(answers).toEqual(["1", "2", "3", "4", "5", "na", "dk"]);
    const labels = column(sheets, "choices", "label::English (en)");
    expect(labels[2]).toBe(`3 – ${catalogue.answerScale.levels[2]?.label}`);
  });

  it("asks for the respondent, the contract's stakeholder groups and the partner cities", () => {
    const names = column(sheets, "survey", "name");
    expect(names.slice(1, 5)).toEqual(["respondent", "stakeholder_group", "organisation", "city"]);
    const lists = column(sheets, "choices", "list_name");
    const labels = column(sheets, "choices", "label::English (en)");
    expect(labels.filter((_, row) => lists[row] === "stakeholder_group")).toEqual([
      ...STAKEHOLDER_GROUPS,
    ]);
    expect(labels.filter((_, row) => lists[row] === "city")).toEqual(["Lyon", "Rabat"]);
    expect(column(sheets, "survey", "label::English (en)")[0]).toContain("at least 3 respondents");
  });

  it("names the form after the partnership, in English by default", () => {
    expect(column(sheets, "settings", "form_id")).toEqual(["c2c_lyon_rabat"]);
    expect(column(sheets, "settings", "default_language")).toEqual(["English (en)"]);
    expect(column(sheets, "settings", "version")[0]).toMatch(
      new RegExp(`^${catalogue.version.replace(".", "\\.")}-[0-9a-f]{8}$`),
    );
  });
});

describe("the form's version and id", () => {
  const version = (changed: XlsformInput): string => buildXlsform(changed).settings.version;

  it("stay the same when nothing changes", () => {
    expect(buildXlsform(input).settings).toEqual(buildXlsform(input).settings);
  });

  it("change the version, not the id, when an item's wording or a city changes", () => {
    const reworded = input.checklist.map((row, index) =>
      index === 3 ? { ...row, item: `${row.item} (revised)` } : row,
    );
    expect(version({ ...input, checklist: reworded })).not.toBe(version(input));
    expect(version({ ...input, cities: ["Lyon", "Rabat", "Dakar"] })).not.toBe(version(input));
    expect(buildXlsform({ ...input, checklist: reworded }).settings.formId).toBe("c2c_lyon_rabat");
  });
});

describe("custom items", () => {
  it("get a valid, unique question name when their ID is not one, and keep the ID in the label", async () => {
    const form = buildXlsform({
      ...input,
      checklist: [
        ...input.checklist,
        { principle: "TA", itemId: "TA 7", item: "Our own item" },
        { principle: "FIN", itemId: "7b", item: "Another" },
        { principle: "FIN", itemId: "TA_7", item: "A clash with the renamed one" },
      ],
    });
    expect(form.renamedItems).toEqual({ "TA 7": "TA_7", "7b": "item_7b", TA_7: "TA_7_2" });
    const sheets = await writtenSheets(form);
    expect(xlsformProblems(sheets)).toEqual([]);
    expect(column(sheets, "survey", "label::English (en)")).toContain("TA 7. Our own item");
  });
});

describe("the form in English, French and Spanish", () => {
  let sheets: FormSheets;
  beforeAll(async () => {
    sheets = await writtenSheets(buildXlsform(input));
  });
  const languages = ["English (en)", "French (fr)", "Spanish (es)"];

  it("has a label and a hint column per language by default, each filled from the catalogue", () => {
    const [header = []] = sheets.survey ?? [];
    expect(header).toEqual([
      "type",
      "name",
      ...languages.map((language) => `label::${language}`),
      ...languages.map((language) => `hint::${language}`),
      "required",
    ]);
    expect(xlsformProblems(sheets)).toEqual([]);
    const names = column(sheets, "survey", "name");
    const row = names.indexOf("MLG2");
    expect(column(sheets, "survey", "label::French (fr)")[row]).toBe(
      `MLG2. ${catalogueText("fr", "items", "MLG2")}`,
    );
    expect(column(sheets, "survey", "label::Spanish (es)")[row]).toBe(
      `MLG2. ${catalogueText("es", "items", "MLG2")}`,
    );
    const group = names.indexOf("STK");
    expect(column(sheets, "survey", "label::French (fr)")[group]).toBe(
      "STK — Engagement des parties prenantes",
    );
    expect(column(sheets, "survey", "hint::Spanish (es)")[group]).toContain("El principio pide:");
  });

  it("labels the answers and the stakeholder groups in each language, the names unchanged", () => {
    const lists = column(sheets, "choices", "list_name");
    const names = column(sheets, "choices", "name");
    const french = column(sheets, "choices", "label::French (fr)");
    const spanish = column(sheets, "choices", "label::Spanish (es)");
    expect(french[names.indexOf("na")]).toBe("n/a – Sans objet");
    expect(spanish[names.indexOf("dk")]).toBe("? – No lo sé");
    expect(french[2]).toBe(`3 – ${catalogueText("fr", "answerLabels", "3")}`);
    const civil = names.findIndex(
      (name, row) => lists[row] === "stakeholder_group" && name === "civil_society",
    );
    expect(french[civil]).toBe("société civile");
    expect(spanish[names.indexOf("Rabat".toLowerCase())]).toBe("Rabat");
  });

  it("asks in the first language of --lang by default, and only in those asked", async () => {
    const spanishFirst = await writtenSheets(buildXlsform({ ...input, languages: ["es", "en"] }));
    expect(column(spanishFirst, "settings", "default_language")).toEqual(["Spanish (es)"]);
    expect(column(spanishFirst, "settings", "form_title")[0]).toBe(
      "Autoevaluación del partenariado Lyon–Rabat",
    );
    expect((spanishFirst.survey ?? [])[0]).not.toContain("label::French (fr)");
    expect(xlsformProblems(spanishFirst)).toEqual([]);
    const englishOnly = buildXlsform({ ...input, languages: ["en"] });
    expect(englishOnly.languages.map((language) => language.code)).toEqual(["en"]);
    expect(englishOnly.settings.version).not.toBe(buildXlsform(input).settings.version);
  });

  it("gives each language the catalogue's wording of a workbook made in French or Spanish", async () => {
    for (const made of ["fr", "es"] as const) {
      const worded = input.checklist.map((row) => ({
        ...row,
        item: catalogueText(made, "items", row.itemId) ?? row.item,
      }));
      const form = buildXlsform({ ...input, checklist: worded });
      expect(form.untranslatedItems).toEqual([]);
      const sheets = await writtenSheets(form);
      const row = column(sheets, "survey", "name").indexOf("TA2");
      for (const language of ["en", "fr", "es"] as const)
        expect(column(sheets, "survey", `label::${LABEL_LANGUAGES[language]}`)[row]).toBe(
          `TA2. ${catalogueText(language, "items", "TA2")}`,
        );
    }
  });

  it("keeps a custom item's own wording in every language and lists it as untranslated", async () => {
    const reworded = input.checklist.map((row) =>
      row.itemId === "TA2" ? { ...row, item: "our own wording of TA2" } : row,
    );
    const form = buildXlsform({
      ...input,
      checklist: [...reworded, { principle: "DIG", itemId: "DIG6", item: "Open data portal" }],
    });
    expect(form.untranslatedItems).toEqual(["TA2", "DIG6"]);
    const custom = await writtenSheets(form);
    expect(xlsformProblems(custom)).toEqual([]);
    const row = column(custom, "survey", "name").indexOf("DIG6");
    for (const language of languages)
      expect(column(custom, "survey", `label::${language}`)[row]).toBe("DIG6. Open data portal");
    expect(buildXlsform({ ...input, languages: ["en"] }).untranslatedItems).toEqual([]);
  });
});

describe("the rules check", () => {
  it("wants a label in every language a column declares", () => {
    const problems = xlsformProblems({
      survey: [
        ["type", "name", "label::English (en)", "hint::French (fr)"],
        ["text", "q", "Question", "Indice"],
      ],
      choices: [["list_name", "name", "label::English (en)", "label::Spanish (es)"]],
      settings: [
        ["form_id", "version"],
        ["f", "1"],
      ],
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        "survey has no label::French (fr)",
        "choices has no label::French (fr)",
        "survey has no label::Spanish (es)",
      ]),
    );
  });

  it("finds what a survey tool would refuse", () => {
    const problems = xlsformProblems({
      survey: [
        ["type", "name", "label::English (en)"],
        ["begin_group", "TA", "Territorial"],
        ["select_one nowhere", "1x", "Q"],
        ["text", "dup", ""],
        ["text", "dup", "again"],
      ],
      choices: [["list_name", "name", "label::English (en)"]],
      settings: [["form_id"], ["9form"]],
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        '"1x" is not a valid name',
        "1x uses the undefined list nowhere",
        "dup has no label::English (en)",
        "the name dup is used twice",
        "group TA is never closed",
        'form_id "9form" is not valid',
      ]),
    );
  });
});
