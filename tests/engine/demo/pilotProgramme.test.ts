import { catalogue, type PrincipleId } from "../../../src/engine/catalogue";
import { readAnswer } from "../../../src/engine/cells";
import { PILOT_PARTNERSHIPS, PILOT_PUBLISHED_AVERAGES, PILOT_SAMPLE_AVERAGES, pilotProgramme, SAMPLE_DATA_LABEL } from "../../../src/engine/demo";
import type { Assessment } from "../../../src/engine/model/types";
import { itemScore, principleScore } from "../../../src/engine/scoring";

// Principle scores recomputed here from the answers with the engine's item and principle functions,
// independently of the generator's arithmetic (which works with totals of answers).
function principleScoreOf(assessment: Assessment, principle: PrincipleId): number | null {
  const items = assessment.checklist
    .filter((row) => row.principle === principle)
    .map((row) => {
      const score = itemScore(row.answers);
      return score.ok ? score.value : null;
    });
  const result = principleScore(items);
  return result.ok ? result.value.score : null;
}

const programme = pilotProgramme();

function averageOf(principle: PrincipleId): { average: number; partnerships: number } {
  const scores = programme.map((assessment) => principleScoreOf(assessment, principle)).filter((score): score is number => score !== null);
  return { average: scores.reduce((sum, score) => sum + score, 0) / scores.length, partnerships: scores.length };
}

describe("pilot programme sample: the OECD pilot's published averages", () => {
  it("has 27 partnerships, as many as answered the pilot", () => {
    expect(programme).toHaveLength(PILOT_PARTNERSHIPS);
    expect(PILOT_PARTNERSHIPS).toBe(27);
  });

  it.each([
    { principle: "P2P" as const, published: "3.70" },
    { principle: "TA" as const, published: "3.44" },
    { principle: "STK" as const, published: "3.12" },
  ])("$principle averages $published over the partnerships with a score", ({ principle, published }) => {
    expect(averageOf(principle).average.toFixed(2)).toBe(published);
    expect(PILOT_PUBLISHED_AVERAGES[principle]?.toFixed(2)).toBe(published);
  });

  it("every other principle averages below 3, and financing is the lowest", () => {
    const others = catalogue.principles.map((principle) => principle.id).filter((id) => !["P2P", "TA", "STK"].includes(id));
    for (const principle of others) expect(averageOf(principle).average).toBeLessThan(3);
    const averages = catalogue.principles.map((principle) => ({ id: principle.id, average: averageOf(principle.id).average }));
    const lowest = averages.reduce((low, entry) => (entry.average < low.average ? entry : low));
    expect(lowest.id).toBe("FIN");
  });

  it("reproduces every sample average to 2 decimals", () => {
    for (const principle of catalogue.principles) {
      expect(averageOf(principle.id).average.toFixed(2)).toBe(PILOT_SAMPLE_AVERAGES[principle.id].toFixed(2));
    }
  });

  it("averages over the partnerships that have a score: one without URL, two without DIG", () => {
    expect(averageOf("URL").partnerships).toBe(26);
    expect(averageOf("DIG").partnerships).toBe(25);
    expect(averageOf("TA").partnerships).toBe(27);
  });

  it("differs between partnerships (not 27 copies of the average)", () => {
    const p2p = programme.map((assessment) => principleScoreOf(assessment, "P2P") ?? 0);
    expect(Math.max(...p2p) - Math.min(...p2p)).toBeGreaterThan(0.5);
  });
});

describe("pilot programme sample: well-formed and labelled", () => {
  it("is the same for the same seed and different for another", () => {
    expect(pilotProgramme()).toEqual(programme);
    expect(pilotProgramme(7)).not.toEqual(programme);
  });

  it("labels every partnership as sample data and names it uniquely", () => {
    const names = programme.map((assessment) => assessment.partnership.name);
    for (const name of names) expect(name).toContain(SAMPLE_DATA_LABEL);
    expect(new Set(names).size).toBe(names.length);
  });

  it("answers every item of the catalogue with one valid answer per respondent", () => {
    const faults: string[] = [];
    for (const assessment of programme) {
      expect(assessment.checklist.map((row) => row.itemId)).toEqual(catalogue.items.map((item) => item.id));
      expect(assessment.respondents.length).toBeGreaterThanOrEqual(3);
      for (const row of assessment.checklist) {
        if (row.answers.length !== assessment.respondents.length) faults.push(`${row.itemId}: ${row.answers.length} answers`);
        for (const answer of row.answers) if (readAnswer(answer).kind === "invalid") faults.push(`${row.itemId}: ${JSON.stringify(answer)}`);
      }
    }
    expect(faults).toEqual([]);
  });

  it("shares one list, settings and catalogue version, as consolidation requires", () => {
    const lists = new Set(programme.map((assessment) => assessment.partnership.list));
    const versions = new Set(programme.map((assessment) => assessment.partnership.catalogueVersion));
    const modes = new Set(programme.map((assessment) => assessment.settings.worstValueMode));
    expect([lists.size, versions.size, modes.size]).toEqual([1, 1, 1]);
  });
});
