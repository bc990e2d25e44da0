// The privacy rule in every language: a Scoreboard written in French or Spanish loses its principle
// scores, bands and principle highlights in the values-only copy exactly as the English one does.

import { scoreAssessment } from "../../../src/engine/assessment";
import { samplePartnership } from "../../../src/engine/demo";
import type { Language } from "../../../src/engine/language";
import { withheldScoreboard } from "../../../src/engine/publish/withheldScoreboard";
import { assessmentWorkbookPlan } from "../../../src/engine/templates";
import { withCatalogueWording } from "../../../src/engine/templates/catalogueWording";

function withheldCells(language: Language) {
  const assessment = withCatalogueWording(samplePartnership(), language);
  const plan = assessmentWorkbookPlan(assessment, scoreAssessment(assessment), {
    generatedOn: "2026-01-15",
  });
  const scoreboard = plan.sheets.find((sheet) => sheet.name === "Scoreboard");
  if (scoreboard === undefined) throw new Error("no Scoreboard in the plan");
  const withheld = withheldScoreboard(scoreboard, 10, "withheld");
  return {
    before: scoreboard.cells.length,
    written: scoreboard.cells,
    after: withheld.cells,
    charts: withheld.charts ?? [],
  };
}

describe("the withheld Scoreboard", () => {
  const english = withheldCells("en");

  it("removes cells from the English Scoreboard (the rule applies)", () => {
    expect(english.after.length).toBeLessThan(english.before);
    expect(english.charts.some((chart) => chart.kind === "radar")).toBe(false);
  });

  it.each(["fr", "es"] as const)("removes the same cells from the Scoreboard in %s", (language) => {
    const other = withheldCells(language);
    expect(other.before).toBe(english.before);
    expect(other.after.map((cell) => cell.address)).toEqual(
      english.after.map((cell) => cell.address),
    );
    expect(other.charts.some((chart) => chart.kind === "radar")).toBe(false);
  });

  it.each([
    ["fr", "Critère", "Pertinence"],
    ["es", "Criterio", "Pertinencia"],
  ] as const)(
    "withholds the DAC criteria resting on principles in %s, whose block is in that language",
    (language, criterionHeader, relevance) => {
      const other = withheldCells(language);
      const values = other.written.map((cell) => cell.value);
      expect(values).toContain(criterionHeader);
      expect(values).toContain(relevance);
      expect(values).not.toContain("Criterion");
      const notPublished = (cells: typeof english.after) =>
        cells.filter((cell) => cell.value === "not published (see the principles)").length;
      // Five of the six criteria rest on principles by default (impact is the SDG index alone).
      expect(notPublished(english.after)).toBe(5);
      expect(notPublished(other.after)).toBe(5);
    },
  );
});
