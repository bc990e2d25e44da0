// The lines a run prints besides problems — progress on standard error, the summary on standard
// output — in the CLI's language (LANG, as c2cIn passes it): new, score, import-answers and
// consolidate run for real in French and Spanish; none of their lines keeps an English word of
// the list, and the English run, which has them, shows the check can fail.

import { join } from "node:path";
import { c2cIn, tempFolder, type TempFolder, type CliRun } from "./cliHarness";

const EXAMPLE = join(__dirname, "fixtures", "import", "answers-example.csv");
const ENGLISH =
  /\b(reading|writing|scoring|placing|answers?|written|added|rows?|placed|workbooks?|partnerships|cities|averages|second|left|warnings?|checklist|indicator)\b/iu;

let folder: TempFolder;
const runs = new Map<string, CliRun[]>();

async function runIn(language: "en" | "fr" | "es"): Promise<CliRun[]> {
  const path = (name: string): string => folder.path(`${language}-${name}`);
  const made = await c2cIn(
    language,
    "new",
    "-o",
    path("a.xlsx"),
    "--name",
    "Lyon–Rabat",
    "--cities",
    "Lyon,Rabat",
    "--years",
    "2023-2024",
    "--respondents",
    "Ana,Youssef",
  );
  const scored = await c2cIn(language, "score", path("a.xlsx"), "-o", path("b.xlsx"));
  const imported = await c2cIn(
    language,
    "import-answers",
    EXAMPLE,
    "--into",
    path("a.xlsx"),
    "-o",
    path("c.xlsx"),
  );
  const consolidated = await c2cIn(
    language,
    "consolidate",
    path("b.xlsx"),
    path("c.xlsx"),
    "-o",
    path("programme.xlsx"),
  );
  return [made, scored, imported, consolidated];
}

beforeAll(async () => {
  folder = await tempFolder();
  for (const language of ["en", "fr", "es"] as const) runs.set(language, await runIn(language));
}, 240_000);
afterAll(async () => {
  await folder.remove();
});

/** Every line printed, the file paths cut out (a temporary folder's name may hold anything). */
function linesOf(language: string): string[] {
  return (runs.get(language) ?? [])
    .flatMap((run) => `${run.stdout}${run.stderr}`.split("\n"))
    .map((line) => line.replaceAll(folder.path(""), "").replaceAll(EXAMPLE, "").trim())
    .filter((line) => line !== "" && !/^(warning|error):|^ {2}/u.test(line));
}

describe("a run's progress and summary lines", () => {
  it("runs every command to its end in each language", () => {
    for (const language of ["en", "fr", "es"])
      expect(runs.get(language)?.map((run) => run.code)).toEqual([0, 0, 0, 0]);
  });

  it("has the English words in English (so the check below can fail)", () => {
    const english = linesOf("en").filter((line) => ENGLISH.test(line));
    expect(english.length).toBeGreaterThan(8);
    expect(english).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^c2c score: reading .*a\.xlsx \(\d+\.\d s\)$/u),
        expect.stringMatching(/answers? written/u),
      ]),
    );
  });

  it.each([
    ["fr", /^c2c score: lecture de .*a\.xlsx \(\d+,\d s\)$/u, /réponses? écrites?/u],
    ["es", /^c2c score: leyendo .*a\.xlsx \(\d+,\d s\)$/u, /respuestas? escritas?/u],
  ] as const)("leaves no English word in %s", (language, progress, written) => {
    const lines = linesOf(language);
    expect(lines.filter((line) => ENGLISH.test(line.replace(/^c2c [a-z-]+:/u, "")))).toEqual([]);
    expect(lines).toEqual(
      expect.arrayContaining([expect.stringMatching(progress), expect.stringMatching(written)]),
    );
  });
});
