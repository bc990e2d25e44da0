// Properties of the stakeholder view over random partnerships: random groups (some blank), random
// answers (1–5, n/a, ?, blank) and a random minimum group size.
import fc from "fast-check";
import { scoreAssessment } from "../../../src/engine/assessment";
import { catalogue } from "../../../src/engine/catalogue";
import type { CellValue } from "../../../src/engine/cells";
import {
  STAKEHOLDER_GROUPS,
  type Assessment,
  type StakeholderGroup,
} from "../../../src/engine/model/types";
import { stakeholderView } from "../../../src/engine/stakeholders";
import { assessmentWith, item } from "../assessment/builders";

const TOLERANCE = 1e-9;
const ITEMS = catalogue.items.slice(0, 20);
const answerArbitrary: fc.Arbitrary<CellValue> = fc.oneof(
  fc.integer({ min: 1, max: 5 }),
  fc.constantFrom<CellValue>("n/a", "?", null),
);
const groupArbitrary = fc.option(fc.constantFrom<StakeholderGroup>(...STAKEHOLDER_GROUPS), {
  nil: null,
  freq: 4,
});

function partnership(
  groups: readonly (StakeholderGroup | null)[],
  answers: readonly (readonly CellValue[])[],
  minimumGroupSize: number,
): Assessment {
  return assessmentWith({
    respondents: groups.map((group, i) => ({
      name: `R${i + 1}`,
      organisation: "",
      group,
      city: "",
      role: "",
    })),
    checklist: ITEMS.map((entry, row) =>
      item(
        entry.principle,
        entry.id,
        groups.map((_, column) => answers[column]?.[row] ?? null),
      ),
    ),
    settings: { minimumGroupSize },
  });
}

const partnershipArbitrary = fc
  .record({
    groups: fc.array(groupArbitrary, { maxLength: 14 }),
    minimumGroupSize: fc.integer({ min: 1, max: 5 }),
  })
  .chain(({ groups, minimumGroupSize }) =>
    fc
      .array(fc.array(answerArbitrary, { minLength: ITEMS.length, maxLength: ITEMS.length }), {
        minLength: groups.length,
        maxLength: groups.length,
      })
      .map((answers) => ({
        groups,
        minimumGroupSize,
        answers,
      })),
  );

describe("stakeholderView properties", () => {
  it("the representation counts sum to the respondents; no shown group is below the minimum; the shown groups cover everyone or nobody", () => {
    fc.assert(
      fc.property(partnershipArbitrary, ({ groups, minimumGroupSize, answers }) => {
        const view = stakeholderView(
          partnership(groups, answers, minimumGroupSize),
          scoreAssessment(partnership(groups, answers, minimumGroupSize)),
        );
        const counted =
          view.representation.groups.reduce((sum, entry) => sum + entry.respondents, 0) +
          view.representation.withoutGroup;
        expect(counted).toBe(groups.length);
        expect(view.representation.respondents).toBe(groups.length);
        for (const shown of view.groups)
          expect(shown.respondents).toBeGreaterThanOrEqual(minimumGroupSize);
        // Whatever is shown adds up to all respondents, so no group's scores follow from the overall minus the others.
        const shownTotal = view.groups.reduce((sum, entry) => sum + entry.respondents, 0);
        expect(shownTotal).toBe(groups.length >= minimumGroupSize ? groups.length : 0);
        const members = view.groups.flatMap((entry) => entry.members);
        expect(new Set(members).size).toBe(members.length);
        for (const contested of view.contested) {
          expect(
            contested.answerCounts.reduce((sum, count) => sum + count, 0),
          ).toBeGreaterThanOrEqual(minimumGroupSize);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("with every respondent in one group of at least the minimum, that group's principle scores and alignment are the assessment's", () => {
    const oneGroup = fc.record({
      group: fc.constantFrom<StakeholderGroup>(...STAKEHOLDER_GROUPS),
      minimumGroupSize: fc.integer({ min: 1, max: 4 }),
      extra: fc.integer({ min: 0, max: 6 }),
    });
    fc.assert(
      fc.property(
        oneGroup.chain(({ group, minimumGroupSize, extra }) =>
          fc
            .array(
              fc.array(answerArbitrary, { minLength: ITEMS.length, maxLength: ITEMS.length }),
              { minLength: minimumGroupSize + extra, maxLength: minimumGroupSize + extra },
            )
            .map((answers) => ({ group, minimumGroupSize, answers })),
        ),
        ({ group, minimumGroupSize, answers }) => {
          const assessment = partnership(
            answers.map(() => group),
            answers,
            minimumGroupSize,
          );
          const scores = scoreAssessment(assessment);
          const view = stakeholderView(assessment, scores);
          expect(view.groups.map((entry) => entry.group)).toEqual([group]);
          const [only] = view.groups;
          scores.principles.forEach((principle, index) => {
            const score = only?.principles[index];
            expect(score?.principle).toBe(principle.principle);
            if (principle.score === null) expect(score?.score).toBeNull();
            else
              expect(Math.abs((score?.score ?? Number.NaN) - principle.score)).toBeLessThan(
                TOLERANCE,
              );
            expect(score?.band).toBe(principle.band);
          });
          if (scores.alignment.score === null) expect(only?.alignment).toBeNull();
          else
            expect(Math.abs((only?.alignment ?? Number.NaN) - scores.alignment.score)).toBeLessThan(
              TOLERANCE,
            );
        },
      ),
      { numRuns: 100 },
    );
  });
});
