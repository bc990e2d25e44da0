// "How these numbers were made": the formulas, the end and worst values with their basis for every
// indicator in the report, the values this report actually used (the workbook may override the
// catalogue), the bands with their limits, and the coverage rules, all from the settings in force.

import type { AssessmentScores, IndicatorResult } from "../../assessment/types";
import { catalogue, findIndicator } from "../../catalogue";
import type { EndValue, IndicatorDefinition, ValueBasis } from "../../catalogue/types";
import type { ScoringSettings } from "../../settings";
import { bandBadge } from "./bands";
import { escapeHtml } from "./escape";

const WORST_MODES: Readonly<Record<ScoringSettings["worstValueMode"], string>> = {
  fixed:
    "fixed: the worst value of the workbook's Worst column, or the catalogue's when that is blank",
  peer: "peer: the worst value observed for the indicator across all cities and years of the workbook, kept once written; with fewer units than the peer minimum the fixed worst value is used",
  baseline: "baseline: each city's own first observation (a score of 0 is where the city started)",
};

function endText(end: EndValue): string {
  return end.kind === "absolute" ? String(end.value) : `${end.factor} × the city's baseline value`;
}

function basisText(basis: ValueBasis): string {
  return basis.source === undefined ? basis.kind : `${basis.kind}: ${basis.source}`;
}

/** The distinct values of one column the scores used, in rising order. */
function usedValues(
  rows: readonly IndicatorResult[],
  pick: (row: IndicatorResult) => number | null,
): string {
  const values = [
    ...new Set(rows.map(pick).filter((value): value is number => value !== null)),
  ].sort((a, b) => a - b);
  return values.length === 0
    ? "–"
    : values.map((value) => String(Math.round(value * 1000) / 1000)).join(", ");
}

function indicatorRow(definition: IndicatorDefinition, rows: readonly IndicatorResult[]): string {
  const cells = [
    escapeHtml(definition.id),
    `${escapeHtml(definition.name)} (${escapeHtml(definition.unit)}, ${definition.polarity} is better)`,
    `${escapeHtml(endText(definition.end))}<br><small>${escapeHtml(basisText(definition.endBasis))}</small>`,
    `${definition.worst}<br><small>${escapeHtml(basisText(definition.worstBasis))}</small>`,
    `end ${escapeHtml(usedValues(rows, (row) => row.end))}; worst ${escapeHtml(usedValues(rows, (row) => row.worst))}`,
  ];
  return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join("")}</tr>`;
}

/** A code the workbook uses that the catalogue does not define: its end and worst values are the workbook's own. */
function localIndicatorRow(code: string, rows: readonly IndicatorResult[]): string {
  const cells = [
    escapeHtml(code),
    "not in the catalogue: a local indicator",
    "the workbook's End column",
    "the workbook's Worst column",
    `end ${escapeHtml(usedValues(rows, (row) => row.end))}; worst ${escapeHtml(usedValues(rows, (row) => row.worst))}`,
  ];
  return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join("")}</tr>`;
}

export function methodSection(scores: AssessmentScores): string {
  const settings = scores.settings;
  const sdg = settings.sdgBandLimits;
  const principle = settings.principleBandLimits;
  const present = catalogue.indicators.filter((definition) =>
    scores.indicators.some((row) => row.code.trim().toLowerCase() === definition.id.toLowerCase()),
  );
  const rowsOf = (definition: IndicatorDefinition): readonly IndicatorResult[] =>
    scores.indicators.filter(
      (row) => row.code.trim().toLowerCase() === definition.id.toLowerCase(),
    );
  const localCodes = [
    ...new Set(
      scores.indicators
        .filter((row) => findIndicator(row.code) === undefined)
        .map((row) => row.code.trim()),
    ),
  ];
  return [
    `<section id="method"><h2>Method</h2>`,
    `<h3>Principles</h3>`,
    `<p>Each checklist item is rated 1–5 by the respondents (n/a and “don't know” are not counted). An item's score is the ${settings.itemAggregation} of its numeric answers; ` +
      `a principle's score is the mean of its answered items, given only when at least ${Math.round(settings.halfAnsweredShare * 100)} % of its applicable items are answered. ` +
      `Overall alignment is the weighted mean of the principle scores that exist. On 0–100 a score is (s − 1) / 4 · 100. An item is contested when the spread of its answers is ${settings.contestedThreshold} or more.</p>`,
    `<p>Principle bands on 1–5: ${bandBadge("Weak")} below ${principle.developing} · ${bandBadge("Developing")} ${principle.developing} to below ${principle.established} · ` +
      `${bandBadge("Established")} ${principle.established} to below ${principle.advanced} · ${bandBadge("Advanced")} ${principle.advanced} or more · ${bandBadge("Insufficient answers")} too few items answered.</p>`,
    `<h3>SDG indicators</h3>`,
    `<p>An indicator's score is clamp(100 · (x − worst) / (end − worst), 0, 100): 0 at the worst value, 100 at the end value, for either polarity. ` +
      `Worst values: ${escapeHtml(WORST_MODES[settings.worstValueMode])}. A goal index is the mean of the available indicator scores of the goal for a city and year; ` +
      `its coverage is the share of listed indicators with a value, and below ${Math.round(settings.coverageThreshold * 100)} % the index is shown as low coverage. ` +
      `An EC objective index is the same over the indicators of the objective; the overall SDG index is the mean of the goal indices that exist. ` +
      `Trends compare the yearly change since the base year with the change needed to reach 100 by ${settings.targetYear}.</p>`,
    `<p>SDG bands on 0–100: ${bandBadge("Achieved")} ${sdg.achieved} · ${bandBadge("Challenges remain")} ${sdg.challengesRemain} or more · ` +
      `${bandBadge("Significant challenges")} ${sdg.significantChallenges} or more · ${bandBadge("Major challenges")} below ${sdg.significantChallenges} · ` +
      `${bandBadge("Low coverage")} coverage below ${Math.round(settings.coverageThreshold * 100)} % · ${bandBadge("No data")} no indicator score.</p>`,
    `<table class="indicators"><caption>End and worst values of the indicators in this report (catalogue ${escapeHtml(catalogue.version)}) and the values the scores used</caption>`,
    `<thead><tr><th>Indicator</th><th>Name</th><th>End value and basis</th><th>Worst value and basis</th><th>Used here</th></tr></thead>`,
    `<tbody>${present.map((definition) => indicatorRow(definition, rowsOf(definition))).join("")}`,
    `${localCodes
      .map((code) =>
        localIndicatorRow(
          code,
          scores.indicators.filter((row) => row.code.trim() === code),
        ),
      )
      .join("")}</tbody></table>`,
    `</section>`,
  ].join("");
}
