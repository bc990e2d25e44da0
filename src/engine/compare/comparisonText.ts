// `c2c compare`'s default output: the comparison as plain text for a terminal, in its language — the units, the
// side-by-side table (each score with "best" or its gap to the best, and its percentile when there
// are peers enough), who can learn from whom, and the notes. Long unit names (partnerships) are
// numbered in the table and named in the list above it.

import { labelIn, takesSingular, type Language, type MessageParameters } from "../language";
import { numbersIn, type ReportNumbers } from "../publish/html/numbers";
import { cityDetailText, comparisonNoteText, rowIdText } from "./notes";
import { rowNameText } from "./rowNames";
import { compareTexts, type CompareTextKey } from "./texts";
import type { Comparison, ComparisonRow, LearningPair } from "./types";

/** Unit names up to this long head their column; longer ones are numbered. */
const LONGEST_HEADING = 16;

interface Say {
  readonly language: Language;
  readonly t: (key: CompareTextKey, parameters?: MessageParameters) => string;
  readonly n: ReportNumbers;
}

function sayIn(language: Language): Say {
  return {
    language,
    t: (key, parameters) => compareTexts.text(language, key, parameters),
    n: numbersIn(language),
  };
}

/** The comparison for a terminal, its words and numbers in the language (English by default). */
export function comparisonText(comparison: Comparison, language: Language = "en"): string {
  const say = sayIn(language);
  const { t } = say;
  const numbered = comparison.units.some((unit) => unit.name.length > LONGEST_HEADING);
  const label = (name: string): string => {
    const index = comparison.units.findIndex((unit) => unit.name === name);
    return numbered ? `[${index + 1}]` : name;
  };
  const header = [
    t("textRow"),
    t("textName"),
    ...comparison.units.map((unit) => label(unit.name)),
    t("textBestHeader"),
  ];
  const rows = comparison.rows.map((row) => [
    rowIdText(row, language),
    rowNameText(row, language),
    ...row.scores.map((_, index) => scoreCell(row, index, say)),
    row.best === null
      ? "–"
      : `${formatScore(row, row.best, say.n)} ${row.bestUnits.map(label).join(", ")}`,
  ]);
  const count = comparison.units.length;
  const units =
    comparison.kind === "cities"
      ? t(takesSingular(language, count) ? "textCitiesOne" : "textCitiesMany", { count })
      : t(takesSingular(language, count) ? "textPartnershipsOne" : "textPartnershipsMany", {
          count,
        });
  return [
    t("textTitle", { units }),
    ...comparison.units.map(
      (unit, index) =>
        `  ${numbered ? `[${index + 1}] ` : ""}${t("textUnit", { name: unit.name, detail: unit.cityDetail === undefined ? unit.detail : cityDetailText(unit.cityDetail, language) })}`,
    ),
    "",
    columns([header, ...rows]),
    t(comparison.peerStatistics ? "textLegendPercentile" : "textLegend"),
    "",
    t("textLearningHeading"),
    ...(comparison.learning.length === 0
      ? [`  ${t("textNoLearning")}`]
      : comparison.learning.map((pair) => `  ${learningLine(pair, language)}`)),
    "",
    t("textNotes"),
    ...(comparison.notices.length === 0
      ? [`  ${t("textNone")}`]
      : comparison.notices.map((notice) => `  - ${comparisonNoteText(notice, language)}`)),
    "",
  ].join("\n");
}

function formatScore(row: Pick<ComparisonRow, "scale">, score: number, n: ReportNumbers): string {
  return row.scale === "principle" ? n.fivePoint(score) : n.hundred(score);
}

function scoreCell(row: ComparisonRow, index: number, say: Say): string {
  const score = row.scores[index] ?? null;
  if (score === null) return "–";
  const gap = row.gaps[index] ?? null;
  const percentile = row.percentiles?.[index] ?? null;
  const standing =
    gap === null || gap === 0 ? say.t("textBest") : `−${formatScore(row, gap, say.n)}`;
  return [
    formatScore(row, score, say.n),
    standing,
    percentile === null ? null : `P${Math.round(percentile)}`,
  ]
    .filter((part) => part !== null)
    .join(" ");
}

/** One "who can learn from whom" line in the language. */
export function learningLine(pair: LearningPair, language: Language = "en"): string {
  const say = sayIn(language);
  const scale = { scale: pair.rowKind === "principle" ? "principle" : "sdg" } as const;
  const row = { kind: pair.rowKind, id: pair.id, name: pair.name };
  return say.t("textLearning", {
    learner: pair.learner,
    row: `${rowIdText(row, language)} ${rowNameText(row, language)}`,
    learnerScore: formatScore(scale, pair.learnerScore, say.n),
    learnerBand: labelIn(language, pair.learnerBand),
    peer: pair.peer,
    peerScore: formatScore(scale, pair.peerScore, say.n),
    peerBand: labelIn(language, pair.peerBand),
    gap: formatScore(scale, pair.gap, say.n),
  });
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
