import { NA, shown, type ArgumentCell } from "./customFunctionsRuntime";
import fc from "fast-check";
import { coverage, goalIndex, principleScore } from "../../src/functions/functions";

// Properties the framework states in words: an error cell in an aggregate's range is a gap like
// a blank (it never fails the aggregate), and the checklist functions do not depend on row order.

const scoreOrGap = fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.constant<null>(null));

describe("aggregates over ranges with error cells", () => {
  it("GOALINDEX and COVERAGE read an error cell as they read a blank", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(scoreOrGap, fc.boolean()), { minLength: 1, maxLength: 30 }),
        (rows) => {
          const withBlanks: ArgumentCell[][] = rows.map(([score]) => [score]);
          const withErrors: ArgumentCell[][] = rows.map(([score, asError]) => [
            score === null && asError ? NA : score,
          ]);
          const goals: ArgumentCell[][] = rows.map(() => [6]);
          expect(shown(goalIndex(withErrors, goals, 6))).toEqual(
            shown(goalIndex(withBlanks, goals, 6)),
          );
          expect(shown(coverage(withErrors))).toEqual(shown(coverage(withBlanks)));
        },
      ),
    );
  });
});

describe("PRINCIPLE reads the whole checklist", () => {
  const itemScore = fc.oneof(
    fc.integer({ min: 1, max: 5 }),
    fc.constant<ArgumentCell>("n/a"),
    fc.constant<ArgumentCell>(NA),
    fc.constant<ArgumentCell>(null),
  );
  const principle = fc.constantFrom("TA", "MLG", "DIG");

  it("gives the same result whatever the order of the rows", () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.tuple(itemScore, principle), { minLength: 1, maxLength: 25 })
          .chain((rows) =>
            fc.tuple(
              fc.constant(rows),
              fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }),
            ),
          ),
        ([rows, shuffled]) => {
          const scores = (list: typeof rows): ArgumentCell[][] => list.map(([score]) => [score]);
          const principles = (list: typeof rows): ArgumentCell[][] => list.map(([, id]) => [id]);
          const before = shown(principleScore(scores(rows), principles(rows), "TA"));
          const after = shown(principleScore(scores(shuffled), principles(shuffled), "TA"));
          if (typeof before === "number") expect(after).toBeCloseTo(before, 9);
          else expect(after).toEqual(before);
        },
      ),
    );
  });
});
