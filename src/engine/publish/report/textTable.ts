// Text tables for a terminal: the runner's summaries and `c2c report --stakeholders`.

/** Left-aligned columns separated by two spaces; each column as wide as its widest cell. */
export function textTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, cell.length);
    });
  }
  const lines = rows.map((row) =>
    row
      .map((cell, index) => (index === row.length - 1 ? cell : cell.padEnd(widths[index] ?? 0)))
      .join("  "),
  );
  return `${lines.join("\n")}\n`;
}
