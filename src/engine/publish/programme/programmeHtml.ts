// `c2c report programme.xlsx --html`: the programme on one self-contained page (inline CSS, no
// scripts or requests) — principles across the partnerships with their spread and band shares, the
// goals, EC objectives and overall SDG index across the cities with low coverage counted apart, the
// trend shares per goal, the DAC criteria across the partnerships and each partnership's scores. Every band carries its label beside its
// colour. Aggregates only: partnerships' own figures are what their published Scoreboards show.

import { DAC_LABELS, formatDacSources } from "../../dac";
import { escapeHtml } from "../html/escape";
import { bandBadge, bandLegend, PRINCIPLE_BAND_LABELS, SDG_BAND_LABELS } from "../html/bands";
import { fivePoint, hundred, percent } from "../html/numbers";
import { REPORT_CSS } from "../html/reportCss";
import type { Distribution } from "../../programme/distribution";
import { PRINCIPLE_BANDS, TREND_CLASSES } from "../../programme/labels";
import { programmeRules } from "../../programme/programmeRules";
import type { Programme } from "../../programme/types";
import { sdgBand } from "../../scoring";
import type { ProgrammeReportInput } from "./programmeJson";

const cell = (content: string, numeric = false): string =>
  numeric ? `<td class="number">${content}</td>` : `<td>${content}</td>`;
const head = (labels: readonly string[]): string =>
  `<thead><tr>${labels.map((label) => `<th>${escapeHtml(label)}</th>`).join("")}</tr></thead>`;

function spreadCells(distribution: Distribution, format: (value: number | null) => string): string {
  return [
    distribution.median,
    distribution.lowerQuartile,
    distribution.upperQuartile,
    distribution.minimum,
    distribution.maximum,
  ]
    .map((value) => cell(format(value), true))
    .join("");
}

const SPREAD = ["Median", "Lower quartile", "Upper quartile", "Minimum", "Maximum"];

function principlesSection(programme: Programme): string {
  const rows = [
    ...programme.principles.map((entry) => ({
      id: entry.principle,
      name: entry.name,
      entry,
    })),
    { id: "Overall", name: "Alignment with the G20 principles", entry: programme.alignment },
  ].map(
    ({ id, name, entry }) =>
      `<tr>${cell(escapeHtml(id))}${cell(escapeHtml(name))}${cell(fivePoint(entry.average), true)}${cell(bandBadge(entry.band))}${cell(String(entry.partnershipsWithScore), true)}${spreadCells(entry.distribution, fivePoint)}` +
      PRINCIPLE_BANDS.map((band) => cell(percent(entry.bandShares[band]), true)).join("") +
      "</tr>",
  );
  return [
    `<section><h2>Principles across the partnerships</h2>`,
    `<p class="note">Each principle's mean over the partnerships that have a score (1–5), as the OECD pilot reported its averages; quartiles as Excel's QUARTILE; the share of partnerships in each band.</p>`,
    bandLegend(PRINCIPLE_BAND_LABELS.slice(0, 4)),
    `<table>${head(["Principle", "Name", "Mean (1–5)", "Band", "Partnerships", ...SPREAD, ...PRINCIPLE_BANDS])}<tbody>${rows.join("")}</tbody></table></section>`,
  ].join("");
}

function indicesSection(programme: Programme): string {
  const limits = programme.settings.sdgBandLimits;
  const band = (mean: number | null): string => {
    if (mean === null) return bandBadge("No data");
    const result = sdgBand(mean, limits);
    return bandBadge(result.ok ? result.value : "No data");
  };
  const row = (
    id: string,
    name: string,
    distribution: Distribution,
    low: number | null,
    noData: number,
    coverage: number | null,
  ): string =>
    `<tr>${cell(escapeHtml(id))}${cell(escapeHtml(name))}${cell(hundred(distribution.mean), true)}${cell(band(distribution.mean))}${cell(String(distribution.count), true)}${spreadCells(distribution, hundred)}${cell(low === null ? "—" : String(low), true)}${cell(String(noData), true)}${cell(percent(coverage), true)}</tr>`;
  const goals = programme.goals.map((goal) =>
    row(
      `SDG ${goal.goal}`,
      goal.name,
      goal.distribution,
      goal.lowCoverageCities,
      goal.noDataCities,
      goal.dataCoverage,
    ),
  );
  const objectives = programme.objectives.map((objective) =>
    row(
      objective.objective,
      objective.name,
      objective.distribution,
      objective.lowCoverageCities,
      objective.noDataCities,
      null,
    ),
  );
  const overall = row(
    "SDG index",
    "Overall SDG index",
    programme.overall.distribution,
    null,
    programme.overall.noDataCities,
    null,
  );
  const headers = [
    "Goal",
    "Name",
    "Mean (0–100)",
    "Band",
    "Cities counted",
    ...SPREAD,
    "Low coverage",
    "No data",
    "Data coverage",
  ];
  return [
    `<section><h2>SDG goals and EC objectives across the cities</h2>`,
    `<p class="note">Each goal's index in every city's latest year with a value; the mean and spread over the cities whose coverage is at least ${percent(programme.settings.coverageThreshold)}; cities below it are counted apart as low coverage, not averaged in.</p>`,
    bandLegend(SDG_BAND_LABELS),
    `<table>${head(headers)}<tbody>${goals.join("")}</tbody></table>`,
    `<h3>EC objectives and the overall SDG index</h3><table>${head(["Objective", ...headers.slice(1)])}<tbody>${[...objectives, overall].join("")}</tbody></table></section>`,
  ].join("");
}

function trendsSection(programme: Programme, overallTrends: boolean): string {
  const rows = programme.goals.map(
    (goal) =>
      `<tr>${cell(`SDG ${goal.goal}`)}${cell(escapeHtml(goal.name))}${TREND_CLASSES.map((trend) => cell(percent(goal.trendShares[trend]), true)).join("")}</tr>`,
  );
  if (overallTrends)
    rows.push(
      `<tr>${cell("SDG index")}${cell("Overall SDG index")}${TREND_CLASSES.map((trend) => cell(percent(programme.overall.trendShares[trend]), true)).join("")}</tr>`,
    );
  return `<section><h2>Trend classes per goal</h2><p class="note">The share of cities in each SDSN trend class, low-coverage cities included.</p><table>${head(["Goal", "Name", ...TREND_CLASSES])}<tbody>${rows.join("")}</tbody></table></section>`;
}

function dacSection(programme: Programme): string {
  const rows = programme.dacCriteria.map(
    (criterion) =>
      `<tr>${cell(escapeHtml(criterion.criterion))}${cell(escapeHtml(criterion.name))}${cell(hundred(criterion.distribution.mean), true)}${cell(String(criterion.distribution.count), true)}${spreadCells(criterion.distribution, hundred)}${cell(escapeHtml(formatDacSources(criterion.sources)))}</tr>`,
  );
  return `<section id="dac"><h2>${DAC_LABELS.reportHeading} across the partnerships</h2><p class="note">Each partnership's criterion is the mean, on 0–100, of its sources that have a score (a principle as (score − 1) / 4 × 100, the SDG index as the mean of its cities' overall indices); the mean and spread over the partnerships with a score, one lens for all. No band: a criterion mixes principle and SDG scores, whose bands differ.</p><table>${head(["Criterion", "Name", "Mean (0–100)", "Partnerships", ...SPREAD, "Sources"])}<tbody>${rows.join("")}</tbody></table></section>`;
}

function partnershipsSection(programme: Programme): string {
  const ids = programme.principles.map((principle) => principle.principle);
  const rows = programme.partnerships.map(
    (partnership) =>
      `<tr>${cell(escapeHtml(partnership.name))}${ids.map((id) => cell(fivePoint(partnership.principleScores[id]), true)).join("")}${cell(fivePoint(partnership.alignment), true)}${cell(partnership.sdgIndices.map((city) => `${escapeHtml(city.city)} ${hundred(city.index)}`).join(", "))}</tr>`,
  );
  return `<section><h2>Partnerships</h2><table>${head(["Partnership", ...ids, "Alignment", "SDG index by city"])}<tbody>${rows.join("")}</tbody></table></section>`;
}

export function programmeHtml(input: ProgrammeReportInput): string {
  const { programme, overallTrends } = input;
  // The rules' disagreements, as the Programme sheet lists them under the rules it used.
  const notes = [
    ...programmeRules(programme.partnerships).problems.map(
      (problem) => `${problem.message.charAt(0).toUpperCase()}${problem.message.slice(1)}.`,
    ),
    ...input.notes,
  ];
  const cities = programme.partnerships.reduce(
    (total, partnership) => total + partnership.sdgIndices.length,
    0,
  );
  return [
    `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>Programme view: ${programme.partnerships.length} partnerships — C2C Scoreboard</title><style>${REPORT_CSS}</style></head><body>`,
    `<header><h1>Programme view: ${programme.partnerships.length} partnerships, ${cities} cities</h1>`,
    `<p class="note">City-to-city partnership monitoring and evaluation following the OECD framework, both components across the programme: the self-assessment against the principles and the SDG indicators.</p></header>`,
    principlesSection(programme),
    indicesSection(programme),
    trendsSection(programme, overallTrends),
    dacSection(programme),
    partnershipsSection(programme),
    notes.length === 0
      ? ""
      : `<section><h2>Notes</h2><ul class="notes">${notes.map((note) => `<li class="note">${escapeHtml(note)}</li>`).join("")}</ul></section>`,
    `<footer class="provenance"><p>Made from ${escapeHtml(input.source)} at ${escapeHtml(input.generatedAt)} by ${escapeHtml(input.product)}, catalogue ${escapeHtml(programme.catalogueVersion ?? "(not stamped)")}, ${escapeHtml(programme.list)} list.</p></footer>`,
    `</body></html>\n`,
  ].join("\n");
}
