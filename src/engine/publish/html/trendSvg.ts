// The overall SDG index of every city over the years, one line per city on 0–100. Cities differ by
// colour, by dash pattern and by the name written at the end of their line, so the chart reads in
// grey print and for colour-blind readers too.

import type { OverallIndexResult } from "../../assessment/types";
import { reportText, type ReportText } from "../texts";
import { escapeHtml } from "./escape";
import { coordinate, numbersIn, type ReportNumbers } from "./numbers";

const WIDTH = 760;
const HEIGHT = 300;
const LEFT = 44;
const RIGHT = 170;
const TOP = 16;
const BOTTOM = 36;

/** Okabe–Ito colours and dash patterns, in city order. */
const SERIES_STYLES = [
  { colour: "#0072B2", dash: "" },
  { colour: "#D55E00", dash: "8 4" },
  { colour: "#009E73", dash: "2 3" },
  { colour: "#CC79A7", dash: "10 3 2 3" },
  { colour: "#000000", dash: "4 4" },
  { colour: "#E69F00", dash: "1 2" },
] as const;

export function trendSvg(
  cities: readonly string[],
  overall: readonly OverallIndexResult[],
  t: ReportText = reportText("en"),
  numbers: ReportNumbers = numbersIn("en"),
): string {
  const years = [...new Set(overall.map((entry) => entry.year))].sort((a, b) => a - b);
  const first = years[0] ?? 0;
  const last = years.at(-1) ?? first;
  const span = Math.max(1, last - first);
  const xOf = (year: number): number => LEFT + ((year - first) / span) * (WIDTH - LEFT - RIGHT);
  const yOf = (index: number): number => TOP + (1 - index / 100) * (HEIGHT - TOP - BOTTOM);
  const grid = [0, 25, 50, 75, 100].map(
    (value) =>
      `<line x1="${LEFT}" y1="${coordinate(yOf(value))}" x2="${WIDTH - RIGHT}" y2="${coordinate(yOf(value))}" stroke="#D9D9D9"/>` +
      `<text x="${LEFT - 6}" y="${coordinate(yOf(value) + 4)}" text-anchor="end" font-size="11" fill="#595959">${value}</text>`,
  );
  const yearLabels = years.map(
    (year) =>
      `<text x="${coordinate(xOf(year))}" y="${HEIGHT - BOTTOM + 18}" text-anchor="middle" font-size="12" fill="#1F1F1F">${year}</text>`,
  );
  const series = cities.map((city, position) => {
    const style = SERIES_STYLES[position % SERIES_STYLES.length] ?? SERIES_STYLES[0];
    const points = overall
      .filter((entry) => entry.city === city && entry.index !== null)
      .map((entry) => ({ year: entry.year, index: entry.index ?? 0 }));
    if (points.length === 0) return "";
    const path = points
      .map((point) => `${coordinate(xOf(point.year))},${coordinate(yOf(point.index))}`)
      .join(" ");
    const markers = points.map(
      (point) =>
        `<circle class="trend-point" cx="${coordinate(xOf(point.year))}" cy="${coordinate(yOf(point.index))}" r="4" fill="${style.colour}"><title>${escapeHtml(city)} ${point.year}: ${numbers.hundred(point.index)}</title></circle>`,
    );
    const end = points.at(-1) ?? { year: first, index: 0 };
    return (
      `<polyline class="trend-line" data-city="${escapeHtml(city)}" points="${path}" fill="none" stroke="${style.colour}" stroke-width="2.5"${style.dash === "" ? "" : ` stroke-dasharray="${style.dash}"`}/>` +
      markers.join("") +
      `<text x="${coordinate(xOf(end.year) + 10)}" y="${coordinate(yOf(end.index) + 4)}" font-size="12" fill="${style.colour}">${escapeHtml(city)} ${numbers.hundred(end.index)}</text>`
    );
  });
  return [
    `<svg class="chart trend" role="img" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}">`,
    `<title>${t("trendCaption")}</title>`,
    ...grid,
    ...yearLabels,
    ...series,
    `</svg>`,
  ].join("");
}
