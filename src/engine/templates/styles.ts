// The look of every generated sheet: named cell styles, number formats and the band palette.
// Band colours follow the Okabe–Ito palette, which readers with the common colour-vision
// deficiencies can tell apart; every coloured cell also carries its band's text label.

import type { CellStylePlan, HighlightPlan } from "../plan/types";
import type { TrendClass } from "../scoring";

export const NUMBER_FORMATS = {
  /** A 1–5 principle or item score. */
  fivePoint: "0.00",
  /** A 0–100 score, index or distance. */
  hundred: "0.0",
  /** A share shown as a percentage (coverage, distance closed). */
  percent: "0%",
  /** Consensus 0–1. */
  consensus: "0.00",
  whole: "0",
  year: "0",
} as const;

export type StyleId =
  | "title"
  | "subtitle"
  | "note"
  | "sectionHeading"
  | "header"
  | "label"
  | "input"
  | "inputAnswer"
  | "inputYear"
  | "prefilled"
  | "computedFivePoint"
  | "computedHundred"
  | "computedPercent"
  | "computedConsensus"
  | "computedWhole"
  | "computedText"
  | "sampleData";

const INPUT_FILL = "#FFF2CC";
const COMPUTED_FILL = "#F2F2F2";
const INK = "#1F1F1F";

export const STYLES: Readonly<Record<StyleId, CellStylePlan>> = {
  title: { bold: true, fontSize: 16, fontColour: "#003B5C" },
  subtitle: { italic: true, fontColour: "#404040" },
  note: { italic: true, fontColour: "#595959", wrapText: false },
  sectionHeading: { bold: true, fontSize: 13, fontColour: "#003B5C", bottomBorder: true },
  header: { bold: true, fill: "#D9E2F3", fontColour: INK, bottomBorder: true },
  label: { fontColour: INK },
  input: { fill: INPUT_FILL, fontColour: "#1F3864" },
  // Checklist answers are numbers 1–5 or the texts n/a and ?: centred, so they line up in a column.
  inputAnswer: { fill: INPUT_FILL, fontColour: "#1F3864", horizontalAlignment: "center" },
  inputYear: { fill: INPUT_FILL, fontColour: "#1F3864", numberFormat: NUMBER_FORMATS.year },
  prefilled: { fontColour: INK },
  computedFivePoint: {
    fill: COMPUTED_FILL,
    numberFormat: NUMBER_FORMATS.fivePoint,
    horizontalAlignment: "right",
  },
  computedHundred: {
    fill: COMPUTED_FILL,
    numberFormat: NUMBER_FORMATS.hundred,
    horizontalAlignment: "right",
  },
  computedPercent: {
    fill: COMPUTED_FILL,
    numberFormat: NUMBER_FORMATS.percent,
    horizontalAlignment: "right",
  },
  computedConsensus: {
    fill: COMPUTED_FILL,
    numberFormat: NUMBER_FORMATS.consensus,
    horizontalAlignment: "right",
  },
  computedWhole: {
    fill: COMPUTED_FILL,
    numberFormat: NUMBER_FORMATS.whole,
    horizontalAlignment: "right",
  },
  computedText: { fill: COMPUTED_FILL },
  sampleData: { bold: true, fontColour: "#FFFFFF", fill: "#D55E00" },
};

/** Band fills, best to worst, and grey for no data / low coverage (Okabe–Ito blue → vermillion). */
export const BAND_HIGHLIGHTS = {
  best: { fill: "#0072B2", fontColour: "#FFFFFF", bold: true },
  good: { fill: "#56B4E9", fontColour: "#000000" },
  weak: { fill: "#E69F00", fontColour: "#000000" },
  worst: { fill: "#D55E00", fontColour: "#FFFFFF", bold: true },
  grey: { fill: "#BFBFBF", fontColour: "#000000" },
} as const satisfies Record<string, HighlightPlan>;

/** Each band label with its highlight, in the order the rules are tried. */
export const SDG_BAND_COLOURS: readonly (readonly [string, HighlightPlan])[] = [
  ["Achieved", BAND_HIGHLIGHTS.best],
  ["Challenges remain", BAND_HIGHLIGHTS.good],
  ["Significant challenges", BAND_HIGHLIGHTS.weak],
  ["Major challenges", BAND_HIGHLIGHTS.worst],
  ["Low coverage", BAND_HIGHLIGHTS.grey],
  ["No data", BAND_HIGHLIGHTS.grey],
];

export const PRINCIPLE_BAND_COLOURS: readonly (readonly [string, HighlightPlan])[] = [
  ["Advanced", BAND_HIGHLIGHTS.best],
  ["Established", BAND_HIGHLIGHTS.good],
  ["Developing", BAND_HIGHLIGHTS.weak],
  ["Weak", BAND_HIGHLIGHTS.worst],
  ["Insufficient answers", BAND_HIGHLIGHTS.grey],
];

/** The contested flag: orange with its label, as a weak band. */
export const CONTESTED_HIGHLIGHT: HighlightPlan = BAND_HIGHLIGHTS.weak;

/**
 * The SDSN trend classes' colours in the programme's stacked bars: improving in blues and green,
 * worsening in vermillion, no direction in greys (Okabe–Ito, as the bands).
 */
export const TREND_COLOURS: Readonly<Record<TrendClass, string>> = {
  Achieved: "#0072B2",
  "On track": "#009E73",
  "Moderately improving": "#56B4E9",
  Stagnating: "#E69F00",
  Decreasing: "#D55E00",
  "Target year passed": "#999999",
  "Insufficient data": "#D9D9D9",
};

/** Chart series colours. */
export const CHART_COLOURS = { principles: "#0072B2", goals: "#009E73" } as const;

export const TAB_COLOURS = {
  input: "#F0E442",
  scoreboard: "#0072B2",
  reference: "#999999",
} as const;
