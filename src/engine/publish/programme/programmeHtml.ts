// `c2c report programme.xlsx --html`: the programme on one self-contained page (inline CSS, no
// scripts or requests) — principles across the partnerships with their spread and band shares, the
// goals, EC objectives and overall SDG index across the cities with low coverage counted apart, the
// trend shares per goal, the DAC criteria across the partnerships and each partnership's scores. Every band carries its label beside its
// colour. Aggregates only: partnerships' own figures are what their published Scoreboards show.

import { catalogueWording } from "../../catalogue/texts";
import { formatDacSources } from "../../dac";
import { labelIn, tokenIn, type Language } from "../../language";
import { problemMessage } from "../../language/problemTexts";
import { escapeHtml } from "../html/escape";
import { bandBadge, bandLegend, PRINCIPLE_BAND_LABELS, SDG_BAND_LABELS } from "../html/bands";
import { numbersIn, type ReportNumbers } from "../html/numbers";
import { REPORT_CSS } from "../html/reportCss";
import type { Distribution } from "../../programme/distribution";
import { PRINCIPLE_BANDS, TREND_CLASSES } from "../../programme/labels";
import { isRuleDisagreement } from "../../programme/programmeRules";
import type { Programme } from "../../programme/types";
import { sdgBand } from "../../scoring";
import type { ProgrammeReportInput } from "./programmeJson";
import { reportNote } from "./reportNotes";
import { programmeReportText, type ProgrammeReportTextKey } from "./texts";

/** What every section needs to speak the page's language. */
interface Say {
  readonly language: Language;
  readonly t: ReturnType<typeof programmeReportText>;
  readonly n: ReportNumbers;
  readonly headers: (keys: readonly ProgrammeReportTextKey[]) => string;
}

function sayIn(language: Language): Say {
  const t = programmeReportText(language);
  return {
    language,
    t,
    n: numbersIn(language),
    headers: (keys) => head(keys.map((key) => t(key))),
  };
}

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

const SPREAD: readonly ProgrammeReportTextKey[] = [
  "header.median",
  "header.lowerQuartile",
  "header.upperQuartile",
  "header.minimum",
  "header.maximum",
];

const PRINCIPLE_HEADERS: readonly ProgrammeReportTextKey[] = [
  "header.principle",
  "header.name",
  "header.mean5",
  "header.band",
  "header.partnerships",
  ...SPREAD,
];

function principlesSection(programme: Programme, say: Say): string {
  const { t, n, language } = say;
  const rows = [
    ...programme.principles.map((entry) => ({
      id: entry.principle,
      name: catalogueWording(language, "principleNames", entry.principle, entry.name),
      entry,
    })),
    { id: t("principles.overall"), name: t("principles.alignment"), entry: programme.alignment },
  ].map(
    ({ id, name, entry }) =>
      `<tr>${cell(escapeHtml(id))}${cell(escapeHtml(name))}${cell(n.fivePoint(entry.average), true)}${cell(bandBadge(entry.band, language))}${cell(String(entry.partnershipsWithScore), true)}${spreadCells(entry.distribution, n.fivePoint)}` +
      PRINCIPLE_BANDS.map((band) => cell(n.percent(entry.bandShares[band]), true)).join("") +
      "</tr>",
  );
  return [
    `<section><h2>${escapeHtml(t("principles.heading"))}</h2>`,
    `<p class="note">${escapeHtml(t("principles.note"))}</p>`,
    bandLegend(PRINCIPLE_BAND_LABELS.slice(0, 4), language),
    `<table>${head([
      ...PRINCIPLE_HEADERS.map((key) => t(key)),
      ...PRINCIPLE_BANDS.map((band) => labelIn(language, band)),
    ])}<tbody>${rows.join("")}</tbody></table></section>`,
  ].join("");
}

function indicesSection(programme: Programme, say: Say): string {
  const { t, n, language } = say;
  const limits = programme.settings.sdgBandLimits;
  const band = (mean: number | null): string => {
    if (mean === null) return bandBadge("No data", language);
    const result = sdgBand(mean, limits);
    return bandBadge(result.ok ? result.value : "No data", language);
  };
  const row = (
    id: string,
    name: string,
    distribution: Distribution,
    low: number | null,
    noData: number,
    coverage: number | null,
  ): string =>
    `<tr>${cell(escapeHtml(id))}${cell(escapeHtml(name))}${cell(n.hundred(distribution.mean), true)}${cell(band(distribution.mean))}${cell(String(distribution.count), true)}${spreadCells(distribution, n.hundred)}${cell(low === null ? "—" : String(low), true)}${cell(String(noData), true)}${cell(n.percent(coverage), true)}</tr>`;
  const goals = programme.goals.map((goal) =>
    row(
      t("indices.goalId", { goal: goal.goal }),
      catalogueWording(language, "goalNames", String(goal.goal), goal.name),
      goal.distribution,
      goal.lowCoverageCities,
      goal.noDataCities,
      goal.dataCoverage,
    ),
  );
  const objectives = programme.objectives.map((objective) =>
    row(
      objective.objective,
      catalogueWording(language, "objectiveNames", objective.objective, objective.name),
      objective.distribution,
      objective.lowCoverageCities,
      objective.noDataCities,
      null,
    ),
  );
  const overall = row(
    t("indices.overallId"),
    t("indices.overall"),
    programme.overall.distribution,
    null,
    programme.overall.noDataCities,
    null,
  );
  const headers: ProgrammeReportTextKey[] = [
    "header.goal",
    "header.name",
    "header.mean100",
    "header.band",
    "header.citiesCounted",
    ...SPREAD,
    "header.lowCoverage",
    "header.noData",
    "header.dataCoverage",
  ];
  return [
    `<section><h2>${escapeHtml(t("indices.heading"))}</h2>`,
    `<p class="note">${escapeHtml(t("indices.note", { threshold: n.percent(programme.settings.coverageThreshold) }))}</p>`,
    bandLegend(SDG_BAND_LABELS, language),
    `<table>${say.headers(headers)}<tbody>${goals.join("")}</tbody></table>`,
    `<h3>${escapeHtml(t("indices.objectivesHeading"))}</h3><table>${say.headers(["header.objective", ...headers.slice(1)])}<tbody>${[...objectives, overall].join("")}</tbody></table></section>`,
  ].join("");
}

function trendsSection(programme: Programme, overallTrends: boolean, say: Say): string {
  const { t, n, language } = say;
  const rows = programme.goals.map(
    (goal) =>
      `<tr>${cell(escapeHtml(t("indices.goalId", { goal: goal.goal })))}${cell(escapeHtml(catalogueWording(language, "goalNames", String(goal.goal), goal.name)))}${TREND_CLASSES.map((trend) => cell(n.percent(goal.trendShares[trend]), true)).join("")}</tr>`,
  );
  if (overallTrends)
    rows.push(
      `<tr>${cell(escapeHtml(t("indices.overallId")))}${cell(escapeHtml(t("indices.overall")))}${TREND_CLASSES.map((trend) => cell(n.percent(programme.overall.trendShares[trend]), true)).join("")}</tr>`,
    );
  return `<section><h2>${escapeHtml(t("trends.heading"))}</h2><p class="note">${escapeHtml(t("trends.note"))}</p><table>${head([t("header.goal"), t("header.name"), ...TREND_CLASSES.map((trend) => labelIn(language, trend))])}<tbody>${rows.join("")}</tbody></table></section>`;
}

function dacSection(programme: Programme, say: Say): string {
  const { t, n, language } = say;
  const rows = programme.dacCriteria.map(
    (criterion) =>
      `<tr>${cell(escapeHtml(criterion.criterion))}${cell(escapeHtml(catalogueWording(language, "dacCriteria", criterion.criterion, criterion.name)))}${cell(n.hundred(criterion.distribution.mean), true)}${cell(String(criterion.distribution.count), true)}${spreadCells(criterion.distribution, n.hundred)}${cell(escapeHtml(formatDacSources(criterion.sources)))}</tr>`,
  );
  return `<section id="dac"><h2>${escapeHtml(t("dac.heading"))}</h2><p class="note">${escapeHtml(t("dac.note"))}</p><table>${say.headers(["header.criterion", "header.name", "header.mean100", "header.partnerships", ...SPREAD, "header.sources"])}<tbody>${rows.join("")}</tbody></table></section>`;
}

function partnershipsSection(programme: Programme, say: Say): string {
  const { t, n } = say;
  const ids = programme.principles.map((principle) => principle.principle);
  const rows = programme.partnerships.map(
    (partnership) =>
      `<tr>${cell(escapeHtml(partnership.name))}${ids.map((id) => cell(n.fivePoint(partnership.principleScores[id]), true)).join("")}${cell(n.fivePoint(partnership.alignment), true)}${cell(partnership.sdgIndices.map((city) => `${escapeHtml(city.city)} ${n.hundred(city.index)}`).join(", "))}</tr>`,
  );
  return `<section><h2>${escapeHtml(t("partnerships.heading"))}</h2><table>${head([t("header.partnership"), ...ids, t("header.alignment"), t("header.sdgIndexByCity")])}<tbody>${rows.join("")}</tbody></table></section>`;
}

export function programmeHtml(input: ProgrammeReportInput): string {
  const { programme, overallTrends } = input;
  const say = sayIn(input.language);
  const { t, language } = say;
  // The rules' disagreements, as the Programme sheet lists them under the rules it used.
  const notes = [
    ...input.problems.filter(isRuleDisagreement).map((problem) => {
      const message = problemMessage(language, problem);
      return `${message.charAt(0).toUpperCase()}${message.slice(1)}.`;
    }),
    ...input.notes.map((note) => reportNote(language, note)),
  ];
  const cities = programme.partnerships.reduce(
    (total, partnership) => total + partnership.sdgIndices.length,
    0,
  );
  return [
    `<!DOCTYPE html>\n<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(t("page.title", { partnerships: programme.partnerships.length }))}</title><style>${REPORT_CSS}</style></head><body>`,
    `<header><h1>${escapeHtml(t("page.heading", { partnerships: programme.partnerships.length, cities }))}</h1>`,
    `<p class="note">${escapeHtml(t("page.intro"))}</p></header>`,
    principlesSection(programme, say),
    indicesSection(programme, say),
    trendsSection(programme, overallTrends, say),
    dacSection(programme, say),
    partnershipsSection(programme, say),
    notes.length === 0
      ? ""
      : `<section><h2>${escapeHtml(t("notes.heading"))}</h2><ul class="notes">${notes.map((note) => `<li class="note">${escapeHtml(note)}</li>`).join("")}</ul></section>`,
    `<footer class="provenance"><p>${escapeHtml(
      t("footer.madeFrom", {
        source: input.source,
        generatedAt: input.generatedAt,
        product: input.product,
        version: programme.catalogueVersion ?? t("footer.notStamped"),
        list: tokenIn(language, "list", programme.list),
      }),
    )}</p></footer>`,
    `</body></html>\n`,
  ].join("\n");
}
