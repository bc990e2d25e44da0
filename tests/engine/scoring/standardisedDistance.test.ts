import fc from "fast-check";
import { standardisedDistance } from "../../../src/engine/scoring";
import { errorOf, valueOf } from "./resultHelpers";

describe("standardisedDistance", () => {
  // Peers 10, 20, 30: mean 20, population sd √(200/3) = 8.1650.
  const peers = [10, 20, 30];
  const sd = Math.sqrt(200 / 3);

  it.each([
    {
      case: "higher-better, 10 short of end 30",
      value: 20,
      end: 30,
      polarity: "higher" as const,
      expected: 10 / sd,
    },
    {
      case: "higher-better beyond the end",
      value: 35,
      end: 30,
      polarity: "higher" as const,
      expected: 0,
    },
    {
      case: "lower-better, 15 above end 5",
      value: 20,
      end: 5,
      polarity: "lower" as const,
      expected: 15 / sd,
    },
    {
      case: "lower-better below the end",
      value: 4,
      end: 5,
      polarity: "lower" as const,
      expected: 0,
    },
    { case: "at the end value", value: 30, end: 30, polarity: "higher" as const, expected: 0 },
  ])("$case → $expected", ({ value, end, polarity, expected }) => {
    expect(valueOf(standardisedDistance(value, end, polarity, peers))).toBeCloseTo(expected, 12);
  });

  it("skips peer values that are not finite numbers", () => {
    expect(
      valueOf(standardisedDistance(20, 30, "higher", [10, NaN, 20, Infinity, 30])),
    ).toBeCloseTo(10 / sd, 12);
  });

  it.each([
    {
      case: "two units",
      peers: [10, 20],
      error: {
        kind: "missing-data",
        message: "the standardised distance needs values from at least 3 units; 2 found",
      },
    },
    {
      case: "no units",
      peers: [],
      error: {
        kind: "missing-data",
        message: "the standardised distance needs values from at least 3 units; 0 found",
      },
    },
    {
      case: "sd 0",
      peers: [7, 7, 7, 7],
      error: {
        kind: "missing-data",
        message:
          "every unit has the same value (standard deviation 0), so the distance cannot be standardised",
      },
    },
  ])("$case → missing-data", ({ peers: values, error }) => {
    expect(errorOf(standardisedDistance(5, 30, "higher", values))).toEqual(error);
  });

  it("rejects a value or end value that is not a number", () => {
    expect(errorOf(standardisedDistance(NaN, 30, "higher", peers)).kind).toBe("invalid-input");
    expect(errorOf(standardisedDistance(20, Infinity, "higher", peers)).kind).toBe("invalid-input");
  });

  it("is never negative, and 0 exactly when the value has reached the end value", () => {
    // Integers keep |end − x| / sd from underflowing to 0 for a value that has not reached the end.
    const moderate = fc.integer({ min: -1e6, max: 1e6 });
    fc.assert(
      fc.property(
        moderate,
        moderate,
        fc.constantFrom("higher" as const, "lower" as const),
        fc.array(moderate, { minLength: 3, maxLength: 10 }),
        (value, end, polarity, values) => {
          const result = standardisedDistance(value, end, polarity, values);
          if (!result.ok) return result.error.kind === "missing-data";
          const reached = polarity === "higher" ? value >= end : value <= end;
          return result.value >= 0 && (result.value === 0) === reached;
        },
      ),
    );
  });
});
