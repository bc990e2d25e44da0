// "How these numbers were made": the formulas, the end and worst values with their basis for every
// indicator in the report, the values this report actually used (the workbook may override the
// catalogue), the bands with their limits, and the coverage rules, all from the settings in force.

import type { AssessmentScores, IndicatorResult } from "../../assessment/types";
import { catalogue, findIndicator } from "../../catalogue";
import { catalogueWording, translationMark } from "../../catalogue/texts";
import type { EndValue, IndicatorDefinition, ValueBasis } from "../../catalogue/types";
import { tokenIn, type Language } from "../../language";
import type { ScoringSettings } from "../../settings";
import { reportText, type ReportText, type ReportTextKey } from "../texts";
import { bandBadge } from "./bands";
import { escapeHtml } from "./escape";
import { numbersIn, type ReportNumbers } from "./numbers";
import { unitWording } from "./units";

const WORST_MODES: Readonly<Record<ScoringSettings["worstValueMode"], ReportTextKey>> = {
  fixed: "worstFixed",
  peer: "worstPeer",
  baseline: "worstBaseline",
};

const BASIS_KINDS: Readonly<Record<ValueBasis["kind"], ReportTextKey>> = {
  "2030 Agenda": "basis.2030 Agenda",
  "international standard": "basis.international standard",
  "natural maximum": "basis.natural maximum",
  "peer benchmark": "basis.peer benchmark",
  "product default — review locally": "basis.product default — review locally",
};

/** What the page's words need: the report's texts and numbers and the language of the catalogue's. */
interface Words {
  readonly t: ReportText;
  readonly n: ReportNumbers;
  readonly language: Language;
}

function endText(end: EndValue, { t, n }: Words): string {
  return end.kind === "absolute"
    ? n.plain(end.value)
    : t("relativeEnd", { factor: n.plain(end.factor) });
}

function basisText(basis: ValueBasis, { t, language }: Words): string {
  const kind = t(BASIS_KINDS[basis.kind]);
  return basis.source === undefined
    ? kind
    : t("basisWithSource", {
        kind,
        source: catalogueWording(language, "basisSources", basis.source, basis.source),
      });
}

/**
 * The indicator's name in the catalogue's wording: the UN's official French or Spanish name where
 * the catalogue has one, else its own, marked as an unofficial translation.
 */
function indicatorName(definition: IndicatorDefinition, { t, language }: Words): string {
  const name = escapeHtml(
    catalogueWording(language, "indicatorNames", definition.id, definition.name),
  );
  const mark = translationMark(language, "indicatorNames", definition.id);
  return mark.translation === "unofficial"
    ? `${name} <small class="unofficial">(${t("unofficialTranslation")})</small>`
    : name;
}

/** The distinct values of one column the scores used, in rising order. */
function usedValues(
  rows: readonly IndicatorResult[],
  pick: (row: IndicatorResult) => number | null,
  n: ReportNumbers,
): string {
  const values = [
    ...new Set(rows.map(pick).filter((value): value is number => value !== null)),
  ].sort((a, b) => a - b);
  return values.length === 0
    ? "–"
    : values.map((value) => n.plain(Math.round(value * 1000) / 1000)).join(", ");
}

function usedText(rows: readonly IndicatorResult[], { t, n }: Words): string {
  return escapeHtml(
    t("usedEndWorst", {
      end: usedValues(rows, (row) => row.end, n),
      worst: usedValues(rows, (row) => row.worst, n),
    }),
  );
}

function indicatorRow(
  definition: IndicatorDefinition,
  rows: readonly IndicatorResult[],
  words: Words,
): string {
  const { t } = words;
  const named = {
    name: indicatorName(definition, words),
    unit: escapeHtml(unitWording(definition.unit, t)),
  };
  const cells = [
    escapeHtml(definition.id),
    t(definition.polarity === "higher" ? "higherIsBetter" : "lowerIsBetter", named),
    `${escapeHtml(endText(definition.end, words))}<br><small>${escapeHtml(basisText(definition.endBasis, words))}</small>`,
    `${escapeHtml(words.n.plain(definition.worst))}<br><small>${escapeHtml(basisText(definition.worstBasis, words))}</small>`,
    usedText(rows, words),
  ];
  return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join("")}</tr>`;
}

/** A code the workbook uses that the catalogue does not define: its end and worst values are the workbook's own. */
function localIndicatorRow(code: string, rows: readonly IndicatorResult[], words: Words): string {
  const { t } = words;
  const cells = [
    escapeHtml(code),
    t("localIndicator"),
    t("workbookEnd"),
    t("workbookWorst"),
    usedText(rows, words),
  ];
  return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join("")}</tr>`;
}

/** The official names' source, said once under the table of a French or Spanish page. */
function namesSource(words: Words): string {
  if (words.language === "en") return "";
  // The catalogue describes its source in English; the page gives only its address.
  const described = translationMark(words.language, "indicatorNames").source ?? "";
  const source = /https?:\/\/\S+/u.exec(described)?.[0] ?? described;
  return `<p class="note">${escapeHtml(words.t("indicatorNamesSource", { source }))}</p>`;
}

/**
 * The section in the page's language: the indicators' names and the sources of their bases in the
 * catalogue's wording, the units in the report's.
 */
export function methodSection(scores: AssessmentScores, language: Language = "en"): string {
  const t = reportText(language);
  const n = numbersIn(language);
  const words: Words = { t, n, language };
  const badge = (label: string): string => bandBadge(label, language);
  const settings = scores.settings;
  const sdg = settings.sdgBandLimits;
  const principle = settings.principleBandLimits;
  const present = catalogue.indicators.filter((definition) =>
    scores.indicators.some((row) => row.code.trim().toLowerCase() === definition.id.toLowerCase()),
  );
  const rowsOf = (definition: IndicatorDefinition): readonly IndicatorResult[] =>
    scores.indicators.filter(
      (row) => row.code.trim().toLowerCase() === definition.id.toLowerCase(),
    );
  const localCodes = [
    ...new Set(
      scores.indicators
        .filter((row) => findIndicator(row.code) === undefined)
        .map((row) => row.code.trim()),
    ),
  ];
  const coverage = Math.round(settings.coverageThreshold * 100);
  const worstValues = t(WORST_MODES[settings.worstValueMode], {
    mode: tokenIn(language, "worstValueMode", settings.worstValueMode),
  });
  const header = ["indicator", "name", "endValueBasis", "worstValueBasis", "usedHere"] as const;
  return [
    `<section id="method"><h2>${t("methodHeading")}</h2>`,
    `<h3>${t("methodPrinciplesHeading")}</h3>`,
    `<p>${escapeHtml(
      t("methodPrinciples", {
        aggregation: tokenIn(language, "itemAggregation", settings.itemAggregation),
        halfShare: Math.round(settings.halfAnsweredShare * 100),
        contested: n.plain(settings.contestedThreshold),
      }),
    )}</p>`,
    `<p>${t("methodPrincipleBands", {
      weak: badge("Weak"),
      developingBand: badge("Developing"),
      establishedBand: badge("Established"),
      advancedBand: badge("Advanced"),
      insufficient: badge("Insufficient answers"),
      developing: n.plain(principle.developing),
      established: n.plain(principle.established),
      advanced: n.plain(principle.advanced),
    })}</p>`,
    `<h3>${t("methodIndicatorsHeading")}</h3>`,
    `<p>${escapeHtml(
      t("methodIndicators", { worstValues, coverage, targetYear: settings.targetYear }),
    )}</p>`,
    `<p>${t("methodSdgBands", {
      achieved: badge("Achieved"),
      remain: badge("Challenges remain"),
      significant: badge("Significant challenges"),
      major: badge("Major challenges"),
      low: badge("Low coverage"),
      noData: badge("No data"),
      achievedLimit: n.plain(sdg.achieved),
      remainLimit: n.plain(sdg.challengesRemain),
      significantLimit: n.plain(sdg.significantChallenges),
      coverage,
    })}</p>`,
    `<table class="indicators"><caption>${escapeHtml(t("indicatorsCaption", { version: catalogue.version }))}</caption>`,
    `<thead><tr>${header.map((key) => `<th>${t(key)}</th>`).join("")}</tr></thead>`,
    `<tbody>${present.map((definition) => indicatorRow(definition, rowsOf(definition), words)).join("")}`,
    `${localCodes
      .map((code) =>
        localIndicatorRow(
          code,
          scores.indicators.filter((row) => row.code.trim() === code),
          words,
        ),
      )
      .join("")}</tbody></table>`,
    namesSource(words),
    `</section>`,
  ].join("");
}
