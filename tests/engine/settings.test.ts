import { DEFAULT_SETTINGS } from "../../src/engine/settings";

// Each default against the value framework.md §3–4 states for it.
describe("DEFAULT_SETTINGS", () => {
  it.each<[string, unknown, unknown]>([
    ["worst-value mode (default fixed)", DEFAULT_SETTINGS.worstValueMode, "fixed"],
    ["target year 2030", DEFAULT_SETTINGS.targetYear, 2030],
    ["item score = mean of the answers", DEFAULT_SETTINGS.itemAggregation, "mean"],
    ["contested when spread ≥ 3", DEFAULT_SETTINGS.contestedThreshold, 3],
    ["principle reported when answered ≥ half of applicable", DEFAULT_SETTINGS.halfAnsweredShare, 0.5],
    ["low coverage below 50 %", DEFAULT_SETTINGS.coverageThreshold, 0.5],
    ["SDG band Achieved at 100", DEFAULT_SETTINGS.sdgBandLimits.achieved, 100],
    ["SDG band Challenges remain from 75", DEFAULT_SETTINGS.sdgBandLimits.challengesRemain, 75],
    ["SDG band Significant challenges from 50", DEFAULT_SETTINGS.sdgBandLimits.significantChallenges, 50],
    ["principle band Developing from 2", DEFAULT_SETTINGS.principleBandLimits.developing, 2],
    ["principle band Established from 3", DEFAULT_SETTINGS.principleBandLimits.established, 3],
    ["principle band Advanced from 4", DEFAULT_SETTINGS.principleBandLimits.advanced, 4],
    ["peer worst value needs 3 units", DEFAULT_SETTINGS.peerMinimumUnits, 3],
  ])("%s", (_rule, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it("weighs the ten principles equally, in the report's order", () => {
    expect(DEFAULT_SETTINGS.principleWeights).toEqual({ TA: 1, MLG: 1, URL: 1, DATA: 1, ME: 1, P2P: 1, CAP: 1, STK: 1, FIN: 1, DIG: 1 });
    expect(Object.keys(DEFAULT_SETTINGS.principleWeights)).toEqual(["TA", "MLG", "URL", "DATA", "ME", "P2P", "CAP", "STK", "FIN", "DIG"]);
  });

  it("cannot be changed by a caller", () => {
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS.sdgBandLimits)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS.principleBandLimits)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS.principleWeights)).toBe(true);
  });
});
