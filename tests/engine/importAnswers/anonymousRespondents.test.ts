// Anonymous replies of a wide export are named in the workbook's language ("Anonymous 1",
// "Anonyme 1", "Anónimo 1"), each with the first number that no name of the workbook uses under
// any of the three words, so two replies are never merged when the workbook's language changed.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importAnswersSource } from "../../../src/engine/importAnswers";
import { submissionRows } from "../../../src/engine/importAnswers/submissionRows";
import type { Submission } from "../../../src/engine/importAnswers/wideExport";
import { readAssessment } from "../../../src/engine/read";
import { nameKey } from "../../../src/engine/sheetValues";
import { newAssessmentPlan } from "../../../src/engine/templates";
import { MemoryWorkbook } from "../../../src/host/memory/memoryWorkbook";
import { contractTables } from "./importAnswersFixtures";

/** An anonymous submission with the tool's id `id`, answering TA1 with 3. */
function anonymous(line: number, id: string): Submission {
  return {
    line,
    id,
    respondent: null,
    group: null,
    organisation: "",
    city: null,
    answers: [{ itemId: "TA1", answer: 3 }],
  };
}

const TWO = [anonymous(2, "kobo:a"), anonymous(3, "kobo:b")];

/** The respondents the rows go to, each once, in row order. */
function names(...args: Parameters<typeof submissionRows>): string[] {
  return [...new Set(submissionRows(...args).rows.map((row) => row.respondent))];
}

const taken = (...words: string[]): Set<string> => new Set(words.map(nameKey));

describe("anonymous respondents' names", () => {
  it.each([
    ["en", ["Anonymous 1", "Anonymous 2"]],
    ["fr", ["Anonyme 1", "Anonyme 2"]],
    ["es", ["Anónimo 1", "Anónimo 2"]],
  ] as const)("are numbered from 1 in the workbook's language (%s)", (language, expected) => {
    expect(names(TWO, new Map(), new Set(), language)).toEqual(expected);
  });

  it("skip a number an English name already uses when the workbook is now French", () => {
    expect(names(TWO, new Map(), taken("Anonymous 1"), "fr")).toEqual(["Anonyme 2", "Anonyme 3"]);
  });

  it("skip numbers used under any of the three words, in any case", () => {
    expect(names(TWO, new Map(), taken("ANONYME 1", "anónimo 2", "Anonymous 4"), "en")).toEqual([
      "Anonymous 3",
      "Anonymous 5",
    ]);
  });

  it("keep a recorded submission's name and number the new one after it", () => {
    const recorded = new Map([["kobo:a", "Anonymous 1"]]);
    expect(names(TWO, recorded, taken("Anonymous 1"), "es")).toEqual(["Anonymous 1", "Anónimo 2"]);
  });

  it("are not confused with a named respondent whose name only starts with the word", () => {
    expect(names(TWO, new Map(), taken("Anonyme 1 bis", "Anonymous"), "fr")).toEqual([
      "Anonyme 1",
      "Anonyme 2",
    ]);
  });
});

describe("a Google Forms CSV imported into a French workbook that already has Anonymous 1", () => {
  it("names its anonymous reply Anonyme 2, next to the English Anonymous 1", async () => {
    const workbook = MemoryWorkbook.empty();
    const plan = newAssessmentPlan({
      partnershipName: "Lyon–Rabat",
      cities: ["Lyon", "Rabat"],
      years: [2024],
      list: "simplified",
      respondents: ["Ana", "Anonymous 1"],
      language: "fr",
      stamp: { generatedOn: "2026-11-28" },
    });
    await workbook.applyPlan(plan, { dialect: "portable", existingSheet: "fail" });
    const csv = readFileSync(join(__dirname, "..", "..", "fixtures", "survey", "google-forms.csv"));
    const imported = importAnswersSource(
      await contractTables(workbook),
      { kind: "text", text: csv.toString("utf8") },
      await workbook.readAddinData(),
    );
    if (!imported.ok) throw new Error(imported.message);
    expect(imported.report.respondentsAdded).toEqual(["Claire Martin", "Anonyme 2"]);
    await workbook.applyPlan(imported.plan, { dialect: "portable", existingSheet: "fail" });
    const { assessment } = readAssessment(await contractTables(workbook));
    expect(assessment?.language).toBe("fr");
    expect(assessment?.respondents.map((respondent) => respondent.name)).toEqual([
      "Ana",
      "Anonymous 1",
      "Claire Martin",
      "Anonyme 2",
    ]);
  });
});
