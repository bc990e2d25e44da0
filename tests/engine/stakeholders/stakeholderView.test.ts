// The stakeholder view on small partnerships whose numbers are worked out by hand below.
import { scoreAssessment } from "../../../src/engine/assessment";
import type { CellValue } from "../../../src/engine/cells";
import type { Assessment, Respondent, StakeholderGroup } from "../../../src/engine/model/types";
import { stakeholderView } from "../../../src/engine/stakeholders";
import { action, assessmentWith, item } from "../assessment/builders";

const TOLERANCE = 9;

function people(groups: readonly (StakeholderGroup | null)[]): Respondent[] {
  return groups.map((group, i) => ({
    name: `Person ${i + 1}`,
    organisation: `Org ${i + 1}`,
    group,
    city: "Nakuru",
    role: "",
  }));
}

function viewOf(assessment: Assessment): ReturnType<typeof stakeholderView> {
  return stakeholderView(assessment, scoreAssessment(assessment));
}

/**
 * Six respondents A–F: A, B, C local government; D, E civil society; F youth.
 *
 *   item   A  B  C   D  E    F     local gov.   merged (D, E, F)   all
 *   TA1    5  4  3   1  2    1     4            4/3                16/6, spread 4 (contested)
 *   TA2    4  4  4   2  n/a  2     4            2                  16/5
 *   MLG1   3  3  ?   5  5    5     3            5                  24/5
 *   URL1   –  –  –   1  –    5     (none)       3                  3, spread 4 from two answers
 *
 * Local government: TA = (4 + 4) / 2 = 4 (Advanced), MLG = 3 (Established), URL unanswered;
 * alignment = (4 + 3) / 2 = 3.5. Merged: TA = (4/3 + 2) / 2 = 5/3 (Weak), MLG = 5, URL = 3;
 * alignment = (5/3 + 5 + 3) / 3 = 29/9.
 */
function sixRespondents(): Assessment {
  const rows: [string, string, CellValue[]][] = [
    ["TA", "TA1", [5, 4, 3, 1, 2, 1]],
    ["TA", "TA2", [4, 4, 4, 2, "n/a", 2]],
    ["MLG", "MLG1", [3, 3, "?", 5, 5, 5]],
    ["URL", "URL1", [null, null, null, 1, null, 5]],
  ];
  return assessmentWith({
    respondents: people([
      "local government",
      "local government",
      "local government",
      "civil society",
      "civil society",
      "youth",
    ]),
    checklist: rows.map(([principle, id, answers]) => item(principle as "TA", id, answers)),
    actions: [action("done", true), action("planned", false), action("planned", null)],
  });
}

describe("stakeholderView on six respondents worked out by hand", () => {
  const view = viewOf(sixRespondents());

  it("counts respondents per group and names the missing groups", () => {
    expect(view.representation.groups.map((entry) => [entry.group, entry.respondents])).toEqual([
      ["local government", 3],
      ["regional government", 0],
      ["national government", 0],
      ["civil society", 2],
      ["academia", 0],
      ["youth", 1],
      ["private sector", 0],
      ["donor or financial institution", 0],
    ]);
    expect(view.representation.missing).toEqual([
      "regional government",
      "national government",
      "academia",
      "private sector",
      "donor or financial institution",
    ]);
    expect([view.representation.withoutGroup, view.representation.respondents]).toEqual([0, 6]);
  });

  it("scores local government on its own and merges civil society (2) with youth (1)", () => {
    expect(view.groups.map((entry) => [entry.group, entry.members, entry.respondents])).toEqual([
      ["local government", ["local government"], 3],
      ["merged", ["civil society", "youth"], 3],
    ]);
    const [local, merged] = view.groups;
    const score = (entry: typeof local, principle: string): number | null =>
      entry?.principles.find((row) => row.principle === principle)?.score ?? null;
    expect(score(local, "TA")).toBeCloseTo(4, TOLERANCE);
    expect(score(local, "MLG")).toBeCloseTo(3, TOLERANCE);
    expect(score(local, "URL")).toBeNull();
    expect(local?.alignment).toBeCloseTo(3.5, TOLERANCE);
    expect(local?.principles.find((row) => row.principle === "TA")?.band).toBe("Advanced");
    expect(score(merged, "TA")).toBeCloseTo(5 / 3, TOLERANCE);
    expect(score(merged, "MLG")).toBeCloseTo(5, TOLERANCE);
    expect(score(merged, "URL")).toBeCloseTo(3, TOLERANCE);
    expect(merged?.alignment).toBeCloseTo(29 / 9, TOLERANCE);
    expect(merged?.principles.find((row) => row.principle === "TA")?.band).toBe("Weak");
    expect(local?.principles).toHaveLength(10);
  });

  it("lists the contested item with enough answers, with its answer counts, and withholds the one with two", () => {
    expect(view.contested).toHaveLength(1);
    const [contested] = view.contested;
    expect(contested).toMatchObject({
      principle: "TA",
      itemId: "TA1",
      item: "TA1",
      spread: 4,
      answerCounts: [2, 1, 1, 1, 1],
    });
    expect(contested?.score).toBeCloseTo(16 / 6, TOLERANCE);
  });

  it("takes the share of actions addressing stakeholder input from the action plan: 1 of the 2 marked y or n", () => {
    expect(view.actionsAddressingInput).toEqual({ addressed: 1, answered: 2, share: 0.5 });
  });

  it("says what was merged, what is missing and what is withheld", () => {
    expect(view.minimumGroupSize).toBe(3);
    expect(view.notes).toEqual([
      "No respondent from: regional government, national government, academia, private sector and donor or financial institution.",
      "Civil society (2) and youth (1) were merged: each has fewer than 3 respondents, the minimum for results of their own; merged they have 3.",
      "1 contested item has fewer than 3 answers from 1 to 5 and is not listed.",
    ]);
  });
});

describe("stakeholderView: merges and what is left out", () => {
  const withGroups = (
    groups: readonly (StakeholderGroup | null)[],
    settings?: { minimumGroupSize: number },
  ): ReturnType<typeof stakeholderView> =>
    viewOf(
      assessmentWith({
        respondents: people(groups),
        checklist: [
          item(
            "TA",
            "TA1",
            groups.map((_, i) => (i % 5) + 1),
          ),
        ],
        ...(settings === undefined ? {} : { settings }),
      }),
    );

  it("a pool still below the minimum takes in the smallest shown group, so the overall minus the groups shown cannot give it back", () => {
    const view = withGroups([
      "local government",
      "local government",
      "local government",
      "local government",
      "academia",
      "academia",
      "academia",
      "youth",
    ]);
    expect(view.groups.map((entry) => [entry.group, entry.members, entry.respondents])).toEqual([
      ["local government", ["local government"], 4],
      ["merged", ["academia", "youth"], 4],
    ]);
    expect(view.notes).toContain(
      "Youth (1) has fewer than 3 respondents; academia (3) was merged with it, so that its results cannot be worked out from the overall scores minus the groups shown; merged they have 4.",
    );
  });

  it("with one shown group and a pool of one, the merged entry is everyone", () => {
    const view = withGroups(["local government", "local government", "local government", null]);
    expect(view.groups.map((entry) => [entry.group, entry.members, entry.respondents])).toEqual([
      ["merged", ["local government", "no group"], 4],
    ]);
    expect(view.representation.withoutGroup).toBe(1);
  });

  it("a pool below the minimum with no group to join is left out, and the notes say so", () => {
    const view = withGroups(["youth", null]);
    expect(view.groups).toEqual([]);
    expect(view.notes).toContain(
      "Youth (1) and respondents without a group (1) have 2 respondents together, fewer than 3: no results per stakeholder group are shown (their answers count in the overall scores).",
    );
  });

  it("respondents without a group reaching the minimum are shown together as merged", () => {
    const view = withGroups([null, null, null]);
    expect(view.groups.map((entry) => [entry.group, entry.members, entry.respondents])).toEqual([
      ["merged", ["no group"], 3],
    ]);
    expect(view.notes).toContain('Respondents without a group (3) are shown together as "merged".');
  });

  it("follows the Minimum group size setting: with 2, civil society (2) has results of its own", () => {
    const view = withGroups(["civil society", "civil society", "youth", "youth", "youth"], {
      minimumGroupSize: 2,
    });
    expect(view.groups.map((entry) => entry.group)).toEqual(["civil society", "youth"]);
    expect(view.minimumGroupSize).toBe(2);
    expect(view.notes.filter((note) => note.includes("merged"))).toEqual([]);
  });

  it("without respondents there is nothing per group, and the note says why", () => {
    const view = viewOf(assessmentWith({}));
    expect(view.groups).toEqual([]);
    expect(view.representation.respondents).toBe(0);
    expect(view.notes).toEqual(["There are no respondents yet: no results per stakeholder group."]);
    expect(view.actionsAddressingInput).toEqual({ addressed: 0, answered: 0, share: null });
  });
});
