// bandedIndex: the goal index, coverage, distance and band the scoreboard and =C2C.PROFILE show.
import { bandedIndex } from "../../../src/engine/scoring";
import { DEFAULT_SETTINGS } from "../../../src/engine/settings";

describe("bandedIndex", () => {
  it("gives docs/method.md's SDG 6 example: 75, 90 and a gap → 82.5, coverage 2/3, Challenges remain", () => {
    const result = bandedIndex([75, 90, null], DEFAULT_SETTINGS);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.index).toBeCloseTo(82.5, 12);
    expect(result.value.distance).toBeCloseTo(17.5, 12);
    expect(result.value.coverage).toBeCloseTo(2 / 3, 12);
    expect(result.value).toMatchObject({ available: 2, listed: 3, band: "Challenges remain" });
  });

  it("keeps the index of a goal under the coverage threshold but bands it Low coverage", () => {
    const result = bandedIndex([40, null, null], DEFAULT_SETTINGS);
    expect(result).toEqual({
      ok: true,
      value: {
        index: 40,
        distance: 60,
        coverage: 1 / 3,
        available: 1,
        listed: 3,
        band: "Low coverage",
      },
    });
  });

  it.each([[[null, null]], [[]]])("is No data without any score (%j)", (scores) => {
    expect(bandedIndex(scores, DEFAULT_SETTINGS)).toEqual({
      ok: true,
      value: {
        index: null,
        distance: null,
        coverage: 0,
        available: 0,
        listed: scores.length,
        band: "No data",
      },
    });
  });

  it("returns the engine's error for a score outside 0–100", () => {
    const result = bandedIndex([120], DEFAULT_SETTINGS);
    expect(result.ok ? "ok" : result.error.kind).toBe("out-of-range");
  });
});
