// The report's DAC criteria section: the six OECD DAC evaluation criteria on 0–100, each with the
// sources it rests on and their scores, under the privacy rule (publishedDacCriteria).

import type { AssessmentScores } from "../../assessment/types";
import { DAC_LABELS } from "../../dac";
import { publishedDacCriteria } from "../publishedDacCriteria";
import { escapeHtml } from "./escape";
import { hundred } from "./numbers";

export function dacSection(scores: AssessmentScores): string {
  const criteria = publishedDacCriteria(scores);
  const rows = criteria.map((criterion) => {
    const sources = criterion.sources
      .map((entry) => `${escapeHtml(entry.source)} ${hundred(entry.score)}`)
      .join(", ");
    const score =
      criterion.suppressed === undefined
        ? `<strong>${hundred(criterion.score)}</strong>`
        : `<span class="note">${escapeHtml(DAC_LABELS.notPublished)}</span>`;
    return (
      `<tr><td>${escapeHtml(criterion.name)}</td><td class="number">${score}</td>` +
      `<td>${sources}</td><td class="number">${criterion.used.length} of ${criterion.sources.length}</td></tr>`
    );
  });
  const withheld = criteria.find((criterion) => criterion.suppressed !== undefined)?.suppressed;
  return [
    `<section id="dac"><h2>${DAC_LABELS.reportHeading}</h2>`,
    `<p>${escapeHtml(DAC_LABELS.reportLead)}</p>`,
    withheld === undefined ? "" : `<p class="note">${escapeHtml(withheld)}</p>`,
    `<table class="dac"><caption>${DAC_LABELS.reportHeading} (0–100)</caption><thead><tr><th>Criterion</th><th>Score 0–100</th><th>Sources (0–100)</th><th>Sources with a score</th></tr></thead>`,
    `<tbody>${rows.join("")}</tbody></table></section>`,
  ].join("");
}
