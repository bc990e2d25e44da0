// The partnerships of a programme side by side: their principle scores and alignment (as each
// partnership's own checklist gives them), and an SDG index per partnership — the mean of its
// cities' overall indices, each in the city's latest year — with the gap to the best partnership and
// who can learn from whom. Goals are not compared: a partnership has one index per city, not one per goal.

import { catalogue } from "../catalogue";
import type { CityIndex, PartnershipSummary } from "../programme/types";
import type { Result } from "../result";
import { DEFAULT_SETTINGS } from "../settings";
import { mean } from "../stats";
import { buildComparison, type BandSettings, type RowScores } from "./buildComparison";
import { joinedList } from "./sentences";
import type { Comparison } from "./types";
import type { ComparisonNote } from "./notes";

/** What a comparison needs of a partnership: a PartnershipSummary has it, and so does a row of C2C_Programme. */
export type PartnershipFigures = Pick<
  PartnershipSummary,
  "source" | "name" | "principleScores" | "alignment" | "sdgIndices"
>;

export const PARTNERSHIP_SDG_INDEX_NOTE =
  "A partnership's SDG index is the mean of its cities' overall SDG indices, each in the city's latest year.";

export interface PartnershipComparisonOptions {
  /**
   * The band limits the scores are banded with; by default the first partnership's own settings
   * when it has them (a PartnershipSummary), else the framework's defaults.
   */
  readonly settings?: BandSettings;
  /** Sentences about where the figures come from, added to the comparison's notes. */
  readonly notes?: readonly string[];
}

export function comparePartnerships(
  units: readonly (PartnershipFigures | PartnershipSummary)[],
  options: PartnershipComparisonOptions = {},
): Result<Comparison> {
  const first = units[0];
  const limits =
    options.settings ??
    (first !== undefined && "settings" in first ? first.settings : DEFAULT_SETTINGS);
  const rows: RowScores[] = [
    ...catalogue.principles.map((principle): RowScores => ({
      kind: "principle",
      id: principle.id,
      name: principle.name,
      scores: units.map((unit) => unit.principleScores[principle.id]),
    })),
    {
      kind: "alignment",
      id: "Alignment",
      name: "Alignment with the G20 principles",
      scores: units.map((unit) => unit.alignment),
    },
    {
      kind: "sdg-index",
      id: "SDG index",
      name: "Overall SDG index (mean of the cities)",
      scores: units.map((unit) => partnershipIndex(unit.sdgIndices)),
    },
  ];
  return buildComparison({
    kind: "partnerships",
    units: units.map((unit) => ({ name: unit.name, detail: unit.source })),
    rows,
    settings: limits,
    owner: "the programme",
    notes: [PARTNERSHIP_SDG_INDEX_NOTE, ...(options.notes ?? []), ...limitNotes(units, limits)].map(
      (text): ComparisonNote => ({ kind: "text", text }),
    ),
  });
}

/** The mean of the cities' latest overall indices that exist; null when no city has one. */
export function partnershipIndex(cities: readonly CityIndex[]): number | null {
  const indices = cities.flatMap((city) => (city.index === null ? [] : [city.index]));
  return indices.length === 0 ? null : mean(indices);
}

// Partnerships scored with other band limits would be banded here with the first one's; say so
// rather than show a band a partnership's own Scoreboard does not.
function limitNotes(
  units: readonly (PartnershipFigures | PartnershipSummary)[],
  limits: BandSettings,
): string[] {
  const differing = units
    .filter((unit) => "settings" in unit && !sameLimits(unit.settings, limits))
    .map((unit) => unit.name);
  if (differing.length === 0) return [];
  return [
    `${joinedList(differing)} ${differing.length === 1 ? "uses" : "use"} other band limits in ${differing.length === 1 ? "its" : "their"} own workbook; here every partnership is banded with the same limits.`,
  ];
}

function sameLimits(a: BandSettings, b: BandSettings): boolean {
  const limits = (settings: BandSettings): number[] => {
    const principle = settings.principleBandLimits;
    const sdg = settings.sdgBandLimits;
    return [
      principle.developing,
      principle.established,
      principle.advanced,
      sdg.significantChallenges,
      sdg.challengesRemain,
      sdg.achieved,
    ];
  };
  const other = limits(b);
  return limits(a).every((limit, index) => limit === other[index]);
}
