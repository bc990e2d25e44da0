import { scoreAssessment } from "../../../src/engine/assessment";
import { catalogue } from "../../../src/engine/catalogue";
import type { PrincipleId } from "../../../src/engine/catalogue/types";
import {
  CATALOGUE_DAC_LENS,
  DAC_CRITERIA,
  dacCriteria,
  partnershipSdgIndex,
  readDacSources,
} from "../../../src/engine/dac";
import { samplePartnership } from "../../../src/engine/demo";
import { DEFAULT_SETTINGS, settingsProblems } from "../../../src/engine/settings";
import { assessmentWith, item, respondents } from "../assessment/builders";

const TOLERANCE = 1e-9;

describe("the DAC criteria lens (framework.md §5)", () => {
  it("worked example: TA 3.5 (62.5) and STK 2.5 (37.5) give relevance 50.0", () => {
    const assessment = assessmentWith({
      respondents: respondents(2),
      checklist: [item("TA", "TA1", [3, 4]), item("STK", "STK1", [2, 3])],
    });
    const scores = scoreAssessment(assessment);
    const relevance = scores.dacCriteria.find((entry) => entry.criterion === "relevance");
    expect(relevance).toEqual({
      criterion: "relevance",
      name: "Relevance",
      score: 50,
      sources: [
        { source: "TA", score: 62.5 },
        { source: "STK", score: 37.5 },
      ],
      used: ["TA", "STK"],
      missing: [],
    });
  });

  it("averages only the sources with a score and lists the missing; no source with a score, no score", () => {
    const scores = scoreAssessment(
      assessmentWith({ respondents: respondents(1), checklist: [item("FIN", "FIN1", [5])] }),
    );
    const byCriterion = new Map(scores.dacCriteria.map((entry) => [entry.criterion, entry]));
    // efficiency ← FIN, DIG: DIG has no items, so efficiency is FIN alone.
    expect(byCriterion.get("efficiency")).toMatchObject({
      score: 100,
      used: ["FIN"],
      missing: ["DIG"],
    });
    expect(byCriterion.get("sustainability")).toMatchObject({
      score: 100,
      used: ["FIN"],
      missing: ["CAP", "P2P"],
    });
    expect(byCriterion.get("coherence")).toMatchObject({
      score: null,
      used: [],
      missing: ["MLG", "URL"],
    });
    // No indicator rows: no SDG index, no impact.
    expect(byCriterion.get("impact")).toMatchObject({
      score: null,
      sources: [{ source: "SDG index", score: null }],
      missing: ["SDG index"],
    });
  });

  it("follows the lens of the settings, the SDG index mixed with principles counting as one source", () => {
    const lens = { ...CATALOGUE_DAC_LENS, relevance: ["TA", "SDG index"] as const };
    const [relevance] = dacCriteria(lens, { principles: { TA: 25 }, sdgIndex: 75 });
    expect(relevance).toMatchObject({
      criterion: "relevance",
      score: 50,
      used: ["TA", "SDG index"],
    });
    expect(partnershipSdgIndex([80, null, 40])).toBe(60);
    expect(partnershipSdgIndex([null])).toBeNull();
  });

  it("gives the six criteria in the catalogue's order, the catalogue's mapping as the default", () => {
    expect(CATALOGUE_DAC_LENS).toEqual(
      Object.fromEntries(
        catalogue.dacLens.map((entry) => [
          entry.criterion,
          [...entry.principles, ...(entry.goalIndices ? ["SDG index"] : [])],
        ]),
      ),
    );
    expect(DAC_CRITERIA).toEqual([
      "relevance",
      "coherence",
      "effectiveness",
      "efficiency",
      "impact",
      "sustainability",
    ]);
    expect(DEFAULT_SETTINGS.dacLens).toEqual({
      relevance: ["TA", "STK"],
      coherence: ["MLG", "URL"],
      effectiveness: ["DATA", "ME"],
      efficiency: ["FIN", "DIG"],
      impact: ["SDG index"],
      sustainability: ["CAP", "P2P", "FIN"],
    });
  });

  it("every criterion of the demo equals an independent computation from its answers and goal indices", () => {
    const assessment = samplePartnership();
    const scores = scoreAssessment(assessment);
    const lens = catalogue.dacLens;
    // Principle scores recomputed here from the answers: item mean of the numeric answers, principle
    // mean of the answered items when at least half of the applicable items are answered.
    const principleOutOf100 = (principle: PrincipleId): number | null => {
      const items = assessment.checklist.filter((row) => row.principle === principle);
      const numericOf = (answers: readonly unknown[]): number[] =>
        answers.filter((answer): answer is number => typeof answer === "number");
      // Not applicable: every answer given (blanks aside) is n/a.
      const applicable = items.filter((row) => {
        const given = row.answers.filter((answer) => answer !== null && answer !== "");
        return given.length === 0 || !given.every((answer) => answer === "n/a");
      });
      const means = items
        .map((row) => numericOf(row.answers))
        .filter((numbers) => numbers.length > 0)
        .map((numbers) => numbers.reduce((a, b) => a + b, 0) / numbers.length);
      if (means.length === 0 || means.length < 0.5 * applicable.length) return null;
      const score = means.reduce((a, b) => a + b, 0) / means.length;
      return ((score - 1) / 4) * 100;
    };
    // The overall SDG index: per city the mean of its goal indices in its latest year, then the mean
    // over the cities.
    const cityIndices = assessment.partnership.cities.flatMap((city) => {
      const own = scores.goalIndices.filter((entry) => entry.city === city);
      const latest = Math.max(...own.map((entry) => entry.year));
      const indices = own
        .filter((entry) => entry.year === latest && entry.index !== null)
        .map((entry) => entry.index ?? NaN);
      return indices.length === 0 ? [] : [indices.reduce((a, b) => a + b, 0) / indices.length];
    });
    expect(cityIndices).toHaveLength(2);
    const sdgIndex = cityIndices.reduce((a, b) => a + b, 0) / cityIndices.length;

    for (const entry of lens) {
      const sources = [
        ...entry.principles.map(principleOutOf100),
        ...(entry.goalIndices ? [sdgIndex] : []),
      ].filter((score): score is number => score !== null);
      const expected = sources.reduce((a, b) => a + b, 0) / sources.length;
      const result = scores.dacCriteria.find(
        (criterion) => criterion.criterion === entry.criterion,
      );
      expect(sources.length).toBeGreaterThan(0);
      expect(Math.abs((result?.score ?? NaN) - expected)).toBeLessThan(TOLERANCE);
    }
  });
});

describe("reading a criterion's sources", () => {
  it.each([
    ["TA, STK", ["TA", "STK"]],
    ["ta;stk", ["TA", "STK"]],
    [" sdg  INDEX ", ["SDG index"]],
    ["TA, SDG index, TA", ["TA", "SDG index"]],
  ])("%j reads as %j", (text, sources) => {
    expect(readDacSources(text)).toEqual({ ok: true, sources });
  });

  it.each([
    ["", /list at least one principle id or "SDG index"/],
    [" , ", /list at least one/],
    [
      "TA, XX",
      /"XX" is not a principle id \(TA, MLG, URL, DATA, ME, P2P, CAP, STK, FIN, DIG\) nor "SDG index"/,
    ],
    ["goal 11, T A", /"goal 11", "T A" are not a principle id/],
  ])("%j is refused", (text, problem) => {
    const reading = readDacSources(text);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.problem).toMatch(problem);
  });

  it("settingsProblems names a lens built in code with an unknown or no source", () => {
    const problems = settingsProblems({
      ...DEFAULT_SETTINGS,
      dacLens: { ...CATALOGUE_DAC_LENS, coherence: [], impact: ["XX" as PrincipleId] },
    });
    expect(problems).toEqual([
      "the DAC criterion coherence needs at least one source",
      expect.stringMatching(/^the sources of the DAC criterion impact: "XX" is not a principle id/),
    ]);
    expect(settingsProblems(DEFAULT_SETTINGS)).toEqual([]);
  });
});
