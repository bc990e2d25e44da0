// The refusals the host and the engine throw before writing anything, said whole in the CLI's
// language (issue 14): the sentence of the refusal comes from the problem catalogue, the stop line
// around it from the CLI texts. Sheet names, cells and options stay as written; exit code 2.

import { readFile, writeFile } from "node:fs/promises";
import JSZip from "jszip";
import type { Language } from "../../src/engine/language";
import { userXlsx } from "../host/xlsx/xlsxFixtures";
import { c2c, c2cIn, tempFolder, type TempFolder } from "./cliHarness";

let folder: TempFolder;

beforeAll(async () => {
  folder = await tempFolder();
});

afterAll(async () => {
  await folder.remove();
});

const LANGUAGES: readonly Language[] = ["en", "fr", "es"];

/** The last line of standard error: the stop line (progress lines, timed, come before it). */
function stopLine(stderr: string): string {
  expect(stderr.endsWith("\n")).toBe(true);
  return stderr.slice(0, -1).split("\n").at(-1) ?? "";
}

const INDICATORS = {
  Indicators: [
    ["Code", "City", "Year", "Value"],
    ["11.6.2", "Alpha", 2022, 20],
  ],
};
const INDICATORS_TABLE = [{ name: "C2C_Indicators", sheet: "Indicators", range: "A1:D2" }];

describe("c2c score on a workbook with the user's own sheet called Scoreboard", () => {
  const expected: Readonly<Record<Language, string>> = {
    en: 'c2c score: The sheet "Scoreboard" belongs to the user and is not replaced: rename your sheet "Scoreboard" and run again; nothing written',
    fr: "c2c score: La feuille « Scoreboard » appartient à l'utilisateur et n'est pas remplacée : renommez votre feuille \"Scoreboard\" et relancez ; rien n'a été écrit",
    es: 'c2c score: La hoja «Scoreboard» pertenece al usuario y no se reemplaza: cambie el nombre de su hoja "Scoreboard" y vuelva a ejecutar; no se escribió nada',
  };

  it.each(LANGUAGES)("says it in %s", async (language) => {
    const input = folder.path(`user-scoreboard-${language}.xlsx`);
    await writeFile(
      input,
      await userXlsx({ ...INDICATORS, Scoreboard: [["my own notes"]] }, INDICATORS_TABLE),
    );
    const run = await c2cIn(language, "score", input, "-o", folder.path(`out-${language}.xlsx`));
    expect(run.code).toBe(2);
    expect(stopLine(run.stderr)).toBe(expected[language]);
  });
});

describe("c2c score on a workbook whose structure is protected", () => {
  const expected: Readonly<Record<Language, string>> = {
    en: 'c2c score: The workbook\'s structure is protected, so the sheet "Scoreboard" cannot be added; nothing was written. Unprotect it (Review › Protect Workbook) and try again.',
    fr: "c2c score: La structure du classeur est protégée, donc la feuille « Scoreboard » ne peut pas être ajoutée ; rien n'a été écrit. Ôtez la protection (Révision › Protéger le classeur) et réessayez.",
    es: "c2c score: La estructura del libro está protegida, así que no se puede añadir la hoja «Scoreboard»; no se ha escrito nada. Desprotéjala (Revisar › Proteger libro) y vuelva a intentarlo.",
  };

  it.each(LANGUAGES)("says it in %s", async (language) => {
    const input = folder.path(`protected-${language}.xlsx`);
    await writeFile(input, await userXlsx(INDICATORS, INDICATORS_TABLE, { structure: true }));
    const run = await c2cIn(language, "score", input, "-o", folder.path(`out-p-${language}.xlsx`));
    expect(run.code).toBe(2);
    expect(stopLine(run.stderr)).toBe(expected[language]);
  });
});

describe("c2c import-answers writing inside a user's array formula", () => {
  let into: string;
  let answers: string;

  beforeAll(async () => {
    const made = folder.path("made.xlsx");
    const run = await c2c(
      "new",
      "-o",
      made,
      "--name",
      "Lyon–Rabat",
      "--cities",
      "Lyon,Rabat",
      "--respondents",
      "Ana",
      "--years",
      "2024",
    );
    expect(run.code).toBe(0);
    // Ana's answers are column D of the Checklist (sheet3): TA1 on row 5, TA2 on row 6. An array
    // formula over D5:D6 holds TA2's blank answer cell.
    const zip = await JSZip.loadAsync(await readFile(made));
    const part = "xl/worksheets/sheet3.xml";
    const xml = (await zip.file(part)?.async("string")) ?? "";
    expect(xml).toContain('<c r="D5" s="9"/>');
    zip.file(
      part,
      xml.replace(
        '<c r="D5" s="9"/>',
        '<c r="D5" s="9"><f t="array" ref="D5:D6">1</f><v>1</v></c>',
      ),
    );
    into = folder.path("array-formula.xlsx");
    await writeFile(into, await zip.generateAsync({ type: "uint8array" }));
    answers = folder.path("answers.csv");
    await writeFile(answers, "Respondent;Item ID;Answer\nAna;TA2;4\n");
  });

  const expected: Readonly<Record<Language, string>> = {
    en: 'c2c import-answers: The sheet "Checklist" holds an array formula over Checklist!D5:D6, whose cells are computed together, and the runner would write D6 inside it: move the array formula away from the runner\'s cells and try again. Nothing written.',
    fr: "c2c import-answers: La feuille « Checklist » contient une formule matricielle sur Checklist!D5:D6, dont les cellules sont calculées ensemble, et C2C Scoreboard écrirait D6 à l'intérieur : éloignez la formule matricielle des cellules de C2C Scoreboard et réessayez. Rien n'a été écrit.",
    es: "c2c import-answers: La hoja «Checklist» contiene una fórmula matricial sobre Checklist!D5:D6, cuyas celdas se calculan juntas, y C2C Scoreboard escribiría D6 dentro de ella: aparte la fórmula matricial de las celdas de C2C Scoreboard y vuelva a intentarlo. No se escribió nada.",
  };

  it.each(LANGUAGES)("says it in %s", async (language) => {
    const output = folder.path(`imported-${language}.xlsx`);
    const run = await c2cIn(language, "import-answers", answers, "--into", into, "-o", output);
    expect(run.code).toBe(2);
    expect(stopLine(run.stderr)).toBe(expected[language]);
  });
});

describe("c2c new with options the template cannot build", () => {
  const expected: Readonly<Record<Language, string>> = {
    en: "c2c new: cannot make a new assessment: a city is listed twice; two respondents have the same name; each heads its own checklist column\nRun c2c new --help for usage.\n",
    fr: "c2c new: impossible de créer une nouvelle évaluation : une ville est indiquée deux fois ; deux répondants portent le même nom ; chacun a sa propre colonne dans la liste de contrôle\nPour l'aide, lancez c2c new --help.\n",
    es: "c2c new: no se puede crear una evaluación nueva: una ciudad aparece dos veces; dos encuestados tienen el mismo nombre; cada uno encabeza su propia columna de la lista de verificación\nPara la ayuda, ejecute c2c new --help.\n",
  };

  it.each(LANGUAGES)("says it in %s", async (language) => {
    const run = await c2cIn(
      language,
      "new",
      "-o",
      folder.path(`never-${language}.xlsx`),
      "--name",
      "Twinning",
      "--cities",
      "Lyon,lyon",
      "--respondents",
      "Ana,ana",
      "--years",
      "2024",
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(expected[language]);
  });
});
