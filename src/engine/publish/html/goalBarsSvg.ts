// One city's SDG indices in its latest year as horizontal bars on 0–100: one bar per goal with an
// index, coloured by its band and labelled with the index and the band's name; a goal without an
// index keeps its row with "no data" and no bar. Dashed lines mark the band limits.

import type { CitySdgResult } from "../../assessment/types";
import type { SdgBandLimits } from "../../settings";
import { labelIn, type Language } from "../../language";
import { reportText } from "../texts";
import { bandColour } from "./bands";
import { escapeHtml } from "./escape";
import { coordinate, numbersIn } from "./numbers";

const WIDTH = 900;
const LABEL_WIDTH = 70;
const BAR_SPACE = 420;
const ROW = 26;
const TOP = 24;

function xOf(index: number): number {
  return LABEL_WIDTH + (Math.max(0, Math.min(100, index)) / 100) * BAR_SPACE;
}

/** The bars in the page's language: `goalName` gives a goal's name in it. */
export function goalBarsSvg(
  city: CitySdgResult,
  limits: SdgBandLimits,
  language: Language = "en",
  goalName: (goal: number, english: string) => string = (_goal, english) => english,
): string {
  const t = reportText(language);
  const numbers = numbersIn(language);
  const height = TOP + city.goals.length * ROW + 8;
  const limitLines = [limits.significantChallenges, limits.challengesRemain, limits.achieved].map(
    (limit) =>
      `<line class="band-limit" x1="${coordinate(xOf(limit))}" y1="${TOP - 6}" x2="${coordinate(xOf(limit))}" y2="${height - 4}" stroke="#7F7F7F" stroke-dasharray="3 3"/>` +
      `<text x="${coordinate(xOf(limit))}" y="${TOP - 10}" text-anchor="middle" font-size="11" fill="#595959">${numbers.plain(limit)}</text>`,
  );
  const rows = city.goals.map((row, position) => {
    const y = TOP + position * ROW;
    const tag = escapeHtml(t("goalTag", { goal: row.goal }));
    const label = `<text x="0" y="${y + 16}" font-size="13" fill="#1F1F1F">${tag}</text>`;
    const index = row.latest.index;
    if (index === null)
      return `${label}<text x="${LABEL_WIDTH + 4}" y="${y + 16}" font-size="12" fill="#595959">${escapeHtml(t("noDataBar", { band: labelIn(language, row.latest.band) }))}</text>`;
    const colour = bandColour(row.latest.band);
    const detail = t("goalBarDetail", {
      index: numbers.hundred(index),
      band: labelIn(language, row.latest.band),
      coverage: numbers.percent(row.latest.coverage),
    });
    return (
      label +
      `<rect class="goal-bar" data-goal="${row.goal}" x="${LABEL_WIDTH}" y="${y + 3}" width="${coordinate(xOf(index) - LABEL_WIDTH)}" height="${ROW - 8}" fill="${colour.fill}" stroke="#1F1F1F" stroke-width="0.5"><title>${tag} ${escapeHtml(goalName(row.goal, row.name))}: ${escapeHtml(detail)}</title></rect>` +
      `<text x="${LABEL_WIDTH + BAR_SPACE + 8}" y="${y + 16}" font-size="12" fill="#1F1F1F">${escapeHtml(detail)}</text>`
    );
  });
  return [
    `<svg class="chart goal-bars" role="img" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}">`,
    `<title>${escapeHtml(t("goalBarsTitle", { city: city.city, year: city.latestYear }))}</title>`,
    ...limitLines,
    ...rows,
    `</svg>`,
  ].join("");
}
