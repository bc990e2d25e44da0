// The small, fixed inputs the golden plan files are made from: a new two-city assessment, and the
// same assessment with a few answers, values and actions typed in, scored.

import { scoreAssessment } from "../../../src/engine/assessment";
import type { Assessment } from "../../../src/engine/model/types";
import {
  assessmentWorkbookPlan,
  newAssessment,
  newAssessmentPlan,
  resolveRelativeEnds,
  type NewAssessmentOptions,
} from "../../../src/engine/templates";
import type { WorkbookPlan } from "../../../src/engine/plan/types";

export const GOLDEN_STAMP = { generatedOn: "2026-01-15" };

export const GOLDEN_OPTIONS: NewAssessmentOptions = {
  partnershipName: "Nakuru–Malmö",
  cities: ["Nakuru", "Malmö"],
  countries: ["Kenya", "Sweden"],
  years: [2023, 2024],
  list: "simplified",
  respondents: [
    {
      name: "Amina",
      organisation: "County of Nakuru",
      group: "local government",
      city: "Nakuru",
      role: "focal point",
    },
    {
      name: "Erik",
      organisation: "City of Malmö",
      group: "local government",
      city: "Malmö",
      role: "coordinator",
    },
  ],
  stamp: GOLDEN_STAMP,
};

export function goldenNewPlan(): WorkbookPlan {
  return newAssessmentPlan(GOLDEN_OPTIONS);
}

/** The new assessment with answers (1–5, n/a, ?), values for two indicators and two actions. */
export function goldenFilledAssessment(): Assessment {
  const empty = newAssessment(GOLDEN_OPTIONS);
  const answers: readonly (readonly (number | string | null)[])[] = [
    [4, 5],
    [3, 1],
    ["n/a", "n/a"],
    ["?", 2],
  ];
  return {
    ...empty,
    checklist: empty.checklist.map((item, index) => ({
      ...item,
      answers: answers[index % answers.length] ?? [null, null],
    })),
    indicators: empty.indicators.map((row) => {
      if (row.code === "11.6.2")
        return { ...row, value: row.city === "Nakuru" ? (row.year === 2023 ? 35 : 30) : 10 };
      if (row.code === "1.2.1")
        return { ...row, value: row.year === 2023 ? 40 : 36, disaggregated: true };
      return row;
    }),
    actions: [
      {
        id: "A1",
        action: "Joint air-quality monitoring",
        target: "SDG 11",
        owner: "Nakuru environment office",
        due: "2025-06",
        status: "in progress",
        stakeholderInputAddressed: true,
        evidence: "",
        row: 0,
      },
      {
        id: "A2",
        action: "Participatory budgeting pilot",
        target: "STK",
        owner: "Malmö city office",
        due: "2025-12",
        status: "planned",
        stakeholderInputAddressed: false,
        evidence: "",
        row: 0,
      },
    ],
  };
}

export function goldenScoredPlan(): WorkbookPlan {
  const assessment = resolveRelativeEnds(goldenFilledAssessment());
  return assessmentWorkbookPlan(assessment, scoreAssessment(assessment), GOLDEN_STAMP);
}
