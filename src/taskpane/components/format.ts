// How the pane writes the numbers it shows: principle scores (1–5) with two decimals, SDG indices
// (0–100) with one, and an en dash where there is no score, as the scoreboard does.

export const NO_SCORE = "–";

export function formatPrincipleScore(score: number | null): string {
  return score === null ? NO_SCORE : score.toFixed(2);
}

export function formatSdgIndex(index: number | null): string {
  return index === null ? NO_SCORE : index.toFixed(1);
}

/** A score on its own scale: principles and alignment 1–5, goals and the SDG index 0–100. */
export function formatOnScale(score: number | null, scale: "principle" | "sdg"): string {
  return scale === "principle" ? formatPrincipleScore(score) : formatSdgIndex(score);
}

/** "1 item", "3 items". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
