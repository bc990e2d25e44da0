// The long-list workbook of the runner bench: 10 cities × 10 years on the long list, 20
// respondents (or another shape: the consolidate bench's partnerships are 2 × 5 × 6), every
// indicator value and answer filled from a seeded generator, written as a scored .xlsx the way
// `c2c` writes one (so `c2c score` re-scores a realistic file).

import { scoreAssessment } from "../src/engine/assessment";
import type { Assessment } from "../src/engine/model/types";
import {
  assessmentWorkbookPlan,
  newAssessment,
  resolveRelativeEnds,
  todayStamp,
} from "../src/engine/templates";
import { XlsxWorkbook } from "../tests/support/exceljsHost/xlsxWorkbook";
import { seededRandom } from "./harness";

export const CITIES = 10;
export const YEARS = 10;
export const RESPONDENTS = 20;

/** How many cities, years and respondents a generated partnership has. */
export interface LongListShape {
  readonly cities: number;
  readonly years: number;
  readonly respondents: number;
}

export const RUNNER_SHAPE: LongListShape = {
  cities: CITIES,
  years: YEARS,
  respondents: RESPONDENTS,
};

export function longListAssessment(seed: number, shape: LongListShape = RUNNER_SHAPE): Assessment {
  const random = seededRandom(seed);
  const empty = newAssessment({
    partnershipName: "Bench partnership (generated data)",
    cities: Array.from({ length: shape.cities }, (_, i) => `City ${i + 1}`),
    years: Array.from({ length: shape.years }, (_, i) => 2015 + i),
    list: "long",
    respondents: Array.from({ length: shape.respondents }, (_, i) => `Respondent ${i + 1}`),
  });
  const answers = ["1", "2", "3", "4", "5", "n/a", "?"];
  return resolveRelativeEnds({
    ...empty,
    indicators: empty.indicators.map((row) => {
      const low = Math.min(row.worst ?? 0, row.end ?? 100);
      const high = Math.max(row.worst ?? 0, row.end ?? 100);
      return { ...row, value: random() < 0.1 ? null : low + random() * (high - low) };
    }),
    checklist: empty.checklist.map((item) => ({
      ...item,
      answers: item.answers.map(() => {
        const answer = answers[Math.floor(random() * answers.length)] ?? "?";
        return /^\d$/.test(answer) ? Number(answer) : answer;
      }),
    })),
  });
}

export async function writeLongListWorkbook(
  path: string,
  seed: number,
  shape: LongListShape = RUNNER_SHAPE,
): Promise<void> {
  const assessment = longListAssessment(seed, shape);
  const workbook = XlsxWorkbook.create();
  await workbook.applyPlan(
    assessmentWorkbookPlan(assessment, scoreAssessment(assessment), todayStamp()),
    {
      dialect: "portable",
      existingSheet: "fail",
    },
  );
  await workbook.save(path, { overwrite: true });
}
