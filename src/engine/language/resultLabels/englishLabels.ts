// The words the engine gives as results: band labels, trend classes and the flags of the
// Scoreboard and the Checklist. The engine computes with these English labels; a workbook, the
// report and the pane show them in their own language through this catalogue.

import type { PrincipleBand, SdgBand } from "../../scoring/bands";

const SDG_BANDS: readonly SdgBand[] = [
  "Achieved",
  "Challenges remain",
  "Significant challenges",
  "Major challenges",
];
const PRINCIPLE_BANDS: readonly PrincipleBand[] = ["Advanced", "Established", "Developing", "Weak"];
const OTHER_LABELS = [
  "Low coverage",
  "No data",
  "Insufficient answers",
  "Insufficient data",
  "On track",
  "Moderately improving",
  "Stagnating",
  "Decreasing",
  "Target year passed",
  "contested",
] as const;

export const RESULT_LABELS: readonly string[] = [...SDG_BANDS, ...PRINCIPLE_BANDS, ...OTHER_LABELS];

export const ENGLISH_RESULT_LABELS: Readonly<Record<string, string>> = Object.fromEntries(
  RESULT_LABELS.map((label): [string, string] => [label, label]),
);
