// A band as the report shows it: its text label on the band's colour, the same Okabe–Ito colours the
// workbook's Scoreboard uses, so the label carries the meaning and the colour only repeats it.

import { PRINCIPLE_BAND_COLOURS, SDG_BAND_COLOURS } from "../../templates/styles";
import { labelIn, type Language } from "../../language";
import { escapeHtml } from "./escape";

export interface BandColour {
  readonly fill: string;
  readonly ink: string;
}

const NO_BAND: BandColour = { fill: "#FFFFFF", ink: "#1F1F1F" };

const COLOURS = new Map<string, BandColour>(
  [...SDG_BAND_COLOURS, ...PRINCIPLE_BAND_COLOURS].map(([label, highlight]) => [
    label,
    { fill: highlight.fill, ink: highlight.fontColour ?? NO_BAND.ink },
  ]),
);

export function bandColour(label: string | null): BandColour {
  return (label === null ? undefined : COLOURS.get(label)) ?? NO_BAND;
}

/**
 * The band's label on its colour, in the report's language; a principle without a score shows
 * "Insufficient answers". The colour follows the engine's English label.
 */
export function bandBadge(label: string | null, language: Language = "en"): string {
  const shown = label ?? "Insufficient answers";
  const colour = bandColour(shown);
  return `<span class="band" style="background:${colour.fill};color:${colour.ink}">${escapeHtml(labelIn(language, shown))}</span>`;
}

/** Every band of a scale with its colour, as a legend beside a chart. */
export function bandLegend(labels: readonly string[], language: Language = "en"): string {
  return `<p class="legend">${labels.map((label) => bandBadge(label, language)).join(" ")}</p>`;
}

export const SDG_BAND_LABELS: readonly string[] = SDG_BAND_COLOURS.map(([label]) => label);
export const PRINCIPLE_BAND_LABELS: readonly string[] = PRINCIPLE_BAND_COLOURS.map(
  ([label]) => label,
);
