// Numbers as the report and the runner's text summaries print them: principle scores with two
// decimals (the pilot's 3.70), indices with one, shares as whole percentages, missing numbers as a
// dash. SVG coordinates get two decimals, enough for a screen and short enough to read in the source.

export function fivePoint(score: number | null): string {
  return score === null ? "–" : score.toFixed(2);
}

export function hundred(index: number | null): string {
  return index === null ? "–" : index.toFixed(1);
}

export function percent(share: number | null): string {
  return share === null ? "–" : `${Math.round(share * 100)} %`;
}

export function coordinate(value: number): string {
  return String(Math.round(value * 100) / 100);
}
