import { indicatorsInList, catalogue } from "../../../src/engine/catalogue";
import { readAnswer } from "../../../src/engine/cells";
import { SAMPLE_DATA_LABEL, SAMPLE_YEARS, samplePartnership } from "../../../src/engine/demo";
import { ACTION_STATUSES } from "../../../src/engine/model/types";
import { answerSpread, isContested, itemScore, principleScore } from "../../../src/engine/scoring";

const demo = samplePartnership();

describe("demo partnership: what issue 4 asks of it", () => {
  it("is a two-city partnership on the simplified list, labelled as sample data", () => {
    expect(demo.partnership.cities).toHaveLength(2);
    expect(demo.partnership.list).toBe("simplified");
    expect(demo.partnership.name).toContain(SAMPLE_DATA_LABEL);
    expect(demo.indicators.every((row) => row.source.includes(SAMPLE_DATA_LABEL))).toBe(true);
  });

  it("has three years of data with a row for every listed indicator × city × year", () => {
    expect(SAMPLE_YEARS).toHaveLength(3);
    const expected = indicatorsInList("simplified").length * 2 * 3;
    expect(demo.indicators).toHaveLength(expected);
    const keys = new Set(demo.indicators.map((row) => `${row.code}|${row.city}|${row.year}`));
    expect(keys.size).toBe(expected);
    expect(new Set(demo.indicators.map((row) => row.year))).toEqual(new Set(SAMPLE_YEARS));
  });

  it("has eight respondents from at least five stakeholder groups, each named once", () => {
    expect(demo.respondents).toHaveLength(8);
    expect(new Set(demo.respondents.map((respondent) => respondent.group)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(demo.respondents.map((respondent) => respondent.name)).size).toBe(8);
    for (const respondent of demo.respondents) expect(demo.partnership.cities).toContain(respondent.city);
  });

  it("has an action plan using several statuses, some addressing stakeholder input", () => {
    expect(demo.actions.length).toBeGreaterThanOrEqual(4);
    const statuses = new Set(demo.actions.map((action) => action.status));
    expect(statuses.size).toBeGreaterThanOrEqual(3);
    for (const status of statuses) expect(ACTION_STATUSES).toContain(status);
    expect(demo.actions.some((action) => action.stakeholderInputAddressed === true)).toBe(true);
    expect(demo.actions.some((action) => action.stakeholderInputAddressed === false)).toBe(true);
  });

  it("is the same on every run", () => {
    expect(samplePartnership()).toEqual(demo);
  });
});

describe("demo partnership: data that exercise the scoreboard", () => {
  it("answers every checklist item with valid answers only, one per respondent", () => {
    expect(demo.checklist.map((row) => row.itemId)).toEqual(catalogue.items.map((item) => item.id));
    const invalid = demo.checklist.flatMap((row) => row.answers.filter((answer) => readAnswer(answer).kind === "invalid"));
    expect(invalid).toEqual([]);
    expect(demo.checklist.every((row) => row.answers.length === demo.respondents.length)).toBe(true);
  });

  it("scores every principle, has a not-applicable item and contested items", () => {
    for (const principle of catalogue.principles) {
      const items = demo.checklist
        .filter((row) => row.principle === principle.id)
        .map((row) => {
          const score = itemScore(row.answers);
          return score.ok ? score.value : null;
        });
      expect(principleScore(items).ok).toBe(true);
    }
    const notApplicable = demo.checklist.filter((row) => {
      const score = itemScore(row.answers);
      return score.ok && score.value === "n/a";
    });
    expect(notApplicable.map((row) => row.itemId)).toEqual(["URL5"]);
    const contested = demo.checklist.filter((row) => {
      const spread = answerSpread(row.answers);
      return spread.ok && isContested(spread.value);
    });
    expect(contested.length).toBeGreaterThanOrEqual(3);
  });

  it("keeps every value between its worst and end values, in the indicator's rounding", () => {
    for (const row of demo.indicators) {
      if (row.value === null) continue;
      expect(row.worst).not.toBeNull();
      expect(row.end).not.toBeNull();
      const low = Math.min(row.worst ?? NaN, row.end ?? NaN);
      const high = Math.max(row.worst ?? NaN, row.end ?? NaN);
      // A relative end ("halve the baseline") is below the series, which has not reached it yet.
      if (row.code === "1.2.1") expect(row.value).toBeGreaterThan(row.end ?? NaN);
      else expect(row.value >= low && row.value <= high).toBe(true);
    }
    const scoreScale = demo.indicators.filter((row) => row.unit === "score" && row.value !== null).map((row) => row.value);
    expect(scoreScale.every((value) => value === 0 || value === 50 || value === 100)).toBe(true);
  });

  it("resolves the relative end value as half of each city's first value", () => {
    for (const city of demo.partnership.cities) {
      const series = demo.indicators.filter((row) => row.code === "1.2.1" && row.city === city);
      const baseline = series[0]?.value ?? NaN;
      for (const row of series) expect(Math.abs((row.end ?? NaN) - 0.5 * baseline)).toBeLessThanOrEqual(0.05 + 1e-9);
    }
  });

  it("has gaps, whole missing series included, but covers most cells", () => {
    const blanks = demo.indicators.filter((row) => row.value === null);
    expect(blanks.length).toBeGreaterThan(5);
    expect(blanks.length / demo.indicators.length).toBeLessThan(0.25);
    expect(demo.indicators.filter((row) => row.city === "Sokoni" && row.code === "11.3.1").every((row) => row.value === null)).toBe(true);
  });

  it("takes goal and objective of each row from the catalogue", () => {
    for (const row of demo.indicators) {
      const definition = indicatorsInList("simplified").find((entry) => entry.id === row.code);
      expect(row.goal).toBe(definition?.goal);
      expect(row.objective).toBe(definition?.objective);
    }
  });
});
