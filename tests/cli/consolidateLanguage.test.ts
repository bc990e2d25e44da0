// `c2c consolidate --lang` and the programme workbook's language (decision 0034): three pilot
// partnerships consolidated in English, French and Spanish give the same report numbers; the French
// programme workbook is read back by `c2c report` (its page in French unless --lang says another)
// and by `c2c compare` as the English one is; without --lang the programme takes the language its
// workbooks agree on, else English, whatever the environment's.

import { scoreAssessment } from "../../src/engine/assessment";
import { pilotProgramme } from "../../src/engine/demo";
import type { Language } from "../../src/engine/language";
import type { Assessment } from "../../src/engine/model/types";
import { assessmentWorkbookPlan } from "../../src/engine/templates/assessmentWorkbook";
import { ENGLISH_PROGRAMME_REPORT_TEXTS } from "../../src/engine/publish/programme/texts";
import { PackageWorkbook } from "../../src/host/ooxml/packageWorkbook";
import { c2c, c2cIn, problemLines, tempFolder, type TempFolder } from "./cliHarness";

jest.setTimeout(60_000);

const TOLERANCE = 1e-12;
const pilot = pilotProgramme().slice(0, 3);

let folder: TempFolder;
const inputs: Record<Language, string[]> = { en: [], fr: [], es: [] };
const programmes: Partial<Record<Language, string>> = {};

async function writeAssessment(path: string, assessment: Assessment): Promise<void> {
  const workbook = PackageWorkbook.create();
  await workbook.applyPlan(
    assessmentWorkbookPlan(assessment, scoreAssessment(assessment), { generatedOn: "2026-11-28" }),
    { dialect: "portable", existingSheet: "fail" },
  );
  await workbook.save(path);
}

beforeAll(async () => {
  folder = await tempFolder();
  for (const language of ["en", "fr", "es"] as const)
    for (const [index, assessment] of pilot.entries()) {
      const path = folder.path(`${language}-p${index + 1}.xlsx`);
      await writeAssessment(path, { ...assessment, language });
      inputs[language].push(path);
    }
  for (const language of ["en", "fr", "es"] as const) {
    const path = folder.path(`programme-${language}.xlsx`);
    const run = await c2c("consolidate", ...inputs.en, "--lang", language, "-o", path);
    expect(run.code).toBe(0);
    programmes[language] = path;
  }
}, 180_000);
afterAll(async () => {
  await folder.remove();
});

const programmeOf = (language: Language): string => programmes[language] ?? "";

/** The report's figures: every number and token, without the words for people. */
function figures(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(figures);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !["name", "language", "notes", "generatedAt", "source"].includes(key))
      .map(([key, entry]) => [key, figures(entry)]),
  );
}

/** Every number of `actual` within the tolerance of `expected`'s, all else equal. */
function expectSameFigures(actual: unknown, expected: unknown, path = "report"): void {
  if (typeof expected === "number") {
    if (typeof actual !== "number" || Math.abs(actual - expected) > TOLERANCE)
      throw new Error(`${path}: ${String(actual)} instead of ${expected}`);
    return;
  }
  if (expected === null || typeof expected !== "object") {
    expect({ path, value: actual }).toEqual({ path, value: expected });
    return;
  }
  const keys = Object.keys(expected);
  expect({ path, keys: Object.keys(actual as object) }).toEqual({ path, keys });
  for (const key of keys)
    expectSameFigures(
      (actual as Record<string, unknown>)[key],
      (expected as Record<string, unknown>)[key],
      `${path}.${key}`,
    );
}

describe.each(["fr", "es"] as const)("a programme consolidated with --lang %s", (language) => {
  it("reports the English programme's numbers (c2c report --json, 1e-12)", async () => {
    const english = await c2c("report", programmeOf("en"), "--json");
    const translated = await c2c("report", programmeOf(language), "--json");
    expect([english.code, translated.code]).toEqual([0, 0]);
    expect(problemLines(translated.stderr)).toEqual(problemLines(english.stderr));
    const printed = JSON.parse(translated.stdout) as { language: string; goals: unknown[] };
    expect(printed.language).toBe(language);
    expect(printed.goals.length).toBeGreaterThan(3);
    expectSameFigures(figures(printed), figures(JSON.parse(english.stdout)));
  });

  it("is compared as the English one is (c2c compare --json)", async () => {
    const english = await c2c("compare", programmeOf("en"), "--json");
    const translated = await c2c("compare", programmeOf(language), "--json");
    expect([english.code, translated.code]).toEqual([0, 0]);
    expect(problemLines(translated.stderr)).toEqual([]);
    expectSameFigures(figures(JSON.parse(translated.stdout)), figures(JSON.parse(english.stdout)));
  });

  it("gives a page in its language, or in --lang's", async () => {
    const page = await c2c("report", programmeOf(language), "--html");
    expect(page.code).toBe(0);
    expect(page.stdout).toContain(`<html lang="${language}">`);
    // No fixed phrase of the report's English words is left (placeholders cut out).
    const phrases = Object.values(ENGLISH_PROGRAMME_REPORT_TEXTS)
      .flatMap((template) => template.split(/\{[^}]+\}/u))
      .map((fragment) => fragment.trim())
      .filter((fragment) => fragment.length >= 12 && fragment.includes(" "));
    expect(phrases.length).toBeGreaterThan(20);
    const text = page.stdout.replace(/&#39;/gu, "'");
    expect(phrases.filter((phrase) => text.includes(phrase))).toEqual([]);
    const english = await c2c("report", programmeOf(language), "--html", "--lang", "en");
    expect(english.stdout).toContain('<html lang="en">');
    expect(english.stdout).toContain("Principles across the partnerships");
  });
});

describe("c2c consolidate without --lang", () => {
  it.each([
    ["fr", "fr"],
    ["es", "es"],
  ] as const)("writes workbooks in %s in %s", async (language, expected) => {
    const path = folder.path(`agreed-${language}.xlsx`);
    expect((await c2c("consolidate", ...inputs[language], "-o", path)).code).toBe(0);
    const page = await c2c("report", path, "--html");
    expect(page.stdout).toContain(`<html lang="${expected}">`);
  });

  it("writes workbooks in several languages in English, whatever LANG says", async () => {
    const path = folder.path("mixed.xlsx");
    const mixed = [inputs.fr[0] ?? "", inputs.es[1] ?? "", inputs.en[2] ?? ""];
    expect((await c2cIn("fr", "consolidate", ...mixed, "-o", path)).code).toBe(0);
    const page = await c2c("report", path, "--html");
    expect(page.stdout).toContain('<html lang="en">');
  });

  it("refuses a language it does not have, in one sentence", async () => {
    const run = await c2c(
      "consolidate",
      ...inputs.en,
      "--lang",
      "de",
      "-o",
      folder.path("de.xlsx"),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--lang takes one of en, fr, es, not "de"');
  });
});
