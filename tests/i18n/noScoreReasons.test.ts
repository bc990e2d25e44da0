// Why there is no score, from a French workbook as a user makes it (`c2c new --lang fr`, no answers
// yet, `c2c score`): the report's page, in the workbook's language, gives the reason in French;
// the JSON keeps the English sentence beside a code that is the same in every language. The
// English workbook is the control.

import { c2c, tempFolder, type TempFolder } from "../cli/cliHarness";
import { visibleText } from "../engine/publish/englishLeftovers";

let folder: TempFolder;

async function scoredWorkbook(language: "en" | "fr"): Promise<string> {
  const made = await c2c(
    "new",
    "-o",
    folder.path(`${language}.xlsx`),
    "--name",
    "Lyon–Rabat",
    "--cities",
    "Lyon,Rabat",
    "--years",
    "2023-2024",
    "--respondents",
    "Ana,Youssef,Claire",
    "--lang",
    language,
  );
  expect(made.code).toBe(0);
  const scored = await c2c(
    "score",
    folder.path(`${language}.xlsx`),
    "-o",
    folder.path(`${language}-scored.xlsx`),
  );
  expect(scored.code).toBe(0);
  return folder.path(`${language}-scored.xlsx`);
}

const workbooks = new Map<string, string>();

beforeAll(async () => {
  folder = await tempFolder();
  for (const language of ["en", "fr"] as const)
    workbooks.set(language, await scoredWorkbook(language));
}, 120_000);
afterAll(async () => {
  await folder.remove();
});

const workbook = (language: string): string => workbooks.get(language) ?? "";

describe("why there is no score, from a French workbook", () => {
  it("the page, in the workbook's language, gives the reason in French", async () => {
    const page = await c2c("report", workbook("fr"), "--html");
    expect(page.code).toBe(0);
    const text = visibleText(page.stdout);
    expect(text).toContain("Pas d'alignement global : aucun principe n'a encore de score.");
    expect(text).not.toContain("no principle has a score yet");
  });

  it("the English workbook's page gives the sentence it always gave", async () => {
    const page = await c2c("report", workbook("en"), "--html");
    expect(visibleText(page.stdout)).toContain(
      "No overall alignment: no principle has a score yet.",
    );
  });

  it("the JSON gives the English sentence and its code, the same for either workbook", async () => {
    const notes = await Promise.all(
      ["en", "fr"].map(async (language) => {
        const report = await c2c("report", workbook(language), "--json");
        expect(report.code).toBe(0);
        const { scores } = JSON.parse(report.stdout) as {
          scores: {
            alignment: { note: string; noteCode: string };
            principles: { principle: string; note: string; noteCode: string }[];
          };
        };
        const ta = scores.principles.find((entry) => entry.principle === "TA");
        return [scores.alignment.note, scores.alignment.noteCode, ta?.noteCode, ta?.note];
      }),
    );
    expect(notes[0]).toEqual([
      "no principle has a score yet",
      "noScore.noPrincipleScored",
      "noScore.noneAnswered",
      expect.stringMatching(/^insufficient answers: none of the \d+ applicable items/),
    ]);
    expect(notes[1]).toEqual(notes[0]);
  });
});
