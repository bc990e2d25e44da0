// How the pane writes the numbers it shows, in the pane's locale (a decimal comma in French and in
// Spain's Spanish): principle scores (1–5) with two decimals, SDG indices (0–100) with one, and an
// en dash where there is no score, as the scoreboard does.

import type { PaneTexts } from "../texts/paneTexts";

export const NO_SCORE = "–";

export function formatPrincipleScore(texts: PaneTexts, score: number | null): string {
  return score === null ? NO_SCORE : texts.number(score, 2);
}

export function formatSdgIndex(texts: PaneTexts, index: number | null): string {
  return index === null ? NO_SCORE : texts.number(index, 1);
}

/** A score on its own scale: principles and alignment 1–5, goals and the SDG index 0–100. */
export function formatOnScale(
  texts: PaneTexts,
  score: number | null,
  scale: "principle" | "sdg",
): string {
  return scale === "principle" ? formatPrincipleScore(texts, score) : formatSdgIndex(texts, score);
}
