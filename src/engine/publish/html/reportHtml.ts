// `c2c report --html` and the pane's Publish: the scoreboard as one self-contained HTML page — inline
// CSS, inline SVG charts, no scripts, fonts, images or links to fetch — that reads on screen and in
// print. It shows aggregates only (principle and index scores, counts, the stakeholder view under the
// privacy rule of settings.minimumGroupSize); no respondent's name, organisation or answers, and no
// problem message (those quote cells), appear in it. When the whole checklist has too few
// respondents (principlesWithheld), the principle scores, the alignment, the radar and the principle
// strengths and priorities give way to the reason.

import type { AssessmentScores, CitySdgResult, Highlights } from "../../assessment/types";
import { catalogue } from "../../catalogue";
import type { Assessment, Problem } from "../../model/types";
import { stakeholderView } from "../../stakeholders";
import { principlesWithheld } from "../principlesWithheld";
import { provenanceLine } from "../../templates/provenance";
import { bandBadge, bandLegend, PRINCIPLE_BAND_LABELS, SDG_BAND_LABELS } from "./bands";
import { escapeHtml } from "./escape";
import { goalBarsSvg } from "./goalBarsSvg";
import { methodSection } from "./methodSection";
import { fivePoint, hundred, percent } from "./numbers";
import { radarSvg } from "./radarSvg";
import { REPORT_CSS } from "./reportCss";
import { stakeholdersSection } from "./stakeholdersSection";
import { compareCities } from "../../compare";
import { comparisonSection } from "./comparisonSection";
import { dacSection } from "./dacSection";
import { trendSvg } from "./trendSvg";

export interface PublicationProvenance {
  /** The workbook the report was made from, as the user named it. */
  readonly source: string;
  /** Product name and version. */
  readonly product: string;
  readonly catalogueVersion: string;
  /** ISO timestamp of the run. */
  readonly generatedAt: string;
}

export interface HtmlReportInput {
  readonly provenance: PublicationProvenance;
  readonly assessment: Assessment;
  readonly scores: AssessmentScores;
  readonly problems: readonly Problem[];
  /** Whole <section> elements (already escaped HTML, e.g. the peer comparison) placed before the method. */
  readonly extraSections?: readonly string[];
}

function cell(content: string, numeric = false): string {
  return numeric ? `<td class="number">${content}</td>` : `<td>${content}</td>`;
}

function principlesSection(scores: AssessmentScores): string {
  const withheld = principlesWithheld(scores);
  if (withheld !== null) return withheldPrinciplesSection(scores, withheld);
  const alignment = scores.alignment;
  const rows = scores.principles.map(
    (principle) =>
      `<tr>${cell(escapeHtml(principle.principle))}${cell(escapeHtml(principle.name))}${cell(fivePoint(principle.score), true)}${cell(hundred(principle.scoreOutOf100), true)}` +
      `${cell(bandBadge(principle.band))}${cell(`${principle.itemsAnswered} of ${principle.itemsApplicable}`, true)}${cell(String(principle.contestedItems), true)}</tr>`,
  );
  const alignmentText =
    alignment.score === null
      ? `No overall alignment: ${escapeHtml(alignment.note ?? "no principle has a score")}.`
      : `Overall alignment with the G20 principles: <strong>${fivePoint(alignment.score)}</strong> of 5 (${hundred(alignment.scoreOutOf100)} of 100) ${bandBadge(alignment.band)}, over ${alignment.principlesScored} principles with a score.`;
  return [
    `<section id="principles"><h2>Alignment with the G20 principles</h2>`,
    `<p class="headline">${alignmentText}</p>`,
    `<p>${scores.checklist.respondents} respondents rated ${scores.checklist.items} checklist items; ${scores.checklist.itemsAnswered} items are answered and ${scores.checklist.contestedItems} contested.</p>`,
    `<div class="charts"><figure>${radarSvg(scores.principles)}<figcaption>Principle scores, 1 (centre) to 5 (rim).</figcaption></figure></div>`,
    bandLegend(PRINCIPLE_BAND_LABELS),
    `<table class="principles"><caption>Principle scores</caption><thead><tr><th>Principle</th><th>Name</th><th>Score 1–5</th><th>0–100</th><th>Band</th><th>Items answered</th><th>Contested items</th></tr></thead>`,
    `<tbody>${rows.join("")}</tbody></table></section>`,
  ].join("");
}

/** The principles section when its scores would be one or two people's answers: the reason and the counts, no number. */
function withheldPrinciplesSection(scores: AssessmentScores, withheld: string): string {
  const rows = scores.principles.map(
    (principle) =>
      `<tr>${cell(escapeHtml(principle.principle))}${cell(escapeHtml(principle.name))}${cell(`${principle.itemsAnswered} of ${principle.itemsApplicable}`, true)}</tr>`,
  );
  return [
    `<section id="principles"><h2>Alignment with the G20 principles</h2>`,
    `<p class="headline">${escapeHtml(withheld)}</p>`,
    `<p>${scores.checklist.respondents} respondents rated ${scores.checklist.items} checklist items; ${scores.checklist.itemsAnswered} items are answered.</p>`,
    `<table class="principles"><caption>Principles (scores not published)</caption><thead><tr><th>Principle</th><th>Name</th><th>Items answered</th></tr></thead>`,
    `<tbody>${rows.join("")}</tbody></table></section>`,
  ].join("");
}

function objectiveName(id: string): string {
  return catalogue.objectives.find((objective) => objective.id === id)?.name ?? id;
}

function citySection(city: CitySdgResult, scores: AssessmentScores): string {
  const goalRows = city.goals.map(
    (row) =>
      `<tr>${cell(`SDG ${row.goal}`)}${cell(escapeHtml(row.name))}${cell(hundred(row.latest.index), true)}${cell(bandBadge(row.latest.band))}` +
      `${cell(`${percent(row.latest.coverage)} (${row.latest.available} of ${row.latest.listed})`, true)}${cell(escapeHtml(row.trend.trendClass))}${cell(percent(row.trend.distanceClosed), true)}</tr>`,
  );
  const objectiveRows = city.objectives.map(
    (objective) =>
      `<tr>${cell(escapeHtml(objective.objective))}${cell(escapeHtml(objectiveName(objective.objective)))}${cell(hundred(objective.index), true)}${cell(bandBadge(objective.band))}${cell(percent(objective.coverage), true)}</tr>`,
  );
  return [
    `<h3>${escapeHtml(city.city)}, ${city.latestYear}</h3>`,
    `<p>Overall SDG index <strong>${hundred(city.overall.index)}</strong> ${bandBadge(city.overall.band)} over ${city.overall.goalsWithIndex} of ${city.overall.goals} goals; trend: ${escapeHtml(city.overallTrend.trendClass)}. ` +
      `Data: ${city.coverage.withValue} of ${city.coverage.rows} indicator rows have a value (${percent(city.coverage.share)}).</p>`,
    `<figure>${goalBarsSvg(city, scores.settings.sdgBandLimits)}<figcaption>SDG indices of ${escapeHtml(city.city)} in ${city.latestYear}, 0–100; dashed lines are the band limits.</figcaption></figure>`,
    `<table class="goals"><caption>Goals of ${escapeHtml(city.city)}</caption><thead><tr><th>Goal</th><th>Name</th><th>Index 0–100</th><th>Band</th><th>Coverage</th><th>Trend</th><th>Distance closed</th></tr></thead><tbody>${goalRows.join("")}</tbody></table>`,
    `<table class="objectives"><caption>EC objectives of ${escapeHtml(city.city)}</caption><thead><tr><th>Objective</th><th>Name</th><th>Index 0–100</th><th>Band</th><th>Coverage</th></tr></thead><tbody>${objectiveRows.join("")}</tbody></table>`,
  ].join("");
}

function sdgSection(assessment: Assessment, scores: AssessmentScores): string {
  if (scores.cities.length === 0)
    return `<section id="sdg"><h2>SDG localisation</h2><p class="note">No indicator rows: no SDG index.</p></section>`;
  return [
    `<section id="sdg"><h2>SDG localisation</h2>`,
    bandLegend(SDG_BAND_LABELS),
    ...scores.cities.map((city) => citySection(city, scores)),
    `<h3>Trends</h3>`,
    `<figure>${trendSvg(assessment.partnership.cities, scores.overallIndices)}<figcaption>Overall SDG index per city and year, 0–100.</figcaption></figure>`,
    `</section>`,
  ].join("");
}

function highlightList(title: string, highlights: Highlights): string {
  const items = [
    ...highlights.principles.map(
      (entry) =>
        `<li>${escapeHtml(entry.principle)} ${escapeHtml(entry.name)}: ${fivePoint(entry.score)} ${bandBadge(entry.band)}</li>`,
    ),
    ...highlights.goals.map(
      (entry) =>
        `<li>${escapeHtml(entry.city)}, SDG ${entry.goal} ${escapeHtml(entry.name)} (${entry.year}): ${hundred(entry.index)} ${bandBadge(entry.band)}</li>`,
    ),
  ];
  return `<div><h3>${title}</h3>${items.length === 0 ? `<p class="note">None.</p>` : `<ul>${items.join("")}</ul>`}</div>`;
}

function actionsSection(scores: AssessmentScores): string {
  const actions = scores.actions;
  // Principle strengths and priorities carry the principle scores: withheld with them.
  const published = (highlights: Highlights): Highlights =>
    principlesWithheld(scores) === null ? highlights : { ...highlights, principles: [] };
  const statuses = Object.entries(actions.byStatus).map(
    ([status, count]) => `${count} ${escapeHtml(status)}`,
  );
  const data = scores.dataCoverage;
  return [
    `<section id="actions"><h2>Strengths, priorities, data and actions</h2><div class="charts">`,
    highlightList("Strengths", published(scores.strengths)),
    highlightList("Priorities", published(scores.priorities)),
    `</div>`,
    `<p>Data: ${data.withValue} of ${data.rows} indicator rows have a value (${percent(data.share)}); ${data.disaggregated} values are disaggregated by sex, age, disability or location (${percent(data.disaggregationShare)} of the values).</p>`,
    `<p>Action plan: ${actions.total} actions (${statuses.join(", ")}${actions.noStatus > 0 ? `, ${actions.noStatus} without a status` : ""}); ` +
      `${actions.stakeholderInputAddressed} address stakeholder input (${percent(actions.stakeholderInputShare)} of the ${actions.stakeholderInputAnswered} actions marked y or n).</p>`,
    `</section>`,
  ].join("");
}

function problemsNote(problems: readonly Problem[]): string {
  if (problems.length === 0) return "";
  const warnings = problems.filter((problem) => problem.severity === "warning").length;
  return `<p class="note">The workbook had ${problems.length} problems (${warnings} warnings) when this report was made; run c2c score on it to see them. Cells with problems are left out of the numbers above.</p>`;
}

/** The partner cities side by side (peer learning); nothing when the partnership cannot be compared (fewer than two cities). */
function citiesComparison(assessment: Assessment, scores: AssessmentScores): string {
  const comparison = compareCities(assessment, scores);
  return comparison.ok ? comparisonSection(comparison.value) : "";
}

export function reportHtml(input: HtmlReportInput): string {
  const { assessment, scores, provenance } = input;
  const partnership = assessment.partnership;
  const stamp = { generatedOn: provenance.generatedAt.slice(0, 10) };
  const subtitle = [
    partnership.cities.join(" – "),
    partnership.countries.length > 0 ? partnership.countries.join(", ") : null,
    partnership.reportingYear === null ? null : `reporting year ${partnership.reportingYear}`,
    `${partnership.list} indicator list`,
  ].filter((part): part is string => part !== null);
  return [
    `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(partnership.name)} — C2C Scoreboard report</title><style>${REPORT_CSS}</style></head><body>`,
    `<header><h1>${escapeHtml(partnership.name)}</h1><p class="subtitle">${escapeHtml(subtitle.join(" · "))}</p>`,
    `<p class="note">City-to-city partnership monitoring and evaluation following the OECD framework: alignment with the G20 principles and SDG localisation. Every band is shown with its name beside its colour.</p></header>`,
    problemsNote(input.problems),
    principlesSection(scores),
    stakeholdersSection(stakeholderView(assessment, scores)),
    sdgSection(assessment, scores),
    dacSection(scores),
    actionsSection(scores),
    citiesComparison(assessment, scores),
    ...(input.extraSections ?? []),
    methodSection(scores),
    `<footer class="provenance"><p>${escapeHtml(provenanceLine(stamp, partnership.list, scores.settings))}</p>`,
    `<p>Made from ${escapeHtml(provenance.source)} at ${escapeHtml(provenance.generatedAt)} by ${escapeHtml(provenance.product)}, catalogue ${escapeHtml(provenance.catalogueVersion)}.</p></footer>`,
    `</body></html>\n`,
  ].join("\n");
}
