import { percentileRanks } from "../../../src/engine/compare";

const DECIMALS = 9;

describe("percentileRanks: (below + 0.5 · equal) / n · 100 over the units with a score", () => {
  it.each([
    { scores: [1, 2, 3], ranks: [50 / 3, 50, 250 / 3] },
    { scores: [3, 1, 2], ranks: [250 / 3, 50 / 3, 50] },
    // Ties share the mean of the ranks they would take: 1 and 1 → (0 + 0.5 · 2) / 4.
    { scores: [1, 1, 2, 3], ranks: [25, 25, 62.5, 87.5] },
    { scores: [5, 5, 5], ranks: [50, 50, 50] },
    // Units without a score are not ranked and do not count in n.
    { scores: [null, 40, 60, 80], ranks: [null, 50 / 3, 50, 250 / 3] },
  ])("$scores → $ranks", ({ scores, ranks }) => {
    const found = percentileRanks(scores);
    expect(found).not.toBeNull();
    ranks.forEach((rank, index) => {
      if (rank === null) expect(found?.[index]).toBeNull();
      else expect(found?.[index]).toBeCloseTo(rank, DECIMALS);
    });
  });

  it.each([[[]], [[1]], [[1, 2]], [[1, null, 2, null]]])(
    "fewer than three scores (%j) → no percentiles",
    (scores) => {
      expect(percentileRanks(scores)).toBeNull();
    },
  );
});
