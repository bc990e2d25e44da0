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
import { numbersIn, type ReportNumbers } from "./numbers";
import { radarSvg } from "./radarSvg";
import { REPORT_CSS } from "./reportCss";
import { stakeholdersSection } from "./stakeholdersSection";
import { compareCities } from "../../compare";
import { comparisonSection } from "./comparisonSection";
import { dacSection } from "./dacSection";
import { trendSvg } from "./trendSvg";
import { catalogueText } from "../../catalogue/texts";
import { labelIn, tokenIn, type Language } from "../../language";
import { phraseText } from "../../language/problemTexts";
import { templateWords } from "../../templates/texts";
import { reportText, type ReportText } from "../texts";

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
  /** The page's language (`--lang`); English when left out. */
  readonly language?: Language;
}

/** What every section needs to speak the page's language. */
interface Speech {
  readonly language: Language;
  readonly t: ReportText;
  readonly n: ReportNumbers;
  readonly badge: (label: string | null) => string;
  readonly principleName: (id: string, english: string) => string;
  readonly goalName: (goal: number, english: string) => string;
}

function speech(language: Language): Speech {
  const catalogueName = (section: "principleNames" | "goalNames", id: string, english: string) =>
    language === "en" ? english : (catalogueText(language, section, id) ?? english);
  return {
    language,
    t: reportText(language),
    n: numbersIn(language),
    badge: (label) => bandBadge(label, language),
    principleName: (id, english) => catalogueName("principleNames", id, english),
    goalName: (goal, english) => catalogueName("goalNames", String(goal), english),
  };
}

function cell(content: string, numeric = false): string {
  return numeric ? `<td class="number">${content}</td>` : `<td>${content}</td>`;
}

function principlesSection(scores: AssessmentScores, say: Speech): string {
  const { t, n, badge } = say;
  const withheld = principlesWithheld(scores, say.language);
  if (withheld !== null) return withheldPrinciplesSection(scores, withheld, say);
  const alignment = scores.alignment;
  const rows = scores.principles.map(
    (principle) =>
      `<tr>${cell(escapeHtml(principle.principle))}${cell(escapeHtml(say.principleName(principle.principle, principle.name)))}${cell(n.fivePoint(principle.score), true)}${cell(n.hundred(principle.scoreOutOf100), true)}` +
      `${cell(badge(principle.band))}${cell(t("answeredOf", { answered: principle.itemsAnswered, applicable: principle.itemsApplicable }), true)}${cell(String(principle.contestedItems), true)}</tr>`,
  );
  const alignmentText =
    alignment.score === null
      ? escapeHtml(
          t("noAlignment", {
            reason:
              alignment.note === null
                ? t("noPrincipleScore")
                : phraseText(say.language, alignment.note),
          }),
        )
      : t("alignment", {
          score: n.fivePoint(alignment.score),
          hundred: n.hundred(alignment.scoreOutOf100),
          band: badge(alignment.band),
          principles: alignment.principlesScored,
        });
  const header = [
    "principle",
    "name",
    "scoreFivePoint",
    "scoreHundred",
    "band",
    "itemsAnswered",
    "contestedItems",
  ] as const;
  return [
    `<section id="principles"><h2>${t("principlesHeading")}</h2>`,
    `<p class="headline">${alignmentText}</p>`,
    `<p>${t("checklistCounts", { respondents: scores.checklist.respondents, items: scores.checklist.items, answered: scores.checklist.itemsAnswered, contested: scores.checklist.contestedItems })}</p>`,
    `<div class="charts"><figure>${radarSvg(scores.principles, t, (principle) => say.principleName(principle.principle, principle.name), n)}<figcaption>${t("radarCaption")}</figcaption></figure></div>`,
    bandLegend(PRINCIPLE_BAND_LABELS, say.language),
    `<table class="principles"><caption>${t("principleScores")}</caption><thead><tr>${header.map((key) => `<th>${t(key)}</th>`).join("")}</tr></thead>`,
    `<tbody>${rows.join("")}</tbody></table></section>`,
  ].join("");
}

/** The principles section when its scores would be one or two people's answers: the reason and the counts, no number. */
function withheldPrinciplesSection(
  scores: AssessmentScores,
  withheld: string,
  say: Speech,
): string {
  const { t } = say;
  const rows = scores.principles.map(
    (principle) =>
      `<tr>${cell(escapeHtml(principle.principle))}${cell(escapeHtml(say.principleName(principle.principle, principle.name)))}${cell(t("answeredOf", { answered: principle.itemsAnswered, applicable: principle.itemsApplicable }), true)}</tr>`,
  );
  return [
    `<section id="principles"><h2>${t("principlesHeading")}</h2>`,
    `<p class="headline">${escapeHtml(withheld)}</p>`,
    `<p>${t("checklistCountsWithheld", { respondents: scores.checklist.respondents, items: scores.checklist.items, answered: scores.checklist.itemsAnswered })}</p>`,
    `<table class="principles"><caption>${t("principlesWithheldCaption")}</caption><thead><tr><th>${t("principle")}</th><th>${t("name")}</th><th>${t("itemsAnswered")}</th></tr></thead>`,
    `<tbody>${rows.join("")}</tbody></table></section>`,
  ].join("");
}

function objectiveName(id: string, language: Language): string {
  const english = catalogue.objectives.find((objective) => objective.id === id)?.name ?? id;
  return language === "en" ? english : (catalogueText(language, "objectiveNames", id) ?? english);
}

function citySection(city: CitySdgResult, scores: AssessmentScores, say: Speech): string {
  const { t, n, badge, language } = say;
  const goalRows = city.goals.map(
    (row) =>
      `<tr>${cell(escapeHtml(t("goalTag", { goal: row.goal })))}${cell(escapeHtml(say.goalName(row.goal, row.name)))}${cell(n.hundred(row.latest.index), true)}${cell(badge(row.latest.band))}` +
      `${cell(t("coverageOf", { share: n.percent(row.latest.coverage), available: row.latest.available, listed: row.latest.listed }), true)}${cell(escapeHtml(labelIn(language, row.trend.trendClass)))}${cell(n.percent(row.trend.distanceClosed), true)}</tr>`,
  );
  const objectiveRows = city.objectives.map(
    (objective) =>
      `<tr>${cell(escapeHtml(objective.objective))}${cell(escapeHtml(objectiveName(objective.objective, language)))}${cell(n.hundred(objective.index), true)}${cell(badge(objective.band))}${cell(n.percent(objective.coverage), true)}</tr>`,
  );
  const cityName = escapeHtml(city.city);
  const goalHeader = [
    "goal",
    "name",
    "indexHundred",
    "band",
    "coverage",
    "trend",
    "distanceClosed",
  ] as const;
  const objectiveHeader = ["objective", "name", "indexHundred", "band", "coverage"] as const;
  const th = (keys: readonly Parameters<ReportText>[0][]): string =>
    keys.map((key) => `<th>${t(key)}</th>`).join("");
  return [
    `<h3>${escapeHtml(t("cityHeading", { city: city.city, year: city.latestYear }))}</h3>`,
    `<p>${t("cityOverall", {
      index: n.hundred(city.overall.index),
      band: badge(city.overall.band),
      withIndex: city.overall.goalsWithIndex,
      goals: city.overall.goals,
      trend: escapeHtml(labelIn(language, city.overallTrend.trendClass)),
      withValue: city.coverage.withValue,
      rows: city.coverage.rows,
      share: n.percent(city.coverage.share),
    })}</p>`,
    `<figure>${goalBarsSvg(city, scores.settings.sdgBandLimits, language, say.goalName)}<figcaption>${t("goalBarsCaption", { city: cityName, year: city.latestYear })}</figcaption></figure>`,
    `<table class="goals"><caption>${t("goalsCaption", { city: cityName })}</caption><thead><tr>${th(goalHeader)}</tr></thead><tbody>${goalRows.join("")}</tbody></table>`,
    `<table class="objectives"><caption>${t("objectivesCaption", { city: cityName })}</caption><thead><tr>${th(objectiveHeader)}</tr></thead><tbody>${objectiveRows.join("")}</tbody></table>`,
  ].join("");
}

function sdgSection(assessment: Assessment, scores: AssessmentScores, say: Speech): string {
  const { t } = say;
  if (scores.cities.length === 0)
    return `<section id="sdg"><h2>${t("sdgHeading")}</h2><p class="note">${t("noIndicators")}</p></section>`;
  return [
    `<section id="sdg"><h2>${t("sdgHeading")}</h2>`,
    bandLegend(SDG_BAND_LABELS, say.language),
    ...scores.cities.map((city) => citySection(city, scores, say)),
    `<h3>${t("trends")}</h3>`,
    `<figure>${trendSvg(assessment.partnership.cities, scores.overallIndices, t, say.n)}<figcaption>${t("trendCaption")}</figcaption></figure>`,
    `</section>`,
  ].join("");
}

function highlightList(title: string, highlights: Highlights, say: Speech): string {
  const { t, n, badge } = say;
  const items = [
    ...highlights.principles.map(
      (entry) =>
        `<li>${escapeHtml(entry.principle)} ${escapeHtml(say.principleName(entry.principle, entry.name))}: ${n.fivePoint(entry.score)} ${badge(entry.band)}</li>`,
    ),
    ...highlights.goals.map(
      (entry) =>
        `<li>${escapeHtml(entry.city)}, ${escapeHtml(t("goalTag", { goal: entry.goal }))} ${escapeHtml(say.goalName(entry.goal, entry.name))} (${entry.year}): ${n.hundred(entry.index)} ${badge(entry.band)}</li>`,
    ),
  ];
  return `<div><h3>${title}</h3>${items.length === 0 ? `<p class="note">${t("none")}</p>` : `<ul>${items.join("")}</ul>`}</div>`;
}

function actionsSection(scores: AssessmentScores, say: Speech): string {
  const { t, n, language } = say;
  const actions = scores.actions;
  // Principle strengths and priorities carry the principle scores: withheld with them.
  const published = (highlights: Highlights): Highlights =>
    principlesWithheld(scores) === null ? highlights : { ...highlights, principles: [] };
  const statuses = Object.entries(actions.byStatus).map(
    ([status, count]) =>
      `${count} ${escapeHtml(language === "en" ? status : tokenIn(language, "status", status))}`,
  );
  const data = scores.dataCoverage;
  return [
    `<section id="actions"><h2>${t("actionsHeading")}</h2><div class="charts">`,
    highlightList(t("strengths"), published(scores.strengths), say),
    highlightList(t("priorities"), published(scores.priorities), say),
    `</div>`,
    `<p>${t("dataCoverage", { withValue: data.withValue, rows: data.rows, share: n.percent(data.share), disaggregated: data.disaggregated, disaggregationShare: n.percent(data.disaggregationShare) })}</p>`,
    `<p>${t("actionPlan", {
      total: actions.total,
      statuses: statuses.join(", "),
      noStatus: actions.noStatus > 0 ? t("withoutStatus", { count: actions.noStatus }) : "",
      addressed: actions.stakeholderInputAddressed,
      share: n.percent(actions.stakeholderInputShare),
      answered: actions.stakeholderInputAnswered,
    })}</p>`,
    `</section>`,
  ].join("");
}

function problemsNote(problems: readonly Problem[], say: Speech): string {
  if (problems.length === 0) return "";
  const warnings = problems.filter((problem) => problem.severity === "warning").length;
  return `<p class="note">${say.t("problemsNote", { problems: problems.length, warnings })}</p>`;
}

/** The partner cities side by side (peer learning); nothing when the partnership cannot be compared (fewer than two cities). */
function citiesComparison(
  assessment: Assessment,
  scores: AssessmentScores,
  language: Language,
): string {
  const comparison = compareCities(assessment, scores);
  return comparison.ok ? comparisonSection(comparison.value, language) : "";
}

export function reportHtml(input: HtmlReportInput): string {
  const { assessment, scores, provenance } = input;
  const language = input.language ?? "en";
  const say = speech(language);
  const { t } = say;
  const partnership = assessment.partnership;
  const stamp = { generatedOn: provenance.generatedAt.slice(0, 10) };
  const list = language === "en" ? partnership.list : tokenIn(language, "list", partnership.list);
  const subtitle = [
    partnership.cities.join(" – "),
    partnership.countries.length > 0 ? partnership.countries.join(", ") : null,
    partnership.reportingYear === null
      ? null
      : t("reportingYear", { year: partnership.reportingYear }),
    t("indicatorList", { list }),
  ].filter((part): part is string => part !== null);
  const provenanceText = provenanceLine(
    stamp,
    partnership.list,
    scores.settings,
    templateWords(language),
    say.n.plain,
  );
  return [
    `<!DOCTYPE html>\n<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(t("title", { partnership: partnership.name }))}</title><style>${REPORT_CSS}</style></head><body>`,
    `<header><h1>${escapeHtml(partnership.name)}</h1><p class="subtitle">${escapeHtml(subtitle.join(" · "))}</p>`,
    `<p class="note">${t("intro")}</p></header>`,
    problemsNote(input.problems, say),
    principlesSection(scores, say),
    stakeholdersSection(stakeholderView(assessment, scores), language),
    sdgSection(assessment, scores, say),
    dacSection(scores, language),
    actionsSection(scores, say),
    citiesComparison(assessment, scores, language),
    ...(input.extraSections ?? []),
    methodSection(scores, language),
    `<footer class="provenance"><p>${escapeHtml(provenanceText)}</p>`,
    `<p>${escapeHtml(t("madeFrom", { source: provenance.source, time: provenance.generatedAt, product: provenance.product, catalogue: provenance.catalogueVersion }))}</p></footer>`,
    `</body></html>\n`,
  ].join("\n");
}
