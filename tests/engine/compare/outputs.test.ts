// The comparison as text (the runner's default), CSV and HTML, on the hand-worked three
// partnerships of comparePartnerships.test.ts: First TA 3.5 FIN 1.5, Second TA 2.5 FIN 2.5, Third TA 2.5.

import {
  comparePartnerships,
  comparisonCsv,
  comparisonText,
  COMPARISON_CSV_COLUMNS,
  type Comparison,
} from "../../../src/engine/compare";
import {
  comparisonHtml,
  comparisonSection,
} from "../../../src/engine/publish/html/comparisonSection";
import { REPORT_CSS } from "../../../src/engine/publish/html/reportCss";
import { summary } from "../programme/programmeFixtures";

function compared(...units: Parameters<typeof comparePartnerships>[0]): Comparison {
  const result = comparePartnerships(units);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const first = summary("p1.xlsx", {
  name: "First",
  scores: { TA: 3.5, FIN: 1.5 },
  alignment: 2.5,
  sdgIndices: [{ city: "A", year: 2024, index: 60 }],
});
const second = summary("p2.xlsx", {
  name: "Second",
  scores: { TA: 2.5, FIN: 2.5 },
  alignment: 2.5,
});
const third = summary("p3.xlsx", { name: "Third", scores: { TA: 2.5 }, alignment: 2 });
const comparison = compared(first, second, third);

describe("comparisonText", () => {
  const text = comparisonText(comparison);
  const lines = text.split("\n");

  it("lists the units, then a table with each score's gap to the best and its percentile", () => {
    expect(lines.slice(0, 4)).toEqual([
      "Comparison of 3 partnerships",
      "  First: p1.xlsx",
      "  Second: p2.xlsx",
      "  Third: p3.xlsx",
    ]);
    const ta = lines.find((line) => line.startsWith("TA "));
    expect(ta?.split(/ {2,}/)).toEqual([
      "TA",
      "Territorial approach",
      "3.50 best P83",
      "2.50 −1.00 P33",
      "2.50 −1.00 P33",
      "3.50 First",
    ]);
    const fin = lines.find((line) => line.startsWith("FIN "));
    expect(fin?.split(/ {2,}/)).toEqual([
      "FIN",
      "Financing",
      "1.50 −1.00",
      "2.50 best",
      "–",
      "2.50 Second",
    ]);
    const index = lines.find((line) => line.startsWith("SDG index "));
    expect(index?.split(/ {2,}/)).toEqual([
      "SDG index",
      "Overall SDG index (mean of the cities)",
      "60.0 best",
      "–",
      "–",
      "60.0 First",
    ]);
  });

  it("says who can learn from whom, and repeats the notes", () => {
    expect(text).toContain(
      "Who can learn from whom\n  First on FIN Financing (1.50, Weak) can learn from Second (2.50, Developing): gap 1.00\n",
    );
    expect(text).toContain(
      "  Third on TA Territorial approach (2.50, Developing) can learn from First (3.50, Established): gap 1.00\n",
    );
    expect(text).toContain(
      "Notes\n  - Percentiles are shown only where at least 3 units have a score; not on FIN, SDG index.\n",
    );
  });

  it("speaks French and Spanish: words, principle names, bands and decimal commas", () => {
    const french = comparisonText(comparison, "fr").split("\n");
    expect(french[0]).toBe("Comparaison de 3 partenariats");
    expect(french.find((line) => line.startsWith("TA "))?.split(/ {2,}/)).toEqual([
      "TA",
      "Approche territoriale",
      "3,50 meilleur P83",
      "2,50 −1,00 P33",
      "2,50 −1,00 P33",
      "3,50 First",
    ]);
    expect(french).toContain(
      "  First, sur FIN Financement (1,50, Faible), peut apprendre de Second (2,50, En développement) : écart 1,00",
    );
    expect(french).toContain(
      "  - Les percentiles ne sont indiqués que là où au moins 3 unités ont un score ; pas pour FIN, Indice ODD.",
    );
    const spanish = comparisonText(comparison, "es");
    expect(spanish).toContain("Comparación de 3 asociaciones\n");
    expect(spanish).toContain("Quién puede aprender de quién\n");
    expect(spanish.split("\n").find((line) => line.startsWith("Fila "))).toMatch(
      /^Fila +Nombre +First +Second +Third +Mejor$/u,
    );
  });

  it("numbers long unit names in the table and names them above it", () => {
    const long = compared({ ...first, name: "A partnership with a long name" }, second);
    expect(comparisonText(long).split("\n").slice(0, 5)).toEqual([
      "Comparison of 2 partnerships",
      "  [1] A partnership with a long name: p1.xlsx",
      "  [2] Second: p2.xlsx",
      "",
      expect.stringMatching(/^Row +Name +\[1\] +\[2\] +Best$/) as string,
    ]);
  });
});

describe("comparisonCsv", () => {
  it("writes a line per row and unit, then a line per note", () => {
    const lines = comparisonCsv(comparison).split("\r\n");
    expect(lines[0]).toBe(COMPARISON_CSV_COLUMNS.join(","));
    expect(lines[0]).toBe(
      "kind,id,name,unit,scale,score,band,best,best_units,gap_to_best,percentile,learn_from,learn_from_score",
    );
    expect(lines[1]).toBe(
      `principle,TA,Territorial approach,First,1-5,3.5,Established,3.5,First,0,${(2.5 / 3) * 100},,`,
    );
    expect(lines[3]).toBe(
      `principle,TA,Territorial approach,Third,1-5,2.5,Developing,3.5,First,1,${(1 / 3) * 100},First,3.5`,
    );
    expect(lines).toContain("principle,FIN,Financing,First,1-5,1.5,Weak,2.5,Second,1,,Second,2.5");
    expect(lines).toContain("principle,FIN,Financing,Third,1-5,,,2.5,Second,,,,");
    expect(lines).toContain(
      "alignment,Alignment,Alignment with the G20 principles,Second,1-5,2.5,Developing,2.5,First; Second,0,66.66666666666666,,",
    );
    expect(lines).toContain(
      'note,,"Percentiles are shown only where at least 3 units have a score; not on FIN, SDG index.",,,,,,,,,,',
    );
    // 12 rows × 3 units, the header, 2 notes, and the empty string after the last CRLF.
    expect(lines).toHaveLength(1 + 12 * 3 + 2 + 1);
  });

  it("follows the locale options and keeps text from running as a formula", () => {
    const csv = comparisonCsv(compared({ ...first, name: "=HYPERLINK(1)" }, second), {
      delimiter: ";",
      decimalComma: true,
    });
    expect(csv).toContain(
      "principle;TA;Territorial approach;'=HYPERLINK(1);1-5;3,5;Established;3,5;'=HYPERLINK(1);0;;;\r\n",
    );
  });
});

describe("comparisonSection and comparisonHtml", () => {
  const section = comparisonSection(comparison);

  it("is a section with the side-by-side table: best in bold, gaps, percentiles and band badges", () => {
    expect(section.startsWith(`<section id="comparison"><h2>Peer comparison</h2>`)).toBe(true);
    expect(section).toContain(`<table class="comparison" aria-label="Comparison">`);
    expect(section).toContain(`<th scope="col">First<br><small>p1.xlsx</small></th>`);
    expect(section).toContain(
      `<tr><td>TA</td><td>Territorial approach</td><td class="number"><strong>3.50</strong> <small>best</small> <small>P83</small><br><span class="band" style="background:`,
    );
    expect(section).toContain(
      `<td class="number">2.50 <small>−1.00</small> <small>P33</small><br>`,
    );
    expect(section).toContain(`<td>3.50 First</td></tr>`);
    expect(section).toContain(`<td class="number">–</td>`);
  });

  it("lists who can learn from whom and the notes", () => {
    expect(section).toContain(`<h3>Who can learn from whom</h3>`);
    expect(section).toMatch(
      /<li><strong>First<\/strong> on FIN Financing \(1\.50 <span class="band"[^>]*>Weak<\/span>\) can learn from <strong>Second<\/strong> \(2\.50 <span class="band"[^>]*>Developing<\/span>\): gap 1\.00<\/li>/,
    );
    expect(section).toContain(
      `<li class="note">Percentiles are shown only where at least 3 units have a score; not on FIN, SDG index.</li>`,
    );
  });

  it("escapes every name", () => {
    const html = comparisonSection(
      compared({ ...first, name: `<script>alert("x")</script>` }, second),
    );
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });

  it("says there are no percentiles with two units", () => {
    const two = comparisonSection(compared(first, second));
    expect(two).not.toContain("<small>P");
    expect(two).toContain(
      `<li class="note">Only 2 units are compared: no percentiles or peer-based anchors, which need at least 3.</li>`,
    );
  });

  it("makes a self-contained page: the report's CSS inline, no script, no external request, with the provenance", () => {
    const page = comparisonHtml(comparison, {
      source: "p1.xlsx, p2.xlsx, p3.xlsx",
      product: "C2C Scoreboard 1.0.0",
      catalogueVersion: "2026.1",
      generatedAt: "2026-11-28T12:00:00.000Z",
    });
    expect(page.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(page).toContain(`<style>${REPORT_CSS}</style>`);
    expect(page).toContain(section);
    expect(page).not.toMatch(/<script|https?:\/\/|src=/);
    expect(page).toContain(
      "Made from p1.xlsx, p2.xlsx, p3.xlsx at 2026-11-28T12:00:00.000Z by C2C Scoreboard 1.0.0, catalogue 2026.1.",
    );
    expect(page.trimEnd().endsWith("</body></html>")).toBe(true);
  });
});
