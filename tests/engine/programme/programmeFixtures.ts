import { catalogue, CATALOGUE_VERSION, type PrincipleId } from "../../../src/engine/catalogue";
import type { PartnershipSummary } from "../../../src/engine/programme";
import { DEFAULT_SETTINGS } from "../../../src/engine/settings";

const noScores = (): Record<PrincipleId, number | null> =>
  Object.fromEntries(catalogue.principles.map((principle) => [principle.id, null])) as Record<
    PrincipleId,
    number | null
  >;

/** A summary with no principle scored unless given. */
export function summary(
  source: string,
  overrides: Partial<PartnershipSummary> & {
    scores?: Partial<Record<PrincipleId, number | null>>;
  } = {},
): PartnershipSummary {
  const { scores, ...rest } = overrides;
  return {
    source,
    name: `Partnership of ${source}`,
    cities: ["A", "B"],
    list: "simplified",
    worstValueMode: "fixed",
    catalogueVersion: CATALOGUE_VERSION,
    settings: DEFAULT_SETTINGS,
    principleScores: { ...noScores(), ...scores },
    alignment: null,
    respondents: 3,
    contestedItems: 0,
    dataCoverage: null,
    sdgIndices: [],
    sdgTrends: [],
    goals: [],
    objectives: [],
    goalRows: [],
    ...rest,
  };
}
