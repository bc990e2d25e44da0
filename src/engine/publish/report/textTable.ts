// Numbers as the runner's summaries print them: principle scores with two decimals (the pilot's
// 3.70), indices with one, missing numbers as a dash.

export function fivePoint(score: number | null): string {
  return score === null ? "–" : score.toFixed(2);
}

export function hundred(index: number | null): string {
  return index === null ? "–" : index.toFixed(1);
}

/** Left-aligned columns separated by two spaces; each column as wide as its widest cell. */
export function textTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, cell.length);
    });
  }
  const lines = rows.map((row) => row.map((cell, index) => (index === row.length - 1 ? cell : cell.padEnd(widths[index] ?? 0))).join("  "));
  return `${lines.join("\n")}\n`;
}
