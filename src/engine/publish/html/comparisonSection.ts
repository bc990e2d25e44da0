// The peer comparison as HTML, in the report's style (its CSS classes, band badges and number
// formats): the side-by-side table with the best score of each row marked and every other unit's
// gap to it, who can learn from whom, and the notes, all in the page's language (a programme's
// sentences about its partnerships' files excepted). `comparisonSection` is a <section> for the
// report; `comparisonHtml` a self-contained page of its own for `c2c compare --html`.

import { cityDetailText, comparisonNoteText, rowIdText } from "../../compare/notes";
import { rowNameText } from "../../compare/rowNames";
import type { Comparison, ComparisonRow, LearningPair } from "../../compare/types";
import { bandBadge, bandLegend, PRINCIPLE_BAND_LABELS, SDG_BAND_LABELS } from "./bands";
import { escapeHtml } from "./escape";
import { numbersIn, type ReportNumbers } from "./numbers";
import { REPORT_CSS } from "./reportCss";
import type { PublicationProvenance } from "./reportHtml";
import type { Language } from "../../language";
import { reportText, type ReportText } from "../texts";

function score(scale: ComparisonRow["scale"], value: number | null, n: ReportNumbers): string {
  return scale === "principle" ? n.fivePoint(value) : n.hundred(value);
}

function scoreCell(row: ComparisonRow, index: number, say: Say): string {
  const value = row.scores[index] ?? null;
  if (value === null) return `<td class="number">–</td>`;
  const gap = row.gaps[index] ?? null;
  const percentile = row.percentiles?.[index] ?? null;
  const isBest = gap === 0;
  const shown = isBest
    ? `<strong>${score(row.scale, value, say.n)}</strong> <small>${say.t("compareBest")}</small>`
    : `${score(row.scale, value, say.n)} <small>−${score(row.scale, gap, say.n)}</small>`;
  const rank = percentile === null ? "" : ` <small>P${Math.round(percentile)}</small>`;
  return `<td class="number">${shown}${rank}<br>${bandBadge(row.bands[index] ?? null, say.language)}</td>`;
}

function tableRow(row: ComparisonRow, say: Say): string {
  const best =
    row.best === null
      ? "–"
      : `${score(row.scale, row.best, say.n)} ${escapeHtml(row.bestUnits.join(", "))}`;
  return `<tr><td>${escapeHtml(rowIdText(row, say.language))}</td><td>${escapeHtml(rowNameText(row, say.language))}</td>${row.scores.map((_, index) => scoreCell(row, index, say)).join("")}<td>${best}</td></tr>`;
}

function learningItem(pair: LearningPair, say: Say): string {
  const scale = pair.rowKind === "principle" ? "principle" : "sdg";
  const badge = (band: string | null): string => bandBadge(band, say.language);
  return `<li>${say.t("compareLearning", {
    learner: `<strong>${escapeHtml(pair.learner)}</strong>`,
    row: `${escapeHtml(rowIdText({ kind: pair.rowKind, id: pair.id }, say.language))} ${escapeHtml(rowNameText({ kind: pair.rowKind, id: pair.id, name: pair.name }, say.language))}`,
    learnerScore: `${score(scale, pair.learnerScore, say.n)} ${badge(pair.learnerBand)}`,
    peer: `<strong>${escapeHtml(pair.peer)}</strong>`,
    peerScore: `${score(scale, pair.peerScore, say.n)} ${badge(pair.peerBand)}`,
    gap: score(scale, pair.gap, say.n),
  })}</li>`;
}

interface Say {
  readonly language: Language;
  readonly t: ReportText;
  readonly n: ReportNumbers;
}

function sayIn(language: Language): Say {
  return { language, t: reportText(language), n: numbersIn(language) };
}

function unitNoun(comparison: Comparison, say: Say): string {
  return say.t(comparison.kind === "cities" ? "compareCities" : "comparePartnerships");
}

export function comparisonSection(comparison: Comparison, language: Language = "en"): string {
  const say = sayIn(language);
  const { t } = say;
  const headings = comparison.units
    .map(
      (unit) =>
        `<th scope="col">${escapeHtml(unit.name)}<br><small>${escapeHtml(unit.cityDetail === undefined ? unit.detail : cityDetailText(unit.cityDetail, language))}</small></th>`,
    )
    .join("");
  const legend = t(comparison.peerStatistics ? "compareLegendPercentile" : "compareLegend");
  return [
    `<section id="comparison"><h2>${t("compareHeading")}</h2>`,
    `<p>${t("compareIntro", { count: comparison.units.length, units: unitNoun(comparison, say) })} ${legend}</p>`,
    bandLegend(PRINCIPLE_BAND_LABELS, language),
    bandLegend(SDG_BAND_LABELS, language),
    `<table class="comparison" aria-label="${t("compareAriaLabel")}"><thead><tr><th scope="col">${t("compareRow")}</th><th scope="col">${t("name")}</th>${headings}<th scope="col">${t("compareBestHeader")}</th></tr></thead>`,
    `<tbody>${comparison.rows.map((row) => tableRow(row, say)).join("")}</tbody></table>`,
    `<h3>${t("compareLearningHeading")}</h3>`,
    comparison.learning.length === 0
      ? `<p class="note">${t("compareNoLearning")}</p>`
      : `<p>${t("compareLearningIntro")}</p><ul>${comparison.learning.map((pair) => learningItem(pair, say)).join("")}</ul>`,
    comparison.notices.length === 0
      ? ""
      : `<h3>${t("compareNotes")}</h3><ul class="notes">${comparison.notices.map((notice) => `<li class="note">${escapeHtml(comparisonNoteText(notice, language))}</li>`).join("")}</ul>`,
    `</section>`,
  ].join("");
}

/** A self-contained page (inline CSS, no scripts or requests) holding the comparison and its provenance. */
export function comparisonHtml(
  comparison: Comparison,
  provenance: PublicationProvenance,
  language: Language = "en",
): string {
  const say = sayIn(language);
  const { t } = say;
  const names = comparison.units.map((unit) => unit.name).join(" – ");
  return [
    `<!DOCTYPE html>\n<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(t("compareTitle", { names }))}</title><style>${REPORT_CSS}</style></head><body>`,
    `<header><h1>${t("compareH1", { units: unitNoun(comparison, say) })}</h1><p class="subtitle">${escapeHtml(names)}</p>`,
    `<p class="note">${t("compareNote", { units: unitNoun(comparison, say) })}</p></header>`,
    comparisonSection(comparison, language),
    `<footer class="provenance"><p>${escapeHtml(t("madeFrom", { source: provenance.source, time: provenance.generatedAt, product: provenance.product, catalogue: provenance.catalogueVersion }))}</p></footer>`,
    `</body></html>\n`,
  ].join("\n");
}
