import { scoreAssessment } from "../../../src/engine/assessment";
import { catalogue, CATALOGUE_VERSION, findIndicator } from "../../../src/engine/catalogue";
import { samplePartnership } from "../../../src/engine/demo";
import type { Assessment } from "../../../src/engine/model/types";
import { compareCities } from "../../../src/engine/compare";
import { comparisonSection } from "../../../src/engine/publish/html/comparisonSection";
import { escapeHtml } from "../../../src/engine/publish/html/escape";
import {
  reportHtml,
  type PublicationProvenance,
} from "../../../src/engine/publish/html/reportHtml";
import { PRODUCT_NAME, PRODUCT_VERSION } from "../../../src/engine/templates/product";
import { provenanceLine } from "../../../src/engine/templates/provenance";
import { BAND_HIGHLIGHTS } from "../../../src/engine/templates/styles";
import { markupProblems, openingTags } from "./htmlCheck";

const PROVENANCE: PublicationProvenance = {
  source: "demo/partnership.xlsx",
  product: `${PRODUCT_NAME} ${PRODUCT_VERSION}`,
  catalogueVersion: CATALOGUE_VERSION,
  generatedAt: "2026-11-28T12:00:00.000Z",
};

const EVIL_CITY = "<script>alert(1)</script>";
const EVIL_NAME = `"Tom & Jerry's" <b>partnership</b>`;

/** The sample partnership with its first city and its name replaced by markup. */
function hostileSample(): Assessment {
  const sample = samplePartnership();
  const [first = "", ...rest] = sample.partnership.cities;
  const rename = (city: string): string => (city === first ? EVIL_CITY : city);
  return {
    ...sample,
    partnership: { ...sample.partnership, name: EVIL_NAME, cities: [EVIL_CITY, ...rest] },
    indicators: sample.indicators.map((row) => ({ ...row, city: rename(row.city) })),
    respondents: sample.respondents.map((respondent) => ({
      ...respondent,
      city: rename(respondent.city),
    })),
  };
}

function render(assessment: Assessment): {
  html: string;
  assessment: Assessment;
  scores: ReturnType<typeof scoreAssessment>;
} {
  const scores = scoreAssessment(assessment);
  return {
    html: reportHtml({ provenance: PROVENANCE, assessment, scores, problems: scores.problems }),
    assessment,
    scores,
  };
}

/** The markup of each <svg> element with the given class. */
function svgsOf(html: string, className: string): string[] {
  return [...html.matchAll(new RegExp(`<svg class="chart ${className}"[\\s\\S]*?</svg>`, "g"))].map(
    (match) => match[0],
  );
}

const sample = render(samplePartnership());
const hostile = render(hostileSample());

describe("reportHtml", () => {
  it.each([
    ["the sample", sample.html],
    ["a partnership whose names are markup", hostile.html],
  ])("is well-formed markup without scripts (%s)", (_, html) => {
    expect(html.startsWith("<!DOCTYPE html>\n")).toBe(true);
    expect(markupProblems(html)).toEqual([]);
  });

  it("compares the partner cities side by side, with the comparison's own numbers", () => {
    const comparison = compareCities(sample.assessment, sample.scores);
    if (!comparison.ok) throw new Error(comparison.error.message);
    expect(sample.html).toContain('<section id="comparison">');
    expect(sample.html).toContain(comparisonSection(comparison.value));
    expect(sample.assessment.partnership.cities.length).toBeGreaterThanOrEqual(2);
  });

  it("shows the six DAC criteria with their 0–100 scores and each source's score, after the SDG section", () => {
    const section = /<section id="dac">.*?<\/section>/s.exec(sample.html)?.[0] ?? "";
    const rows = [
      ...section.matchAll(/<tr><td>(\w+)<\/td><td class="number"><strong>([\d.]+)<\/strong>/g),
    ];
    expect(rows.map((row) => row[1])).toEqual(
      catalogue.dacLens.map(
        (entry) => entry.criterion.charAt(0).toUpperCase() + entry.criterion.slice(1),
      ),
    );
    sample.scores.dacCriteria.forEach((criterion, index) => {
      expect(rows[index]?.[2]).toBe((criterion.score ?? NaN).toFixed(1));
    });
    const ta = sample.scores.principles.find((principle) => principle.principle === "TA");
    expect(section).toContain(`TA ${(ta?.scoreOutOf100 ?? NaN).toFixed(1)}`);
    expect(sample.html.indexOf('<section id="dac">')).toBeGreaterThan(
      sample.html.indexOf('<section id="sdg">'),
    );
  });

  it("is self-contained: no URL in a src or href, no external stylesheet, font or image", () => {
    for (const html of [sample.html, hostile.html]) {
      expect(html).not.toMatch(/(src|href)\s*=/i);
      expect(html).not.toMatch(/https?:\/\//i);
      expect(html).not.toMatch(/@import|url\(|<link|<img|<iframe|<object/i);
    }
  });

  it("escapes user text: a city named <script>alert(1)</script> and a partnership name with quotes and tags", () => {
    expect(hostile.html).not.toContain(EVIL_CITY);
    expect(hostile.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(hostile.html).not.toContain("<b>partnership</b>");
    expect(hostile.html).toContain(`<h1>${escapeHtml(EVIL_NAME)}</h1>`);
    expect(escapeHtml(EVIL_NAME)).toBe(
      "&quot;Tom &amp; Jerry&#39;s&quot; &lt;b&gt;partnership&lt;/b&gt;",
    );
  });

  it("draws the principle radar with exactly ten axes, one per principle in the catalogue's order", () => {
    const [radar = "", ...others] = svgsOf(sample.html, "radar");
    expect(others).toHaveLength(0);
    const axes = openingTags(radar, "line").filter((tag) => tag.includes('class="radar-axis"'));
    expect(axes).toHaveLength(10);
    expect(axes.map((tag) => /data-principle="([^"]+)"/.exec(tag)?.[1])).toEqual(
      catalogue.principles.map((principle) => principle.id),
    );
    const scored = sample.scores.principles.filter((principle) => principle.score !== null).length;
    expect(openingTags(radar, "circle").filter((tag) => tag.includes("radar-point"))).toHaveLength(
      scored,
    );
  });

  it("draws one SDG bar per goal with an index, per city, in goal order", () => {
    const bars = svgsOf(sample.html, "goal-bars");
    expect(bars).toHaveLength(sample.scores.cities.length);
    sample.scores.cities.forEach((city, position) => {
      const drawn = openingTags(bars[position] ?? "", "rect").filter((tag) =>
        tag.includes('class="goal-bar"'),
      );
      const withIndex = city.goals.filter((row) => row.latest.index !== null);
      expect(drawn.map((tag) => Number(/data-goal="(\d+)"/.exec(tag)?.[1]))).toEqual(
        withIndex.map((row) => row.goal),
      );
      // The bar's width is the index on a 420-pixel 0–100 scale (independent of the drawing code's rounding, to 0.01 px).
      drawn.forEach((tag, index) => {
        const width = Number(/width="([\d.]+)"/.exec(tag)?.[1]);
        expect(
          Math.abs(width - ((withIndex[index]?.latest.index ?? Number.NaN) / 100) * 420),
        ).toBeLessThanOrEqual(0.01);
      });
    });
  });

  it("draws a trend line per city with one point per year with an index", () => {
    const [trend = ""] = svgsOf(sample.html, "trend");
    expect(openingTags(trend, "polyline")).toHaveLength(sample.scores.cities.length);
    const points = sample.scores.overallIndices.filter((entry) => entry.index !== null).length;
    expect(openingTags(trend, "circle")).toHaveLength(points);
  });

  it("shows every band with its text label on its colour", () => {
    for (const city of sample.scores.cities) {
      for (const row of city.goals) {
        expect(sample.html).toContain(`>${row.latest.band}</span>`);
      }
    }
    expect(sample.html).toContain(
      `<span class="band" style="background:${BAND_HIGHLIGHTS.worst.fill};color:${BAND_HIGHLIGHTS.worst.fontColour}">Major challenges</span>`,
    );
    expect(sample.html).toContain(
      `<span class="band" style="background:${BAND_HIGHLIGHTS.best.fill};color:${BAND_HIGHLIGHTS.best.fontColour}">Advanced</span>`,
    );
  });

  it("states the provenance: date, product and catalogue versions, settings and source", () => {
    const line = provenanceLine(
      { generatedOn: "2026-11-28" },
      "simplified",
      sample.scores.settings,
    );
    expect(sample.html).toContain(escapeHtml(line));
    expect(sample.html).toContain(`${PRODUCT_NAME} ${PRODUCT_VERSION}`);
    expect(sample.html).toContain(`catalogue ${CATALOGUE_VERSION}`);
    expect(sample.html).toContain("demo/partnership.xlsx");
  });

  it("states the method: end and worst values with their basis for every indicator present, band limits, coverage rule", () => {
    const codes = [...new Set(sample.scores.indicators.map((row) => row.code))];
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) {
      const definition = findIndicator(code);
      expect(definition).toBeDefined();
      expect(sample.html).toContain(`<td>${escapeHtml(code)}</td>`);
      expect(sample.html).toContain(escapeHtml(definition?.endBasis.kind ?? "?"));
    }
    expect(sample.html).toContain("clamp(100 · (x − worst) / (end − worst), 0, 100)");
    expect(sample.html).toContain("below 50 % the index is shown as low coverage");
    expect(sample.html).toMatch(/Challenges remain<\/span> 75 or more/);
    expect(sample.html).toMatch(/Established<\/span> 3 to below 4/);
  });

  it("shows no respondent's name and no item-level answer", () => {
    for (const respondent of samplePartnership().respondents) {
      expect(sample.html).not.toContain(escapeHtml(respondent.name));
    }
    expect(sample.html).not.toMatch(/Item score|spread of answers/i);
  });

  it("prints: a print stylesheet keeps charts and tables whole and the band colours exact", () => {
    expect(sample.html).toMatch(
      /@media print \{[\s\S]*break-inside: avoid[\s\S]*print-color-adjust: exact/,
    );
  });
});

describe("markupProblems (the check the tests above rely on)", () => {
  it.each([
    ["<p><b>x</p></b>", /closes/],
    ["<p>unclosed", /never closed: p/],
    ['<p title="a<b">x</p>', /starts no tag|stray/],
    ["<p>a > b</p>", /stray/],
    ["<div><script>alert(1)</script></div>", /script/],
  ])("flags %j", (html, problem) => {
    expect(markupProblems(html).join("; ")).toMatch(problem);
  });

  it("accepts void and self-closed elements", () => {
    expect(
      markupProblems(
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body><svg><line x1="0"/></svg><br></body></html>',
      ),
    ).toEqual([]);
  });
});

describe("reportHtml method for a local indicator", () => {
  it("lists a code the catalogue does not define with the workbook's own end and worst values, escaped", () => {
    const sample = samplePartnership();
    const [first] = sample.indicators;
    if (first === undefined) throw new Error("the sample has indicator rows");
    const local = {
      ...first,
      code: "X<1>",
      indicator: "local noise",
      value: 40,
      end: 20,
      worst: 80,
    };
    const { html } = render({ ...sample, indicators: [...sample.indicators, local] });
    expect(html).toContain(
      "<td>X&lt;1&gt;</td><td>not in the catalogue: a local indicator</td><td>the workbook's End column</td><td>the workbook's Worst column</td><td>end 20; worst 80</td>",
    );
    expect(markupProblems(html)).toEqual([]);
  });
});
