// `c2c report --csv`: the scoreboard's numbers as one tidy table, a row per measure, so they load
// into any statistics tool or spreadsheet. Principle scores are on 1–5 (with their 0–100 form
// beside), indices on 0–100; coverage is a share 0–1; missing numbers are empty fields. When the
// checklist has too few respondents (principlesWithheld), the principle and alignment rows keep
// their names and coverage but not their scores, and the note says why; so do the DAC criteria that
// rest on principles (their coverage is the share of their sources with a score).

import type { AssessmentScores } from "../../assessment/types";
import { catalogue, findGoal } from "../../catalogue";
import { englishText, type Phrase } from "../../language/problemTexts";
import { ACTION_STATUSES } from "../../model/types";
import { csvLine, DEFAULT_CSV_OPTIONS, type CsvField, type CsvOptions } from "../csv";
import { principlesWithheld } from "../principlesWithheld";
import { publishedDacCriteria } from "../publishedDacCriteria";

export const CSV_COLUMNS = [
  "section",
  "id",
  "name",
  "city",
  "year",
  "score",
  "out_of_100",
  "band",
  "coverage",
  "trend",
  "note",
] as const;

type CsvRow = Readonly<Partial<Record<(typeof CSV_COLUMNS)[number], CsvField>>>;

export function reportCsv(
  scores: AssessmentScores,
  options: CsvOptions = DEFAULT_CSV_OPTIONS,
): string {
  const withheld = principlesWithheld(scores);
  const numbers = (
    score: number | null,
    outOf100: number | null,
    band: string | null,
    note: Phrase | null,
  ): CsvRow =>
    withheld === null
      ? { score, out_of_100: outOf100, band, note: note === null ? null : englishText(note) }
      : { note: withheld };
  const rows: CsvRow[] = [
    ...scores.principles.map((principle) => ({
      section: "principle",
      id: principle.principle,
      name: principle.name,
      coverage:
        principle.itemsApplicable === 0
          ? null
          : principle.itemsAnswered / principle.itemsApplicable,
      ...numbers(principle.score, principle.scoreOutOf100, principle.band, principle.note),
    })),
    {
      section: "alignment",
      id: "ALIGNMENT",
      name: "Overall alignment with the G20 principles",
      ...numbers(
        scores.alignment.score,
        scores.alignment.scoreOutOf100,
        scores.alignment.band,
        scores.alignment.note,
      ),
    },
    ...scores.goalIndices.map((goal) => ({
      section: "goal",
      id: goal.goal,
      name: findGoal(goal.goal)?.name ?? `SDG ${goal.goal}`,
      city: goal.city,
      year: goal.year,
      score: goal.index,
      out_of_100: goal.index,
      band: goal.band,
      coverage: goal.coverage,
      trend: trendOf(scores, goal.city, goal.year, goal.goal),
    })),
    ...scores.objectiveIndices.map((objective) => ({
      section: "objective",
      id: objective.objective,
      name:
        catalogue.objectives.find((entry) => entry.id === objective.objective)?.name ??
        objective.objective,
      city: objective.city,
      year: objective.year,
      score: objective.index,
      out_of_100: objective.index,
      band: objective.band,
      coverage: objective.coverage,
    })),
    ...scores.overallIndices.map((overall) => ({
      section: "overall",
      id: "SDG",
      name: "Overall SDG index",
      city: overall.city,
      year: overall.year,
      score: overall.index,
      out_of_100: overall.index,
      band: overall.band,
      coverage: overall.goals === 0 ? null : overall.goalsWithIndex / overall.goals,
      trend: overallTrendOf(scores, overall.city, overall.year),
    })),
    // A DAC criterion is on 0–100 only; its note names the sources and their scores.
    ...publishedDacCriteria(scores).map((criterion) => ({
      section: "dac",
      id: criterion.criterion,
      name: criterion.name,
      score: criterion.score,
      out_of_100: criterion.score,
      coverage:
        criterion.suppressed === undefined
          ? criterion.used.length / criterion.sources.length
          : null,
      note:
        criterion.suppressed ??
        `sources: ${criterion.sources.map((entry) => `${entry.source} ${entry.score === null ? "no score" : String(entry.score)}`).join(", ")}`,
    })),
    {
      section: "data",
      id: "coverage",
      name: "Indicator rows with a value",
      score: scores.dataCoverage.withValue,
      coverage: scores.dataCoverage.share,
    },
    {
      section: "data",
      id: "disaggregation",
      name: "Values disaggregated (sex, age, disability, location)",
      score: scores.dataCoverage.disaggregated,
      coverage: scores.dataCoverage.disaggregationShare,
    },
    ...ACTION_STATUSES.map((status) => ({
      section: "actions",
      id: status,
      name: `Actions ${status}`,
      score: scores.actions.byStatus[status],
    })),
    {
      section: "actions",
      id: "stakeholder input",
      name: "Actions addressing stakeholder input",
      score: scores.actions.stakeholderInputAddressed,
      coverage: scores.actions.stakeholderInputShare,
    },
  ];
  return [CSV_COLUMNS, ...rows.map((row) => CSV_COLUMNS.map((column) => row[column] ?? null))]
    .map((fields) => csvLine(fields, options))
    .join("");
}

/** The trend class of a goal, on the row of the city's latest year (where the Scoreboard shows it). */
function trendOf(
  scores: AssessmentScores,
  city: string,
  year: number,
  goal: number,
): string | null {
  const table = scores.cities.find((entry) => entry.city === city);
  const row = table?.goals.find((entry) => entry.goal === goal && entry.latest.year === year);
  return row?.trend.trendClass ?? null;
}

function overallTrendOf(scores: AssessmentScores, city: string, year: number): string | null {
  const table = scores.cities.find((entry) => entry.city === city && entry.overall.year === year);
  return table?.overallTrend.trendClass ?? null;
}
