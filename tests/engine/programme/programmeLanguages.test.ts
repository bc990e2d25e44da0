// The programme workbook in French and Spanish (decision 0034): the demo's programme written in each
// language has the same numbers as in English in every cell (1e-12), its formulas recompute to what
// it caches (the band and trend labels they count are the language's), it reads back to the same
// programme, and no English sentence of the programme's catalogue, no English band or trend label
// and no English table header is left in its sheets.

import { readProgramme } from "../../../src/app/programmeReading";
import { scoreAssessment } from "../../../src/engine/assessment";
import { pilotProgramme } from "../../../src/engine/demo";
import { headerIn, RESULT_LABELS } from "../../../src/engine/language";
import type { SheetPlan, WorkbookPlan } from "../../../src/engine/plan/types";
import {
  consolidate,
  ENGLISH_PROGRAMME_TEXTS,
  GOAL_TABLE_COLUMNS,
  OBJECTIVE_TABLE_COLUMNS,
  programmeLanguage,
  programmePlan,
  summarisePartnership,
  type PartnershipSummary,
  type Programme,
} from "../../../src/engine/programme";
import { PROGRAMME_TABLE_HEADERS } from "../../../src/engine/programme/tableHeaders";
import { MemoryWorkbook } from "../../../src/host/memory/memoryWorkbook";
import { recalculate, sameValue } from "../formula/liveEvaluator";
import { summary } from "./programmeFixtures";

const TOLERANCE = 1e-12;
const stamp = { generatedOn: "2026-11-28" };

const summaries = pilotProgramme().map((assessment, index) =>
  summarisePartnership(`partnership-${index + 1}.xlsx`, assessment, scoreAssessment(assessment)),
);
const programme = ((): Programme => {
  const consolidated = consolidate(summaries, { force: false }).programme;
  if (consolidated === null) throw new Error("the demo programme does not consolidate");
  return consolidated;
})();
const plans = {
  en: programmePlan(programme, { stamp, sampleData: true, language: "en" }),
  fr: programmePlan(programme, { stamp, sampleData: true, language: "fr" }),
  es: programmePlan(programme, { stamp, sampleData: true, language: "es" }),
};

const cellsOf = (sheet: SheetPlan): Map<string, unknown> =>
  new Map(sheet.cells.map((cell) => [cell.address, cell.value ?? null]));

function sheetNamed(plan: WorkbookPlan, name: string): SheetPlan {
  const sheet = plan.sheets.find((candidate) => candidate.name === name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** Every text the workbook shows: cell values, chart titles and series names. */
function textsOf(plan: WorkbookPlan): string[] {
  return plan.sheets.flatMap((sheet) => [
    ...sheet.cells.flatMap((cell) => (typeof cell.value === "string" ? [cell.value] : [])),
    ...(sheet.charts ?? []).flatMap((chart) => [
      chart.title,
      ...chart.series.map((series) => series.name),
    ]),
  ]);
}

/** The French and Spanish headers earlier versions wrote, by the current one (issue 14). */
const OLD_BAND_WORDS: Readonly<Record<"fr" | "es", Readonly<Record<string, string>>>> = {
  fr: {
    Niveau: "Bande",
    "Limite de niveau ODD : ODD atteint": "Limite de bande ODD : ODD atteint",
    "Limite de niveau ODD : Des défis subsistent": "Limite de bande ODD : Des défis subsistent",
    "Limite de niveau ODD : D'importants défis subsistent":
      "Limite de bande ODD : D'importants défis subsistent",
    "Limite de niveau des principes : En développement":
      "Limite de bande des principes : En développement",
    "Limite de niveau des principes : Établi": "Limite de bande des principes : Établi",
    "Limite de niveau des principes : Avancé": "Limite de bande des principes : Avancé",
  },
  es: {
    Nivel: "Banda",
    "Límite de nivel ODS: ODS logrado": "Límite de banda ODS: ODS logrado",
    "Límite de nivel ODS: Persisten desafíos": "Límite de banda ODS: Persisten desafíos",
    "Límite de nivel ODS: Persisten desafíos significativos":
      "Límite de banda ODS: Persisten desafíos significativos",
    "Límite de nivel de principios: En desarrollo": "Límite de banda de principios: En desarrollo",
    "Límite de nivel de principios: Consolidado": "Límite de banda de principios: Consolidado",
    "Límite de nivel de principios: Avanzado": "Límite de banda de principios: Avanzado",
  },
};

/** The plan with its tables' headers (and the header cells) renamed as `renamed` says. */
function earlierWords(plan: WorkbookPlan, renamed: Readonly<Record<string, string>>): WorkbookPlan {
  const rename = (text: string): string => renamed[text] ?? text;
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => ({
      ...sheet,
      cells: sheet.cells.map((cell) =>
        typeof cell.value === "string" ? { ...cell, value: rename(cell.value) } : cell,
      ),
      ...(sheet.tables === undefined
        ? {}
        : { tables: sheet.tables.map((t) => ({ ...t, columns: t.columns.map(rename) })) }),
    })),
  };
}

describe.each(["fr", "es"] as const)("the demo's programme workbook in %s", (language) => {
  const plan = plans[language];

  it("has the English workbook's sheets, tables and numbers in every cell (1e-12)", () => {
    expect(plan.sheets.map((sheet) => sheet.name)).toEqual(plans.en.sheets.map((s) => s.name));
    let numbers = 0;
    for (const english of plans.en.sheets) {
      const translated = cellsOf(sheetNamed(plan, english.name));
      const englishCells = cellsOf(english);
      expect([...translated.keys()].sort()).toEqual([...englishCells.keys()].sort());
      for (const [address, value] of englishCells) {
        const other = translated.get(address);
        if (typeof value !== "number") {
          expect({ address, numeric: typeof other === "number" }).toEqual({
            address,
            numeric: false,
          });
          continue;
        }
        numbers += 1;
        if (typeof other !== "number" || Math.abs(other - value) > TOLERANCE)
          throw new Error(`${english.name}!${address}: ${String(other)} instead of ${value}`);
      }
      expect((english.tables ?? []).map((table) => [table.name, table.range])).toEqual(
        (sheetNamed(plan, english.name).tables ?? []).map((table) => [table.name, table.range]),
      );
    }
    expect(numbers).toBeGreaterThan(2000);
  });

  it("recomputes every formula to the value it caches (bands and trends counted in its words)", async () => {
    const workbook = MemoryWorkbook.empty();
    await workbook.applyPlan(plan, { dialect: "portable", existingSheet: "fail" });
    const { values } = recalculate(workbook);
    const wrong: unknown[] = [];
    let formulas = 0;
    for (const sheet of plan.sheets)
      for (const cell of sheet.cells) {
        if (cell.formula === undefined) continue;
        formulas += 1;
        const recomputed = values.get(`${sheet.name}!${cell.address}`) ?? null;
        if (!sameValue(cell.value, recomputed))
          wrong.push({ cell: `${sheet.name}!${cell.address}`, cached: cell.value, recomputed });
      }
    expect(formulas).toBeGreaterThan(1000);
    expect(wrong.slice(0, 10)).toEqual([]);
  }, 60_000);

  it("reads back to the programme the English workbook reads back to", async () => {
    const readBack = async (written: WorkbookPlan) => {
      const workbook = MemoryWorkbook.empty();
      await workbook.applyPlan(written, { dialect: "portable", existingSheet: "fail" });
      const read = await readProgramme(workbook, "programme.xlsx");
      if (read?.programme === null || read === null) throw new Error("not read back");
      return read;
    };
    const english = await readBack(plans.en);
    const translated = await readBack(plan);
    expect(translated.problems).toEqual(english.problems);
    const figures = (read: typeof english) => {
      const { programme: back } = read;
      return {
        principles: back?.principles.map((entry) => [entry.average, entry.bandShares]),
        goals: back?.goals.map((goal) => [goal.distribution, goal.trendShares, goal.dataCoverage]),
        objectives: back?.objectives.map((objective) => objective.distribution),
        partnerships: back?.partnerships.map((partnership) => [
          partnership.sdgIndices,
          partnership.goals,
        ]),
      };
    };
    expect(figures(translated)).toEqual(figures(english));
    // …and to the figures consolidated from the partnerships themselves.
    expect(translated.programme?.goals.map((goal) => goal.trendShares)).toEqual(
      programme.goals.map((goal) => goal.trendShares),
    );
    const bands = (of: Programme | null | undefined) =>
      of?.partnerships.map((p) => p.goals.map((g) => `${g.city} ${g.goal} ${g.band}`).sort());
    expect(bands(translated.programme)).toEqual(bands(programme));
  });

  it("still reads a workbook headed with the words earlier versions wrote (Bande, Banda)", async () => {
    const readBack = async (written: WorkbookPlan) => {
      const workbook = MemoryWorkbook.empty();
      await workbook.applyPlan(written, { dialect: "portable", existingSheet: "fail" });
      const read = await readProgramme(workbook, "programme.xlsx");
      if (read === null) throw new Error("not read back");
      return read;
    };
    const current = await readBack(plan);
    const older = earlierWords(plan, OLD_BAND_WORDS[language]);
    const columns = older.sheets.flatMap((sheet) => (sheet.tables ?? []).flatMap((t) => t.columns));
    for (const old of Object.values(OLD_BAND_WORDS[language])) expect(columns).toContain(old);
    const read = await readBack(older);
    expect(read.problems).toEqual(current.problems);
    expect(read.programme).toEqual(current.programme);
    // …so the check can fail: a header no version wrote loses the column.
    const unknown = await readBack(earlierWords(plan, { [headerIn(language, "Band")]: "Bandeau" }));
    expect(unknown.programme).not.toEqual(current.programme);
  });

  it("writes the cities' SDG indices in the Partnerships sheet with the decimal comma", () => {
    const english = cellsOf(sheetNamed(plans.en, "Partnerships"));
    const translated = cellsOf(sheetNamed(plan, "Partnerships"));
    const indexCells = [...english].filter(
      (entry): entry is [string, string] =>
        typeof entry[1] === "string" && /\d\.\d \(\d{4}\)/u.test(entry[1]),
    );
    expect(indexCells.length).toBe(27);
    for (const [address, text] of indexCells)
      expect({ address, text: translated.get(address) }).toEqual({
        address,
        text: text.replace(/(\d)\.(\d)/gu, "$1,$2"),
      });
  });

  it("writes its tables' headers in its language", () => {
    const goals = sheetNamed(plan, "Goals").tables?.[0]?.columns;
    expect(goals).toEqual(GOAL_TABLE_COLUMNS.map((header) => headerIn(language, header)));
    const objectives = sheetNamed(plan, "Objectives").tables?.[0]?.columns;
    expect(objectives).toEqual(OBJECTIVE_TABLE_COLUMNS.map((header) => headerIn(language, header)));
  });

  it("leaves no English sentence, band or trend label, or table header in its sheets", () => {
    const texts = textsOf(plan);
    // The fixed words of each English template (placeholders cut out), long enough to be a phrase
    // (one word may be a sheet name, which stays English).
    const englishPhrases = Object.values(ENGLISH_PROGRAMME_TEXTS)
      .flatMap((template) => template.split(/\{[^}]+\}/u))
      .map((fragment) => fragment.trim())
      .filter((fragment) => fragment.length >= 12 && fragment.includes(" "));
    const englishWords = [
      ...RESULT_LABELS.filter((label) => label.includes(" ")),
      ...PROGRAMME_TABLE_HEADERS.filter((header) => header.includes(" ")),
    ];
    const left = texts.filter(
      (text) =>
        englishPhrases.some((phrase) => text.includes(phrase)) ||
        englishWords.some((word) => text === word),
    );
    expect(left).toEqual([]);
    expect(englishPhrases.length).toBeGreaterThan(40);
  });
});

describe("the English programme workbook still carries the English words", () => {
  it("so the check above can fail", () => {
    const texts = textsOf(plans.en);
    expect(texts).toContain(ENGLISH_PROGRAMME_TEXTS["principles.heading"]);
    expect(texts).toContain("Challenges remain");
  });
});

describe("the language a programme is written in without --lang", () => {
  const of = (...languages: (PartnershipSummary["language"] | undefined)[]) =>
    programmeLanguage(
      languages.map((language, index) =>
        summary(`${index}.xlsx`, language === undefined ? {} : { language }),
      ),
    );
  it.each([
    [["fr", "fr"], "fr"],
    [["es"], "es"],
    [["fr", "es"], "en"],
    [["fr", "en"], "en"],
    [["fr", undefined], "en"],
    [[], "en"],
  ] as const)("inputs in %j: %s", (languages, expected) => {
    expect(of(...languages)).toBe(expected);
  });
});
