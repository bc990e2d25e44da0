// `c2c compare`'s default output: the comparison as plain text for a terminal — the units, the
// side-by-side table (each score with "best" or its gap to the best, and its percentile when there
// are peers enough), who can learn from whom, and the notes. Long unit names (partnerships) are
// numbered in the table and named in the list above it.

import { counted } from "./sentences";
import type { Comparison, ComparisonRow, LearningPair } from "./types";

/** Unit names up to this long head their column; longer ones are numbered. */
const LONGEST_HEADING = 16;

export function comparisonText(comparison: Comparison): string {
  const numbered = comparison.units.some((unit) => unit.name.length > LONGEST_HEADING);
  const label = (name: string): string => {
    const index = comparison.units.findIndex((unit) => unit.name === name);
    return numbered ? `[${index + 1}]` : name;
  };
  const header = ["Row", "Name", ...comparison.units.map((unit) => label(unit.name)), "Best"];
  const rows = comparison.rows.map((row) => [
    row.id,
    row.name,
    ...row.scores.map((_, index) => scoreCell(row, index)),
    row.best === null
      ? "–"
      : `${formatScore(row, row.best)} ${row.bestUnits.map(label).join(", ")}`,
  ]);
  return [
    `Comparison of ${counted(comparison.units.length, comparison.kind === "cities" ? "city" : "partnership", comparison.kind)}`,
    ...comparison.units.map(
      (unit, index) => `  ${numbered ? `[${index + 1}] ` : ""}${unit.name}: ${unit.detail}`,
    ),
    "",
    columns([header, ...rows]),
    comparison.peerStatistics
      ? 'Each score: "best", or its gap to the best (−); P: percentile rank among the units with a score.'
      : 'Each score: "best", or its gap to the best (−).',
    "",
    "Who can learn from whom",
    ...(comparison.learning.length === 0
      ? ["  No unit is weak on a principle or goal where a peer does better."]
      : comparison.learning.map((pair) => `  ${learningLine(pair)}`)),
    "",
    "Notes",
    ...(comparison.notes.length === 0
      ? ["  None."]
      : comparison.notes.map((note) => `  - ${note}`)),
    "",
  ].join("\n");
}

export function formatScore(row: Pick<ComparisonRow, "scale">, score: number): string {
  return row.scale === "principle" ? score.toFixed(2) : score.toFixed(1);
}

function scoreCell(row: ComparisonRow, index: number): string {
  const score = row.scores[index] ?? null;
  if (score === null) return "–";
  const gap = row.gaps[index] ?? null;
  const percentile = row.percentiles?.[index] ?? null;
  const standing = gap === null || gap === 0 ? "best" : `−${formatScore(row, gap)}`;
  return [
    formatScore(row, score),
    standing,
    percentile === null ? null : `P${Math.round(percentile)}`,
  ]
    .filter((part) => part !== null)
    .join(" ");
}

export function learningLine(pair: LearningPair): string {
  const scale = { scale: pair.rowKind === "principle" ? "principle" : "sdg" } as const;
  return (
    `${pair.learner} on ${pair.id} ${pair.name} (${formatScore(scale, pair.learnerScore)}, ${pair.learnerBand}) ` +
    `can learn from ${pair.peer} (${formatScore(scale, pair.peerScore)}, ${pair.peerBand}): gap ${formatScore(scale, pair.gap)}`
  );
}

/** Left-aligned columns two spaces apart, each as wide as its widest cell. */
function columns(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, index) => (widths[index] = Math.max(widths[index] ?? 0, cell.length)));
  return rows
    .map((row) =>
      row
        .map((cell, index) => (index === row.length - 1 ? cell : cell.padEnd(widths[index] ?? 0)))
        .join("  "),
    )
    .join("\n");
}
