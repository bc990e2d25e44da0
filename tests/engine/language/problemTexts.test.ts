// Engine problems are codes of one catalogue, rendered where they are shown: the same problem reads
// in English in the JSON, and in French or Spanish in the terminal and the pane, with the words
// inside it (how a cell is described, why a reading failed) in the same language.

import { formatProblem } from "../../../src/cli/problems";
import {
  isProblemCode,
  phrase,
  phraseText,
  problemAt,
  problemMessage,
} from "../../../src/engine/language/problemTexts";
import { TABLES } from "../../../src/engine/model/contract";
import type { Problem } from "../../../src/engine/model/types";
import { readAssessment } from "../../../src/engine/read";
import { paneTexts } from "../../../src/taskpane/texts/paneTexts";
import { table } from "../read/tableBuilder";

// A workbook with one problem of each common kind: an answer that is text, an answer off the
// scale, a value with an ambiguous comma, a city that is not a partner, an unknown Settings key,
// a blank Settings value, a principle that is none and a wrong language.
function messyWorkbook() {
  return readAssessment({
    [TABLES.partnership]: table(
      TABLES.partnership,
      "Partnership",
      ["Key", "Value"],
      [
        ["Partnership name", "Nakuru–Malmö"],
        ["Partner cities", "Nakuru, Malmö"],
        ["Start year", "soon"],
      ],
    ),
    [TABLES.checklist]: table(
      TABLES.checklist,
      "Checklist",
      ["Principle", "Item ID", "Item", "Amina", "Item score"],
      [
        ["TA", "TA1", "local challenges", "yes", null],
        ["TA", "TA2", "strategy", 7, null],
        ["XX", "ZZ9", "made up", 3, null],
      ],
    ),
    [TABLES.indicators]: table(
      TABLES.indicators,
      "Indicators",
      ["Code", "City", "Year", "Goal", "Value"],
      [
        ["LOCAL-AIR", "Nakuru", 2024, 11, "1,234"],
        ["LOCAL-AIR", "Kisumu", 2024, 11, 12],
      ],
    ),
    [TABLES.settings]: table(
      TABLES.settings,
      "Settings",
      ["Key", "Value"],
      [
        ["Worst value mod", "peer"],
        ["Target year", null],
        ["Language", "de"],
      ],
    ),
  });
}

describe("the engine's problems", () => {
  const { problems } = messyWorkbook();

  it("all carry a code of the problem catalogue, and their message is its English rendering", () => {
    expect(problems.map((problem) => problem.code)).toEqual(
      expect.arrayContaining([
        "checklist.answerUnreadable",
        "indicator.valueUnreadable",
        "indicator.notPartnerCity",
        "keyValue.unknownKey",
        "settings.noValue",
        "checklist.notPrinciple",
        "indicator.notInCatalogue",
        "settings.language",
        "partnership.startYear",
      ]),
    );
    for (const problem of problems) {
      expect(isProblemCode(problem.code)).toBe(true);
      expect(problemMessage("en", problem)).toBe(problem.message);
    }
  });

  it("render in French and Spanish with no English sentence left inside", () => {
    const answer = problems.find((problem) => problem.address === "Checklist!D2");
    expect(answer?.message).toBe(
      'the text "yes" is not an answer: use 1 to 5, n/a or ?; it is treated as missing',
    );
    expect(problemMessage("fr", answer as Problem)).toBe(
      "le texte « yes » n'est pas une réponse : utilisez 1 à 5, s.o. ou ? ; elle est considérée comme manquante",
    );
    expect(problemMessage("es", answer as Problem)).toBe(
      "el texto «yes» no es una respuesta: use 1 a 5, no aplica o ?; se considera que falta",
    );
    for (const problem of problems)
      for (const language of ["fr", "es"] as const)
        expect(problemMessage(language, problem)).not.toMatch(
          /\b(the|is not|treated|is used|row)\b/u,
        );
  });
});

describe("one problem, three places", () => {
  const problem = problemAt(
    "Indicators!D2",
    "warning",
    phrase("indicator.valueUnreadable", {
      reason: phrase("reading.notNumber", { cell: phrase("cell.text", { text: "abc" }) }),
    }),
  );

  it("keeps English as its message, for logs and JSON", () => {
    expect(problem.message).toBe(
      'the value: the text "abc" is not a number; it is treated as missing',
    );
  });

  it.each([
    [
      "en",
      'warning: Indicators!D2: the value: the text "abc" is not a number; it is treated as missing',
    ],
    [
      "fr",
      "warning: Indicators!D2: la valeur : le texte « abc » n'est pas un nombre ; elle est considérée comme manquante",
    ],
    [
      "es",
      "warning: Indicators!D2: el valor: el texto «abc» no es un número; se considera que falta",
    ],
  ] as const)("is printed by the terminal in %s", (language, line) => {
    expect(formatProblem(problem, undefined, language)).toBe(line);
  });

  it.each([
    [
      "en",
      "en-GB",
      'Indicators!D2: the value: the text "abc" is not a number; it is treated as missing',
    ],
    [
      "fr",
      "fr-FR",
      "Indicators!D2: la valeur : le texte « abc » n'est pas un nombre ; elle est considérée comme manquante",
    ],
    [
      "es",
      "es-ES",
      "Indicators!D2: el valor: el texto «abc» no es un número; se considera que falta",
    ],
  ] as const)("is shown by the pane in %s", (language, locale, text) => {
    expect(paneTexts(language, locale).problem(problem)).toBe(text);
  });

  it("a problem without a code of the catalogue is shown as written, in every language", () => {
    const written: Problem = { address: "a.xlsx", message: "as written", severity: "error" };
    expect(problemMessage("fr", written)).toBe("as written");
    expect(formatProblem({ ...written, code: "not.a.code" }, undefined, "es")).toBe(
      "error: a.xlsx: as written",
    );
  });

  it("a list of phrases is joined with semicolons, each in the language", () => {
    const reasons = [phrase("rule.someWeight"), phrase("rule.targetYear", { value: 2030.5 })];
    expect(phraseText("es", phrase("settings.defaultSettingsUsed", { reasons }))).toBe(
      "al menos un peso de principio debe ser mayor que 0; el año meta debe ser un año entero, no 2030.5; se usan los parámetros por defecto",
    );
  });
});
