// comparePartnerships on three partnerships whose numbers are worked out by hand below.

import {
  comparePartnerships,
  PARTNERSHIP_SDG_INDEX_NOTE,
  partnershipIndex,
  type Comparison,
  type ComparisonRow,
} from "../../../src/engine/compare";
import { DEFAULT_SETTINGS } from "../../../src/engine/settings";
import { summary } from "../programme/programmeFixtures";

const DECIMALS = 9;

const first = summary("p1.xlsx", {
  name: "First",
  scores: { TA: 3.5, FIN: 1.5 },
  alignment: 2.5,
  sdgIndices: [
    { city: "A", year: 2024, index: 60 },
    { city: "B", year: 2023, index: 40 },
  ],
});
const second = summary("p2.xlsx", {
  name: "Second",
  scores: { TA: 2.5, FIN: 2.5 },
  alignment: 2.5,
  sdgIndices: [
    { city: "C", year: 2024, index: 80 },
    { city: "D", year: 2024, index: null },
  ],
});
const third = summary("p3.xlsx", { name: "Third", scores: { TA: 2.5 }, alignment: 2 });

function compared(...units: Parameters<typeof comparePartnerships>[0]): Comparison {
  const result = comparePartnerships(units);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function rowOf(comparison: Comparison, id: string): ComparisonRow {
  const row = comparison.rows.find((entry) => entry.id === id);
  if (row === undefined) throw new Error(`no row ${id}`);
  return row;
}

describe("comparePartnerships", () => {
  const comparison = compared(first, second, third);

  it("sets the partnerships side by side: principles, alignment, SDG index; no goal rows", () => {
    expect(comparison.kind).toBe("partnerships");
    expect(comparison.units).toEqual([
      { name: "First", detail: "p1.xlsx" },
      { name: "Second", detail: "p2.xlsx" },
      { name: "Third", detail: "p3.xlsx" },
    ]);
    expect(comparison.rows.map((row) => row.kind)).toEqual([
      ...Array<string>(10).fill("principle"),
      "alignment",
      "sdg-index",
    ]);
    expect(comparison.peerStatistics).toBe(true);
  });

  it("TA 3.5, 2.5, 2.5: gaps 0, 1, 1; tied units share the percentile (0 + 0.5 · 2) / 3", () => {
    const ta = rowOf(comparison, "TA");
    expect(ta.scores).toEqual([3.5, 2.5, 2.5]);
    expect(ta.bestUnits).toEqual(["First"]);
    expect(ta.gaps).toEqual([0, 1, 1]);
    expect(ta.bands).toEqual(["Established", "Developing", "Developing"]);
    expect(ta.percentiles?.[0]).toBeCloseTo(250 / 3, DECIMALS);
    expect(ta.percentiles?.[1]).toBeCloseTo(100 / 3, DECIMALS);
    expect(ta.percentiles?.[2]).toBeCloseTo(100 / 3, DECIMALS);
  });

  it("alignment 2.5, 2.5, 2: both best units listed, gap 0 each", () => {
    const alignment = rowOf(comparison, "Alignment");
    expect(alignment.bestUnits).toEqual(["First", "Second"]);
    expect(alignment.gaps).toEqual([0, 0, 0.5]);
    expect(alignment.percentiles?.[0]).toBeCloseTo(200 / 3, DECIMALS);
    expect(alignment.percentiles?.[2]).toBeCloseTo(50 / 3, DECIMALS);
  });

  it("SDG index: the mean of the cities' latest indices that exist (60 and 40 → 50; 80 and none → 80; none → no score)", () => {
    const index = rowOf(comparison, "SDG index");
    expect(index.scores).toEqual([50, 80, null]);
    expect(index.gaps).toEqual([30, 0, null]);
    expect(index.bands).toEqual(["Significant challenges", "Challenges remain", null]);
    expect(index.percentiles).toBeNull();
    expect(partnershipIndex([])).toBeNull();
    expect(comparison.notes).toContain(PARTNERSHIP_SDG_INDEX_NOTE);
    expect(comparison.notes).toContain(
      "Percentiles are shown only where at least 3 units have a score; not on FIN, SDG index.",
    );
  });

  it("who can learn from whom: weak principles only, the best peer, never on alignment or the SDG index", () => {
    expect(
      comparison.learning.map((pair) => [
        pair.learner,
        pair.id,
        pair.peer,
        pair.learnerScore,
        pair.peerScore,
        pair.gap,
      ]),
    ).toEqual([
      ["First", "FIN", "Second", 1.5, 2.5, 1],
      ["Second", "TA", "First", 2.5, 3.5, 1],
      ["Third", "TA", "First", 2.5, 3.5, 1],
    ]);
    expect(comparison.learning[0]).toMatchObject({
      rowKind: "principle",
      learnerBand: "Weak",
      peerBand: "Developing",
    });
  });

  it("breaks ties for the best peer by unit order", () => {
    const tied = compared(
      summary("x", { name: "X", scores: { DIG: 1.5 } }),
      summary("y", { name: "Y", scores: { DIG: 3.5 } }),
      summary("z", { name: "Z", scores: { DIG: 3.5 } }),
    );
    expect(tied.learning.map((pair) => [pair.learner, pair.peer])).toEqual([["X", "Y"]]);
  });

  it("tells two partnerships of the same name apart by their source", () => {
    const twice = compared(first, { ...first, source: "copy.xlsx" });
    expect(twice.units.map((unit) => unit.name)).toEqual(["First (p1.xlsx)", "First (copy.xlsx)"]);
    expect(rowOf(twice, "TA").bestUnits).toEqual(["First (p1.xlsx)", "First (copy.xlsx)"]);
  });

  it("with two partnerships says there are no percentiles or peer-based anchors", () => {
    const two = compared(first, second);
    expect(two.peerStatistics).toBe(false);
    expect(two.notes[0]).toBe(
      "Only 2 units are compared: no percentiles or peer-based anchors, which need at least 3.",
    );
    expect(two.rows.every((row) => row.percentiles === null)).toBe(true);
  });

  it("bands with the first partnership's limits, or the ones given, and names partnerships whose own limits differ", () => {
    const strict = {
      ...DEFAULT_SETTINGS,
      principleBandLimits: { developing: 2, established: 3.6, advanced: 4.5 },
    };
    const result = compared(
      summary("s", { name: "Strict", settings: strict, scores: { TA: 3.5 } }),
      first,
    );
    expect(rowOf(result, "TA").bands).toEqual(["Developing", "Developing"]);
    expect(result.notes).toContain(
      "First uses other band limits in its own workbook; here every partnership is banded with the same limits.",
    );
    const given = comparePartnerships([first, second], {
      settings: strict,
      notes: ["From a table."],
    });
    expect(given.ok && given.value.notes).toEqual([
      "Only 2 units are compared: no percentiles or peer-based anchors, which need at least 3.",
      PARTNERSHIP_SDG_INDEX_NOTE,
      "From a table.",
      "First and Second use other band limits in their own workbook; here every partnership is banded with the same limits.",
    ]);
  });

  it("refuses one partnership, eleven, and a score off its scale, with clear errors", () => {
    expect(comparePartnerships([first])).toEqual({
      ok: false,
      error: {
        kind: "invalid-input",
        message: "a comparison takes 2 to 10 partnerships, and the programme has only 1",
      },
    });
    const eleven = comparePartnerships(
      Array.from({ length: 11 }, (_, index) => summary(`p${index}`)),
    );
    expect(!eleven.ok && eleven.error.message).toBe(
      "a comparison takes 2 to 10 partnerships, and the programme has 11; choose up to 10 of them",
    );
    const off = comparePartnerships([
      first,
      summary("bad.xlsx", { name: "Bad", scores: { TA: 7 } }),
    ]);
    expect(off.ok).toBe(false);
    expect(!off.ok && off.error.message).toMatch(/^Bad, TA: the score/);
  });
});
