// `c2c compare --csv`: the comparison as one tidy table, a line per row and unit — score, band, best,
// gap, percentile, and the peer to learn from where the unit is weak — then one line per note, so
// the notes travel with the numbers. Scores on 1–5 for principles and alignment, 0–100 otherwise;
// missing numbers are empty fields. Written with the engine's CSV rules (locale, formula guard).

import { csvLine, DEFAULT_CSV_OPTIONS, type CsvField, type CsvOptions } from "../publish/csv";
import type { Comparison } from "./types";

export const COMPARISON_CSV_COLUMNS = [
  "kind",
  "id",
  "name",
  "unit",
  "scale",
  "score",
  "band",
  "best",
  "best_units",
  "gap_to_best",
  "percentile",
  "learn_from",
  "learn_from_score",
] as const;

type CsvRow = Readonly<Partial<Record<(typeof COMPARISON_CSV_COLUMNS)[number], CsvField>>>;

export function comparisonCsv(
  comparison: Comparison,
  options: CsvOptions = DEFAULT_CSV_OPTIONS,
): string {
  const lines: CsvRow[] = comparison.rows.flatMap((row) =>
    comparison.units.map((unit, index): CsvRow => {
      const pair = comparison.learning.find(
        (entry) => entry.learner === unit.name && entry.id === row.id && entry.rowKind === row.kind,
      );
      return {
        kind: row.kind,
        id: row.id,
        name: row.name,
        unit: unit.name,
        scale: row.scale === "principle" ? "1-5" : "0-100",
        score: row.scores[index] ?? null,
        band: row.bands[index] ?? null,
        best: row.best,
        best_units: row.bestUnits.join("; "),
        gap_to_best: row.gaps[index] ?? null,
        percentile: row.percentiles?.[index] ?? null,
        learn_from: pair?.peer ?? null,
        learn_from_score: pair?.peerScore ?? null,
      };
    }),
  );
  const notes = comparison.notes.map((note): CsvRow => ({ kind: "note", name: note }));
  return [
    COMPARISON_CSV_COLUMNS,
    ...[...lines, ...notes].map((line) =>
      COMPARISON_CSV_COLUMNS.map((column) => line[column] ?? null),
    ),
  ]
    .map((fields) => csvLine(fields, options))
    .join("");
}
