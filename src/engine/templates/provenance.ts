// The provenance line every generated Scoreboard ends with: when it was made, by which
// product and catalogue versions, and with which settings, so a printed page says how it was scored.

import { CATALOGUE_VERSION } from "../catalogue/version";
import type { ListId } from "../catalogue/types";
import { CATALOGUE_DAC_LENS, DAC_CRITERIA, formatDacSources } from "../dac";
import type { ScoringSettings } from "../settings";
import { ENGLISH_WORDS, type TemplateWords } from "./texts";

import { PRODUCT_NAME, PRODUCT_VERSION } from "./product";

export { PRODUCT_NAME, PRODUCT_VERSION } from "./product";

export interface Stamp {
  /** ISO date (YYYY-MM-DD) of the run; the caller passes it so plans are reproducible. */
  readonly generatedOn: string;
}

/** Today's date as the stamp (callers that need reproducible plans pass their own). */
export function todayStamp(): Stamp {
  return { generatedOn: new Date().toISOString().slice(0, 10) };
}

/** How a setting's number is written: as JavaScript writes it, or in a page's language. */
export type NumberWriter = (value: number) => string;

function describeWeights(
  weights: ScoringSettings["principleWeights"],
  words: TemplateWords,
  number: NumberWriter,
): string {
  const values = Object.values(weights);
  if (values.every((weight) => weight === values[0])) return words.text("provenance.equalWeights");
  return words.text("provenance.weights", {
    weights: Object.entries(weights)
      .map(([principle, weight]) => `${principle} ${number(weight)}`)
      .join(", "),
  });
}

function settingsParts(
  settings: ScoringSettings,
  words: TemplateWords,
  number: NumberWriter = String,
): string[] {
  const sdg = settings.sdgBandLimits;
  const principle = settings.principleBandLimits;
  return [
    words.text("provenance.worstValueMode", {
      mode: words.token("worstValueMode", settings.worstValueMode),
    }),
    words.text("provenance.targetYear", { year: settings.targetYear }),
    words.text("provenance.itemAggregation", {
      aggregation: words.token("itemAggregation", settings.itemAggregation),
    }),
    words.text("provenance.contested", { threshold: number(settings.contestedThreshold) }),
    words.text("provenance.halfAnswered", { share: number(settings.halfAnsweredShare * 100) }),
    words.text("provenance.lowCoverage", { share: number(settings.coverageThreshold * 100) }),
    words.text("provenance.sdgBands", {
      limits: [sdg.achieved, sdg.challengesRemain, sdg.significantChallenges].map(number).join("/"),
    }),
    words.text("provenance.principleBands", {
      limits: [principle.developing, principle.established, principle.advanced]
        .map(number)
        .join("/"),
    }),
    describeWeights(settings.principleWeights, words, number),
    ...describeDacLens(settings.dacLens),
  ];
}

// Only a lens that differs from the catalogue's is named, criterion by criterion.
function describeDacLens(lens: ScoringSettings["dacLens"]): string[] {
  const changed = DAC_CRITERIA.filter(
    (criterion) =>
      formatDacSources(lens[criterion]) !== formatDacSources(CATALOGUE_DAC_LENS[criterion]),
  );
  if (changed.length === 0) return [];
  return [
    `DAC lens ${changed.map((criterion) => `${criterion} ${formatDacSources(lens[criterion])}`).join("; ")}`,
  ];
}

function heading(stamp: Stamp, list: ListId, words: TemplateWords): string {
  return [
    words.text("provenance.generated", {
      date: stamp.generatedOn,
      product: `${PRODUCT_NAME} ${PRODUCT_VERSION}`,
    }),
    words.text("provenance.catalogue", { version: CATALOGUE_VERSION }),
    words.text("scoreboard.list", { list: words.token("list", list) }),
  ].join(" · ");
}

/** The provenance as one line of text; `number` writes the settings' numbers (a page's language). */
export function provenanceLine(
  stamp: Stamp,
  list: ListId,
  settings: ScoringSettings,
  words: TemplateWords = ENGLISH_WORDS,
  number: NumberWriter = String,
): string {
  return `${heading(stamp, list, words)} · ${words.text("provenance.settingsInline", {
    settings: settingsParts(settings, words, number).join(", "),
  })}`;
}

// Settings per printed line, so each line stays within the page (cells do not wrap, and text
// running on past the last used column is cut off).
const SETTINGS_PER_LINE = 3;

/** The same provenance over several short lines, one cell each, as the Scoreboard prints it. */
export function provenanceLines(
  stamp: Stamp,
  list: ListId,
  settings: ScoringSettings,
  words: TemplateWords = ENGLISH_WORDS,
): string[] {
  const parts = settingsParts(settings, words);
  const lines = [heading(stamp, list, words)];
  for (let first = 0; first < parts.length; first += SETTINGS_PER_LINE) {
    const chunk = parts.slice(first, first + SETTINGS_PER_LINE).join(", ");
    lines.push(first === 0 ? words.text("provenance.settings", { settings: chunk }) : chunk);
  }
  return lines;
}
