// `c2c report programme.xlsx --json`: both components across the programme — per principle and for
// alignment the distribution and band shares; per goal, EC objective and the overall SDG index the
// distribution over the counted cities, low coverage and no data counted apart, band and trend
// shares, data coverage — and each partnership's principle scores with its cities' goal and
// objective indices; and the six DAC criteria (`dacCriteria`, named as the partnership report's
// `scores.dacCriteria`): per criterion the programme lens's sources and the distribution over the
// partnerships with a score, and each partnership's score. Figures the workbook's tables cannot
// give are left out and said so in `notes`.

import type { Programme } from "../../programme/types";
import type { Problem } from "../../model/types";

export interface ProgrammeReportInput {
  readonly programme: Programme;
  readonly source: string;
  readonly product: string;
  readonly generatedAt: string;
  readonly notes: readonly string[];
  readonly problems: readonly Problem[];
  /** false when read back from a programme workbook without each city's overall trend: no overall trend shares. */
  readonly overallTrends: boolean;
}

export function programmeJson(input: ProgrammeReportInput): string {
  const { programme, overallTrends } = input;
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
    principles: programme.principles,
    alignment: programme.alignment,
    goals: programme.goals,
    objectives: programme.objectives,
    overall: overallTrends ? programme.overall : { ...programme.overall, trendShares: null },
    dacCriteria: programme.dacCriteria.map((criterion) => ({
      criterion: criterion.criterion,
      name: criterion.name,
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
    notes: input.notes,
    problems: input.problems.map((problem) => ({
      severity: problem.severity,
      address: problem.address,
      message: problem.message,
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
