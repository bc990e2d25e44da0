// The side-by-side table from the units' scores, whatever the units are: the best score of each row
// and who reaches it, every unit's gap to it, bands, percentile ranks where at least three units have
// a score, and "who can learn from whom". compareCities and comparePartnerships gather the scores;
// this does the arithmetic once for both.

import { invalidInput, ok, type Result } from "../result";
import { principleBand, sdgBand, type PrincipleBand, type SdgBand } from "../scoring";
import type { ScoringSettings } from "../settings";
import { maximum } from "../stats";
import { PEER_STATISTICS_MINIMUM, percentileRanks } from "./percentiles";
import type {
  ComparedUnit,
  Comparison,
  ComparisonKind,
  ComparisonRow,
  LearningPair,
} from "./types";
import { checkUnitCount } from "./unitCount";
import { comparisonNoteText, type ComparisonNote } from "./notes";

export type BandSettings = Pick<ScoringSettings, "principleBandLimits" | "sdgBandLimits">;

/** A row before the comparison: its scores, one per unit (null without one). */
export interface RowScores {
  readonly kind: ComparisonRow["kind"];
  readonly id: string;
  readonly name: string;
  readonly scores: readonly (number | null)[];
}

export interface ComparisonInput {
  readonly kind: ComparisonKind;
  readonly units: readonly ComparedUnit[];
  /** In table order: principles, alignment, goals, SDG index. */
  readonly rows: readonly RowScores[];
  readonly settings: BandSettings;
  /** Notes about the data (privacy, coverage), after the one about peer statistics. */
  readonly notes: readonly ComparisonNote[];
  /** Where the units come from ("Lindhaven–Sokoni", "the programme"), for the unit-count message. */
  readonly owner: string;
}

export function buildComparison(input: ComparisonInput): Result<Comparison> {
  const count = checkUnitCount(input.units.length, input.kind, input.owner);
  if (count !== null) return count;
  const units = distinctNames(input.units);
  const rows: ComparisonRow[] = [];
  for (const row of input.rows) {
    const built = comparisonRow(row, units, input.settings);
    if (!built.ok) return built;
    rows.push(built.value);
  }
  const peerStatistics = units.length >= PEER_STATISTICS_MINIMUM;
  const notices = [...peerNotes(units.length, rows), ...input.notes];
  return ok({
    kind: input.kind,
    units,
    rows,
    learning: learningPairs(units, rows, input.settings),
    peerStatistics,
    notices,
    notes: notices.map((notice) => comparisonNoteText(notice)),
  });
}

function comparisonRow(
  row: RowScores,
  units: readonly ComparedUnit[],
  settings: BandSettings,
): Result<ComparisonRow> {
  const scale = row.kind === "principle" || row.kind === "alignment" ? "principle" : "sdg";
  if (row.scores.length !== units.length)
    return invalidInput(
      `the row ${row.id} has ${row.scores.length} scores for ${units.length} units`,
    );
  const bands: (PrincipleBand | SdgBand | null)[] = [];
  for (const [index, score] of row.scores.entries()) {
    if (score === null) {
      bands.push(null);
      continue;
    }
    const band =
      scale === "principle"
        ? principleBand(score, settings.principleBandLimits)
        : sdgBand(score, settings.sdgBandLimits);
    if (!band.ok)
      return invalidInput(
        `${units[index]?.name ?? `unit ${index + 1}`}, ${row.id}: ${band.error.message}`,
      );
    bands.push(band.value);
  }
  const scored = row.scores.filter((score): score is number => score !== null);
  const best = scored.length === 0 ? null : maximum(scored);
  return ok({
    kind: row.kind,
    id: row.id,
    name: row.name,
    scale,
    scores: [...row.scores],
    best,
    bestUnits: units
      .filter((_, index) => best !== null && row.scores[index] === best)
      .map((unit) => unit.name),
    gaps: row.scores.map((score) => (score === null || best === null ? null : best - score)),
    bands,
    percentiles: percentileRanks(row.scores),
  });
}

/** Weak: a principle below the "established" limit (Weak, Developing); a goal below "challenges remain" (Major, Significant challenges). */
export function isWeak(
  row: Pick<ComparisonRow, "kind" | "scale">,
  score: number,
  settings: BandSettings,
): boolean {
  if (row.kind !== "principle" && row.kind !== "goal") return false;
  return row.scale === "principle"
    ? score < settings.principleBandLimits.established
    : score < settings.sdgBandLimits.challengesRemain;
}

// For each unit, in unit order, and each of its weak principles and goals, in table order: the peer
// with the best score on the row (the first in unit order among ties), when it scores higher.
function learningPairs(
  units: readonly ComparedUnit[],
  rows: readonly ComparisonRow[],
  settings: BandSettings,
): LearningPair[] {
  const pairs: LearningPair[] = [];
  units.forEach((unit, learnerIndex) => {
    for (const row of rows) {
      if (row.kind !== "principle" && row.kind !== "goal") continue;
      const learnerScore = row.scores[learnerIndex];
      const learnerBand = row.bands[learnerIndex];
      if (
        learnerScore === null ||
        learnerScore === undefined ||
        learnerBand === null ||
        learnerBand === undefined ||
        !isWeak(row, learnerScore, settings)
      )
        continue;
      const peerIndex = row.best === null ? -1 : row.scores.indexOf(row.best);
      const peerScore = row.scores[peerIndex];
      const peerBand = row.bands[peerIndex];
      const peer = units[peerIndex];
      if (
        peer === undefined ||
        peerScore === null ||
        peerScore === undefined ||
        peerBand === null ||
        peerBand === undefined ||
        peerScore <= learnerScore
      )
        continue;
      pairs.push({
        learner: unit.name,
        rowKind: row.kind,
        id: row.id,
        name: row.name,
        learnerScore,
        learnerBand,
        peer: peer.name,
        peerScore,
        peerBand,
        gap: peerScore - learnerScore,
      });
    }
  });
  return pairs;
}

function peerNotes(unitCount: number, rows: readonly ComparisonRow[]): ComparisonNote[] {
  const minimum = PEER_STATISTICS_MINIMUM;
  if (unitCount < minimum) return [{ kind: "too-few-units", units: unitCount, minimum }];
  // Rows nobody has a score on need no word about percentiles.
  const thin = rows
    .filter((row) => row.percentiles === null && row.best !== null)
    .map((row) => ({ kind: row.kind, id: row.id }));
  return thin.length === 0 ? [] : [{ kind: "thin-rows", rows: thin, minimum }];
}

// Units are named in bestUnits and the learning list, so two with the same name (the same
// partnership read from two files) get their detail added to tell them apart.
function distinctNames(units: readonly ComparedUnit[]): ComparedUnit[] {
  const counts = new Map<string, number>();
  for (const unit of units) counts.set(unit.name, (counts.get(unit.name) ?? 0) + 1);
  const named = units.map((unit) =>
    (counts.get(unit.name) ?? 0) > 1 ? { ...unit, name: `${unit.name} (${unit.detail})` } : unit,
  );
  const seen = new Map<string, number>();
  return named.map((unit) => {
    const times = (seen.get(unit.name) ?? 0) + 1;
    seen.set(unit.name, times);
    return times === 1 ? unit : { ...unit, name: `${unit.name} #${times}` };
  });
}
