// The labels the programme counts shares of, in the order the Programme sheet and its stacked bars
// show them: best first, as on the partnership Scoreboard.

import type { PrincipleBand, SdgBand, TrendClass } from "../scoring";

export const PRINCIPLE_BANDS: readonly PrincipleBand[] = [
  "Advanced",
  "Established",
  "Developing",
  "Weak",
];

export const SDG_BANDS: readonly SdgBand[] = [
  "Achieved",
  "Challenges remain",
  "Significant challenges",
  "Major challenges",
];

/** The SDSN trend arrows' classes, improving first, then the classes without a direction. */
export const TREND_CLASSES: readonly TrendClass[] = [
  "Achieved",
  "On track",
  "Moderately improving",
  "Stagnating",
  "Decreasing",
  "Target year passed",
  "Insufficient data",
];
