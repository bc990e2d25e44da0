// End to end in memory: the import's plan applied by the memory host, the workbook read back as
// scoring reads it.

import { scoreAssessment } from "../../../src/engine/assessment";
import { importAnswersCsv } from "../../../src/engine/importAnswers";
import { readAssessment } from "../../../src/engine/read";
import type { MemoryWorkbook } from "../../../src/host/memory/memoryWorkbook";
import { contractTables, lines, newAssessmentWorkbook } from "./importAnswersFixtures";

async function imported(csv: string): Promise<MemoryWorkbook> {
  const workbook = await newAssessmentWorkbook();
  const { plan, report } = importAnswersCsv(await contractTables(workbook), csv);
  expect(report.rejected).toEqual([]);
  await workbook.applyPlan(plan, { dialect: "portable", existingSheet: "fail" });
  return workbook;
}

async function assessmentOf(workbook: MemoryWorkbook) {
  const reading = readAssessment(await contractTables(workbook));
  expect(
    reading.problems.filter((problem) => /^(Checklist|Stakeholders)!/.test(problem.address)),
  ).toEqual([]);
  if (reading.assessment === null) throw new Error("the workbook no longer reads as an assessment");
  return reading.assessment;
}

const answersOf = (
  assessment: Awaited<ReturnType<typeof assessmentOf>>,
  itemId: string,
): readonly unknown[] | undefined =>
  assessment.checklist.find((row) => row.itemId === itemId)?.answers;

describe("an import applied by the memory host and read back", () => {
  const ONE_NEW = lines(
    "Respondent;Item ID;Answer;Group;Organisation",
    "Cleo;TA1;4;civil society;Rabat Youth Forum",
    "Cleo;TA2;2;civil society;Rabat Youth Forum",
    "Ana;TA2;3;local government;Ville de Lyon",
    "Ben;TA1;n/a;;",
    "Ben;TA2;?;;",
  );

  it("gives the assessment the new respondent, the register's groups and every answer in its place", async () => {
    const assessment = await assessmentOf(await imported(ONE_NEW));
    expect(
      assessment.respondents.map((respondent) => [
        respondent.name,
        respondent.organisation,
        respondent.group,
      ]),
    ).toEqual([
      ["Ana", "Ville de Lyon", "local government"],
      ["Ben", "Université Mohammed V", "academia"],
      ["Cleo", "Rabat Youth Forum", "civil society"],
    ]);
    expect(answersOf(assessment, "TA1")).toEqual([null, "n/a", 4]);
    expect(answersOf(assessment, "TA2")).toEqual([3, "?", 2]);
    expect(answersOf(assessment, "TA3")).toEqual([null, null, null]);
  });

  it("scores the imported answers: TA2's item score is the mean of 3 and 2", async () => {
    const scores = scoreAssessment(await assessmentOf(await imported(ONE_NEW)));
    expect(scores.items.find((item) => item.itemId === "TA2")?.score).toBeCloseTo((3 + 2) / 2, 9);
    expect(scores.items.find((item) => item.itemId === "TA1")?.score).toBeCloseTo(4, 9);
  });

  // The templates put the principle subtotals two columns right of the Checklist table, so a
  // second new column reaches them: the table must still grow (its rows' cells shifting right, as
  // Excel's own table column insert shifts them).
  it("adds several new respondents to a checklist with the templates' principle subtotals beside it", async () => {
    const assessment = await assessmentOf(
      await imported(
        lines(
          "Respondent,Item ID,Answer,Group",
          "Cleo,TA2,2,civil society",
          "Dan,TA2,5,youth",
          "Eve,TA2,n/a,academia",
          "Ana,TA2,3,",
        ),
      ),
    );
    expect(assessment.respondents.map((respondent) => [respondent.name, respondent.group])).toEqual(
      [
        ["Ana", null],
        ["Ben", "academia"],
        ["Cleo", "civil society"],
        ["Dan", "youth"],
        ["Eve", "academia"],
      ],
    );
    expect(answersOf(assessment, "TA2")).toEqual([3, null, 2, 5, "n/a"]);
    expect(
      scoreAssessment(assessment).items.find((item) => item.itemId === "TA2")?.score,
    ).toBeCloseTo((3 + 2 + 5) / 3, 9);
  });
});
