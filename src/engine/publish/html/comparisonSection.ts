// The peer comparison as HTML, in the report's style (its CSS classes, band badges and number
// formats): the side-by-side table with the best score of each row marked and every other unit's
// gap to it, who can learn from whom, and the notes. `comparisonSection` is a <section> for the
// report; `comparisonHtml` a self-contained page of its own for `c2c compare --html`.

import type { Comparison, ComparisonRow, LearningPair } from "../../compare/types";
import { bandBadge, bandLegend, PRINCIPLE_BAND_LABELS, SDG_BAND_LABELS } from "./bands";
import { escapeHtml } from "./escape";
import { fivePoint, hundred } from "./numbers";
import { REPORT_CSS } from "./reportCss";
import type { PublicationProvenance } from "./reportHtml";

function score(scale: ComparisonRow["scale"], value: number | null): string {
  return scale === "principle" ? fivePoint(value) : hundred(value);
}

function scoreCell(row: ComparisonRow, index: number): string {
  const value = row.scores[index] ?? null;
  if (value === null) return `<td class="number">–</td>`;
  const gap = row.gaps[index] ?? null;
  const percentile = row.percentiles?.[index] ?? null;
  const isBest = gap === 0;
  const shown = isBest
    ? `<strong>${score(row.scale, value)}</strong> <small>best</small>`
    : `${score(row.scale, value)} <small>−${score(row.scale, gap)}</small>`;
  const rank = percentile === null ? "" : ` <small>P${Math.round(percentile)}</small>`;
  return `<td class="number">${shown}${rank}<br>${bandBadge(row.bands[index] ?? null)}</td>`;
}

function tableRow(row: ComparisonRow): string {
  const best =
    row.best === null
      ? "–"
      : `${score(row.scale, row.best)} ${escapeHtml(row.bestUnits.join(", "))}`;
  return `<tr><td>${escapeHtml(row.id)}</td><td>${escapeHtml(row.name)}</td>${row.scores.map((_, index) => scoreCell(row, index)).join("")}<td>${best}</td></tr>`;
}

function learningItem(pair: LearningPair): string {
  const scale = pair.rowKind === "principle" ? "principle" : "sdg";
  return (
    `<li><strong>${escapeHtml(pair.learner)}</strong> on ${escapeHtml(pair.id)} ${escapeHtml(pair.name)} (${score(scale, pair.learnerScore)} ${bandBadge(pair.learnerBand)}) ` +
    `can learn from <strong>${escapeHtml(pair.peer)}</strong> (${score(scale, pair.peerScore)} ${bandBadge(pair.peerBand)}): gap ${score(scale, pair.gap)}</li>`
  );
}

function unitNoun(comparison: Comparison): string {
  return comparison.kind === "cities" ? "partner cities" : "partnerships";
}

export function comparisonSection(comparison: Comparison): string {
  const headings = comparison.units
    .map(
      (unit) =>
        `<th scope="col">${escapeHtml(unit.name)}<br><small>${escapeHtml(unit.detail)}</small></th>`,
    )
    .join("");
  const legend =
    "Each score shows its band; the best score of a row is in bold and marked best, every other score shows its gap to the best (−)" +
    (comparison.peerStatistics
      ? "; P is the unit's percentile rank among the units with a score."
      : ".");
  return [
    `<section id="comparison"><h2>Peer comparison</h2>`,
    `<p>${comparison.units.length} ${unitNoun(comparison)} side by side: principles and alignment on 1–5, goals and the SDG index on 0–100. ${legend}</p>`,
    bandLegend(PRINCIPLE_BAND_LABELS),
    bandLegend(SDG_BAND_LABELS),
    `<table class="comparison" aria-label="Comparison"><thead><tr><th scope="col">Row</th><th scope="col">Name</th>${headings}<th scope="col">Best</th></tr></thead>`,
    `<tbody>${comparison.rows.map(tableRow).join("")}</tbody></table>`,
    `<h3>Who can learn from whom</h3>`,
    comparison.learning.length === 0
      ? `<p class="note">No unit is weak on a principle or goal where a peer does better.</p>`
      : `<p>For each weak principle (Weak or Developing) and goal (Major or Significant challenges), the peer that scores best on it.</p><ul>${comparison.learning.map(learningItem).join("")}</ul>`,
    comparison.notes.length === 0
      ? ""
      : `<h3>Notes</h3><ul class="notes">${comparison.notes.map((note) => `<li class="note">${escapeHtml(note)}</li>`).join("")}</ul>`,
    `</section>`,
  ].join("");
}

/** A self-contained page (inline CSS, no scripts or requests) holding the comparison and its provenance. */
export function comparisonHtml(comparison: Comparison, provenance: PublicationProvenance): string {
  const names = comparison.units.map((unit) => unit.name).join(" – ");
  return [
    `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>Peer comparison: ${escapeHtml(names)} — C2C Scoreboard</title><style>${REPORT_CSS}</style></head><body>`,
    `<header><h1>Peer learning: ${comparison.kind === "cities" ? "partner cities" : "partnerships"} side by side</h1><p class="subtitle">${escapeHtml(names)}</p>`,
    `<p class="note">City-to-city partnership monitoring and evaluation following the OECD framework: ${unitNoun(comparison)} compared side by side so they can learn from each other. Every band is shown with its name beside its colour.</p></header>`,
    comparisonSection(comparison),
    `<footer class="provenance"><p>Made from ${escapeHtml(provenance.source)} at ${escapeHtml(provenance.generatedAt)} by ${escapeHtml(provenance.product)}, catalogue ${escapeHtml(provenance.catalogueVersion)}.</p></footer>`,
    `</body></html>\n`,
  ].join("\n");
}
