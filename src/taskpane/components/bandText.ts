// A band's label in the pane's language. The engine names bands by their English labels, a closed
// set (SDSN's four SDG bands, the four principle bands, and the grey "Low coverage" and "No data"),
// so each maps to one key; a label outside the set is shown as the engine wrote it.

import type { PaneTexts, PaneTextKey } from "../texts/paneTexts";

const BAND_KEYS: Readonly<Record<string, PaneTextKey>> = {
  Achieved: "band.achieved",
  "Challenges remain": "band.challengesRemain",
  "Significant challenges": "band.significantChallenges",
  "Major challenges": "band.majorChallenges",
  Weak: "band.weak",
  Developing: "band.developing",
  Established: "band.established",
  Advanced: "band.advanced",
  "Low coverage": "band.lowCoverage",
  "No data": "band.noData",
};

export function bandText(texts: PaneTexts, band: string): string {
  const key = BAND_KEYS[band];
  return key === undefined ? band : texts.t(key);
}
