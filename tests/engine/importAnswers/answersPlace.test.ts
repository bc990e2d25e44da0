// A place in a workbook export said in each language: a row in words, a cell as its A1 address.
import { placeText, type AnswersPlace } from "../../../src/engine/importAnswers/answersPlace";
import type { Language } from "../../../src/engine/language";

const PLACES: readonly (readonly [AnswersPlace, Record<Language, string>])[] = [
  [
    { kind: "row", sheet: "Form", row: 7 },
    { en: "Form row 7", fr: "Form, ligne 7", es: "Form, fila 7" },
  ],
  [
    { kind: "row", sheet: "Kobo export", row: 12 },
    { en: "'Kobo export' row 12", fr: "'Kobo export', ligne 12", es: "'Kobo export', fila 12" },
  ],
  [
    { kind: "cell", sheet: "Form", cell: "D7" },
    { en: "Form!D7", fr: "Form!D7", es: "Form!D7" },
  ],
  [
    { kind: "cell", sheet: "Kobo export", cell: "C2" },
    { en: "'Kobo export'!C2", fr: "'Kobo export'!C2", es: "'Kobo export'!C2" },
  ],
];

describe("a place in a workbook export", () => {
  it.each(PLACES)("%j is said in each language", (place, expected) => {
    expect(placeText(place, "en")).toBe(expected.en);
    expect(placeText(place, "fr")).toBe(expected.fr);
    expect(placeText(place, "es")).toBe(expected.es);
  });

  it("is English when no language is asked", () => {
    expect(placeText({ kind: "row", sheet: "Form", row: 7 })).toBe("Form row 7");
  });
});
