// A French and a Spanish assessment, written by `c2c new --lang fr|es` and read back by openpyxl (a
// reader we did not write): no cell a person reads is left in English. Formulas, the hidden
// settings sheet and the sheet names (fixed, as formulas and the add-in find sheets by them) are not
// words to translate; every other text cell is checked against English words that neither language
// writes. The English workbook is the control: the same scan finds those words in it.

import { execFileSync } from "node:child_process";
import { c2c, tempFolder, type TempFolder } from "../cli/cliHarness";

let folder: TempFolder;
const texts = new Map<string, { sheet: string; cell: string; text: string }[]>();

/** Every text cell of every visible sheet but formulas, as openpyxl reads it. */
function textCells(path: string): { sheet: string; cell: string; text: string }[] {
  const script = `import json, openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1])
out = []
for ws in wb.worksheets:
    if ws.sheet_state != "visible":
        continue
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, str) and not c.value.startswith("="):
                out.append({"sheet": ws.title, "cell": c.coordinate, "text": c.value})
print(json.dumps(out, ensure_ascii=False))`;
  const out = execFileSync("/usr/bin/python3", ["-c", script, path], { maxBuffer: 64 << 20 });
  return JSON.parse(out.toString()) as { sheet: string; cell: string; text: string }[];
}

// English words that are not also French or Spanish words (so not "Score", "Source", "no", "Notes",
// "table" or "applicable"), in any case.
const ENGLISH =
  /\b(the|and|of|with|from|each|every|answered|principles?|respondents?|city|cities|years?|goals?|answers?|items?|none|yes|here|this|that|workbook)\b/i;

beforeAll(async () => {
  folder = await tempFolder();
  for (const language of ["en", "fr", "es"]) {
    const path = folder.path(`${language}.xlsx`);
    const made = await c2c(
      "new",
      "-o",
      path,
      "--name",
      "Lyon–Rabat",
      "--cities",
      "Lyon,Rabat",
      "--years",
      "2023-2024",
      "--respondents",
      "Ana,Youssef",
      "--lang",
      language,
    );
    expect(made.code).toBe(0);
    texts.set(language, textCells(path));
  }
}, 120_000);
afterAll(async () => {
  await folder.remove();
});

/** The cells whose text has one of the English words, minus the names the user typed. */
function englishCells(language: string): string[] {
  return (texts.get(language) ?? [])
    .filter(({ text }) => ENGLISH.test(text.replaceAll("Lyon–Rabat", "")))
    .map(({ sheet, cell, text }) => `${sheet}!${cell}: ${text}`);
}

describe("a French or Spanish assessment's words", () => {
  it("finds the English words in the English workbook (the scan can fail)", () => {
    expect(englishCells("en").length).toBeGreaterThan(100);
    expect(englishCells("en")).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Checklist!M4: Answered$/)]),
    );
  });

  it.each(["fr", "es"])("leaves no cell in English in %s", (language) => {
    expect(texts.get(language)?.length).toBeGreaterThan(500);
    expect(englishCells(language)).toEqual([]);
  });

  it("writes the Checklist's principle subtotals' headers in the language", () => {
    const headers = (language: string): string[] =>
      ["K4", "L4", "M4", "N4"].map(
        (cell) =>
          (texts.get(language) ?? []).find((t) => t.sheet === "Checklist" && t.cell === cell)
            ?.text ?? "",
      );
    expect(headers("en")).toEqual(["Principle", "Score (1–5)", "Answered", "Applicable"]);
    expect(headers("fr")).toEqual(["Principe", "Score (1–5)", "Répondus", "Applicables"]);
    expect(headers("es")).toEqual(["Principio", "Puntuación (1–5)", "Respondidos", "Aplicables"]);
  });

  it("does not explain the Spanish token that already says what it means", () => {
    // The token is "no aplica": "no aplica (no aplica)" and "no aplica no aplica" read as a slip.
    const repeated = (texts.get("es") ?? []).filter(({ text }) =>
      /no aplica\W+no aplica/.test(text),
    );
    expect(repeated).toEqual([]);
    expect((texts.get("fr") ?? []).some(({ text }) => text.includes("s.o. (sans objet)"))).toBe(
      true,
    );
  });
});
