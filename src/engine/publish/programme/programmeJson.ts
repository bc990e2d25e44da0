// `c2c report programme.xlsx --json`: both components across the programme — per principle and for
// alignment the distribution and band shares; per goal, EC objective and the overall SDG index the
// distribution over the counted cities, low coverage and no data counted apart, band and trend
// shares, data coverage — and each partnership's principle scores with its cities' goal and
// objective indices. Figures the workbook's tables cannot give are left out and said so in `notes`.

import type { Programme } from "../../programme/types";
import type { Problem } from "../../model/types";

export interface ProgrammeReportInput {
  readonly programme: Programme;
  readonly source: string;
  readonly product: string;
  readonly generatedAt: string;
  readonly notes: readonly string[];
  readonly problems: readonly Problem[];
  /** Read back from a programme workbook: no overall trend shares, no data coverage per goal. */
  readonly readBack: boolean;
}

export function programmeJson(input: ProgrammeReportInput): string {
  const { programme, readBack } = input;
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
    },
    principles: programme.principles,
    alignment: programme.alignment,
    goals: programme.goals.map((goal) => (readBack ? { ...goal, dataCoverage: null } : goal)),
    objectives: programme.objectives,
    overall: readBack ? { ...programme.overall, trendShares: null } : programme.overall,
    // The DAC criteria across the programme go here, beside the two components.
    partnerships: programme.partnerships.map((partnership) => ({
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
