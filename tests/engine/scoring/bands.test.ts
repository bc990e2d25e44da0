import fc from "fast-check";
import {
  principleBand,
  sdgBand,
  type PrincipleBand,
  type SdgBand,
} from "../../../src/engine/scoring";
import { errorOf, valueOf } from "./resultHelpers";

describe("sdgBand (0–100, SDSN labels)", () => {
  it.each<{ score: number; band: SdgBand }>([
    { score: 100, band: "Achieved" },
    { score: 99.999, band: "Challenges remain" },
    { score: 82.5, band: "Challenges remain" },
    { score: 75, band: "Challenges remain" },
    { score: 74.999, band: "Significant challenges" },
    { score: 50, band: "Significant challenges" },
    { score: 49.999, band: "Major challenges" },
    { score: 0, band: "Major challenges" },
  ])("$score → $band", ({ score, band }) => {
    expect(valueOf(sdgBand(score))).toBe(band);
  });

  it("uses limits from the Settings table", () => {
    const limits = { achieved: 95, challengesRemain: 80, significantChallenges: 60 };
    expect(valueOf(sdgBand(96, limits))).toBe("Achieved");
    expect(valueOf(sdgBand(79, limits))).toBe("Significant challenges");
    expect(valueOf(sdgBand(55, limits))).toBe("Major challenges");
  });

  it.each([
    {
      score: 100.5,
      limits: undefined,
      error: { kind: "out-of-range", message: "the score 100.5 is outside 0–100" },
    },
    {
      score: -1,
      limits: undefined,
      error: { kind: "out-of-range", message: "the score -1 is outside 0–100" },
    },
    {
      score: NaN,
      limits: undefined,
      error: { kind: "invalid-input", message: "the score is not a finite number (NaN)" },
    },
    {
      score: 60,
      limits: { achieved: 100, challengesRemain: 50, significantChallenges: 75 },
      error: {
        kind: "invalid-input",
        message:
          "the SDG band limits must rise within 0–100: significant challenges 75 < challenges remain 50 < achieved 100",
      },
    },
    {
      score: 60,
      limits: { achieved: 120, challengesRemain: 75, significantChallenges: 50 },
      error: {
        kind: "invalid-input",
        message:
          "the SDG band limits must rise within 0–100: significant challenges 50 < challenges remain 75 < achieved 120",
      },
    },
    {
      score: 60,
      limits: { achieved: 100, challengesRemain: NaN, significantChallenges: 50 },
      error: {
        kind: "invalid-input",
        message: "the challenges remain limit is not a finite number (NaN)",
      },
    },
  ])("$score with limits $limits → $error.kind", ({ score, limits, error }) => {
    expect(errorOf(sdgBand(score, limits))).toEqual(error);
  });

  it("agrees with its limits for every score", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, min: 0, max: 100 }), (score) => {
        const band = valueOf(sdgBand(score));
        if (score >= 100) return band === "Achieved";
        if (score >= 75) return band === "Challenges remain";
        if (score >= 50) return band === "Significant challenges";
        return band === "Major challenges";
      }),
    );
  });

  it("never gives a better band to a lower score", () => {
    const order: readonly SdgBand[] = [
      "Major challenges",
      "Significant challenges",
      "Challenges remain",
      "Achieved",
    ];
    const score = fc.double({ noNaN: true, min: 0, max: 100 });
    fc.assert(
      fc.property(score, score, (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        return order.indexOf(valueOf(sdgBand(low))) <= order.indexOf(valueOf(sdgBand(high)));
      }),
    );
  });
});

describe("principleBand (1–5)", () => {
  it.each<{ score: number; band: PrincipleBand }>([
    { score: 1, band: "Weak" },
    { score: 1.999, band: "Weak" },
    { score: 2, band: "Developing" },
    { score: 2.999, band: "Developing" },
    { score: 3, band: "Established" },
    { score: 3.7, band: "Established" },
    { score: 4.0, band: "Advanced" },
    { score: 5, band: "Advanced" },
  ])("$score → $band", ({ score, band }) => {
    expect(valueOf(principleBand(score))).toBe(band);
  });

  it("docs/method.md worked example: principle 4.0 → Advanced", () => {
    expect(valueOf(principleBand(4.0))).toBe("Advanced");
  });

  it("is never applied to the 0–100 scale", () => {
    expect(errorOf(principleBand(75))).toEqual({
      kind: "out-of-range",
      message: "the score 75 is outside 1–5",
    });
  });

  it("uses limits from the Settings table, and refuses limits that do not rise", () => {
    expect(valueOf(principleBand(3.2, { developing: 2.5, established: 3.5, advanced: 4.5 }))).toBe(
      "Developing",
    );
    expect(errorOf(principleBand(3, { developing: 2, established: 2, advanced: 4 }))).toEqual({
      kind: "invalid-input",
      message:
        "the principle band limits must rise within 1–5: developing 2 < established 2 < advanced 4",
    });
  });

  it("agrees with its limits for every score", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, min: 1, max: 5 }), (score) => {
        const band = valueOf(principleBand(score));
        if (score >= 4) return band === "Advanced";
        if (score >= 3) return band === "Established";
        if (score >= 2) return band === "Developing";
        return band === "Weak";
      }),
    );
  });
});
