// Chart parts carry text typed by users (titles, series names, categories); a character XML 1.0
// forbids would make Excel refuse the whole package, so the one XML escaper drops it.

import { SaxesParser } from "saxes";
import { chartXml } from "../../../src/host/xlsx/charts/chartXml";

function wellFormed(xml: string): boolean {
  const parser = new SaxesParser({ xmlns: true });
  let failed = false;
  parser.on("error", () => {
    failed = true;
  });
  parser.write(xml).close();
  return !failed;
}

describe("chart text in XML", () => {
  it("drops U+FFFE, U+FFFF and lone surrogates from titles, series names and categories", () => {
    const xml = chartXml({
      plan: {
        kind: "bar",
        title: "Scores\uFFFE of A & B",
        anchor: "G2:N18",
        categories: "A4:A5",
        series: [{ name: "Score\uD800", values: "B4:B5" }],
      },
      sheet: "Scoreboard",
      categories: ["P1\uFFFF", "P2"],
      values: [[3, 4]],
    });
    expect(xml).toContain("<a:t>Scores of A &amp; B</a:t>");
    expect(xml).toContain("<c:v>Score</c:v>");
    expect(xml).toContain("<c:v>P1</c:v>");
    expect(xml).not.toMatch(/[\uFFFE\uFFFF\uD800]/u);
    expect(wellFormed(xml)).toBe(true);
  });
});
