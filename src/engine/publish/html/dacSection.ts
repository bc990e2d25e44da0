// The report's DAC criteria section: the six OECD DAC evaluation criteria on 0–100, each with the
// sources it rests on and their scores, under the privacy rule (publishedDacCriteria), in the
// page's language: criterion names from the catalogue's texts, the "SDG index" source in words.

import type { AssessmentScores } from "../../assessment/types";
import { catalogueText } from "../../catalogue/texts";
import { DAC_LABELS } from "../../dac";
import type { Language } from "../../language";
import { publishedDacCriteria } from "../publishedDacCriteria";
import { reportText } from "../texts";
import { escapeHtml } from "./escape";
import { numbersIn } from "./numbers";

export function dacSection(scores: AssessmentScores, language: Language = "en"): string {
  const t = reportText(language);
  const { hundred } = numbersIn(language);
  const sourceName = (source: string): string =>
    source === DAC_LABELS.sdgIndexSource ? t("sdgIndexSource") : source;
  const criteria = publishedDacCriteria(scores, language);
  const rows = criteria.map((criterion) => {
    const sources = criterion.sources
      .map((entry) => `${escapeHtml(sourceName(entry.source))} ${hundred(entry.score)}`)
      .join(", ");
    const score =
      criterion.suppressed === undefined
        ? `<strong>${hundred(criterion.score)}</strong>`
        : `<span class="note">${t("dacNotPublished")}</span>`;
    const name = catalogueText(language, "dacCriteria", criterion.criterion) ?? criterion.name;
    return (
      `<tr><td>${escapeHtml(name)}</td><td class="number">${score}</td>` +
      `<td>${sources}</td><td class="number">${t("usedOf", { used: criterion.used.length, sources: criterion.sources.length })}</td></tr>`
    );
  });
  const withheld = criteria.find((criterion) => criterion.suppressed !== undefined)?.suppressed;
  const header = [t("criterion"), t("scoreHundredLong"), t("dacSources"), t("dacSourcesWithScore")];
  return [
    `<section id="dac"><h2>${t("dacHeading")}</h2>`,
    `<p>${t("dacLead")}</p>`,
    withheld === undefined ? "" : `<p class="note">${escapeHtml(withheld)}</p>`,
    `<table class="dac"><caption>${t("dacCaption")}</caption><thead><tr>${header.map((label) => `<th>${label}</th>`).join("")}</tr></thead>`,
    `<tbody>${rows.join("")}</tbody></table></section>`,
  ].join("");
}
