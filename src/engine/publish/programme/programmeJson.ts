// `c2c report programme.xlsx --json`: both components across the programme — per principle and for
// alignment the distribution and band shares; per goal, EC objective and the overall SDG index the
// distribution over the counted cities, low coverage and no data counted apart, band and trend
// shares, data coverage — and each partnership's principle scores with its cities' goal and
// objective indices; and the six DAC criteria (`dacCriteria`, named as the partnership report's
// `scores.dacCriteria`): per criterion the programme lens's sources and the distribution over the
// partnerships with a score, and each partnership's score. Figures the workbook's tables cannot
// give are left out and said so in `notes`.

import { catalogueWording } from "../../catalogue/texts";
import type { Language } from "../../language";
import { problemMessage } from "../../language/problemTexts";
import type { Programme } from "../../programme/types";
import type { Problem } from "../../model/types";
import { reportNote } from "./reportNotes";

export interface ProgrammeReportInput {
  readonly programme: Programme;
  readonly source: string;
  readonly product: string;
  readonly generatedAt: string;
  readonly notes: readonly string[];
  readonly problems: readonly Problem[];
  /** false when read back from a programme workbook without each city's overall trend: no overall trend shares. */
  readonly overallTrends: boolean;
  /**
   * The language of the words for people: the page, and the JSON's names, notes and problem
   * messages (its keys, ids and tokens stay as they are in every language).
   */
  readonly language: Language;
}

export function programmeJson(input: ProgrammeReportInput): string {
  const { programme, overallTrends, language } = input;
  const report = {
    kind: "programme",
    provenance: {
      source: input.source,
      product: input.product,
      generatedAt: input.generatedAt,
      catalogueVersion: programme.catalogueVersion,
      list: programme.list,
      worstValueMode: programme.worstValueMode,
      coverageThreshold: programme.settings.coverageThreshold,
      principleBandLimits: programme.settings.principleBandLimits,
      sdgBandLimits: programme.settings.sdgBandLimits,
      dacLens: programme.settings.dacLens,
    },
    language,
    principles: programme.principles.map((entry) => ({
      ...entry,
      name: catalogueWording(language, "principleNames", entry.principle, entry.name),
    })),
    alignment: programme.alignment,
    goals: programme.goals.map((goal) => ({
      ...goal,
      name: catalogueWording(language, "goalNames", String(goal.goal), goal.name),
    })),
    objectives: programme.objectives.map((objective) => ({
      ...objective,
      name: catalogueWording(language, "objectiveNames", objective.objective, objective.name),
    })),
    overall: overallTrends ? programme.overall : { ...programme.overall, trendShares: null },
    dacCriteria: programme.dacCriteria.map((criterion) => ({
      criterion: criterion.criterion,
      name: catalogueWording(language, "dacCriteria", criterion.criterion, criterion.name),
      sources: criterion.sources,
      distribution: criterion.distribution,
      partnershipsWithoutScore: criterion.partnershipsWithoutScore,
    })),
    partnerships: programme.partnerships.map((partnership, index) => ({
      source: partnership.source,
      name: partnership.name,
      cities: partnership.cities,
      respondents: partnership.respondents,
      principleScores: partnership.principleScores,
      alignment: partnership.alignment,
      contestedItems: partnership.contestedItems,
      dataCoverage: partnership.dataCoverage,
      sdgIndices: partnership.sdgIndices,
      goals: partnership.goals,
      objectives: partnership.objectives,
      dacCriteria: programme.dacCriteria.map((criterion) => ({
        criterion: criterion.criterion,
        score: criterion.partnerships[index]?.score ?? null,
      })),
    })),
    notes: input.notes.map((note) => reportNote(language, note)),
    problems: input.problems.map((problem) => ({
      severity: problem.severity,
      address: problem.address,
      message: problemMessage(language, problem),
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
