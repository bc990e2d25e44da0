// End to end in memory: the import's plan applied by the memory host, the workbook read back as
// scoring reads it.

import { scoreAssessment } from "../../../src/engine/assessment";
import { importAnswersCsv } from "../../../src/engine/intake";
import { readAssessment } from "../../../src/engine/read";
import { contractTables, lines, newAssessmentWorkbook } from "./intakeFixtures";

const FILE = lines(
  "Respondent;Item ID;Answer;Group;Organisation",
  "Cleo;TA1;4;civil society;Rabat Youth Forum",
  "Cleo;TA2;2;civil society;Rabat Youth Forum",
  "Dan;TA1;n/a;youth;",
  "Dan;TA2;5;youth;",
  "Ana;TA2;3;local government;Ville de Lyon",
  "Ben;TA2;?;;",
);

describe("an import applied by the memory host and read back", () => {
  it("gives the assessment the new respondents, their groups and every answer in its place", async () => {
    const workbook = await newAssessmentWorkbook();
    const { plan, report } = importAnswersCsv(await contractTables(workbook), FILE);
    expect(report.rejected).toEqual([]);
    await workbook.applyPlan(plan, { dialect: "portable", existingSheet: "fail" });

    const reading = readAssessment(await contractTables(workbook));
    expect(reading.problems.filter((problem) => problem.address.startsWith("Checklist") || problem.address.startsWith("Stakeholders"))).toEqual([]);
    const assessment = reading.assessment;
    expect(assessment?.respondents.map((respondent) => [respondent.name, respondent.organisation, respondent.group])).toEqual([
      ["Ana", "Ville de Lyon", "local government"],
      ["Ben", "Université Mohammed V", "academia"],
      ["Cleo", "Rabat Youth Forum", "civil society"],
      ["Dan", "", "youth"],
    ]);
    const answersOf = (itemId: string): readonly unknown[] | undefined => assessment?.checklist.find((row) => row.itemId === itemId)?.answers;
    expect(answersOf("TA1")).toEqual([null, null, 4, "n/a"]);
    expect(answersOf("TA2")).toEqual([3, "?", 2, 5]);
    expect(answersOf("TA3")).toEqual([null, null, null, null]);
  });

  it("scores the imported answers: TA2's item score is the mean of 3, 2 and 5", async () => {
    const workbook = await newAssessmentWorkbook();
    await workbook.applyPlan(importAnswersCsv(await contractTables(workbook), FILE).plan, { dialect: "portable", existingSheet: "fail" });
    const assessment = readAssessment(await contractTables(workbook)).assessment;
    if (assessment === null) throw new Error("the workbook no longer reads as an assessment");
    const scores = scoreAssessment(assessment);
    expect(scores.items.find((item) => item.itemId === "TA2")?.score).toBeCloseTo((3 + 2 + 5) / 3, 9);
    expect(scores.items.find((item) => item.itemId === "TA1")?.score).toBeCloseTo(4, 9);
  });
});
