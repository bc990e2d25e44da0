// The published HTML report (`c2c report --html`, the demo's report.html) opened in headless
// Chromium: it loads nothing but itself, logs no error, and its inline SVG charts draw what the
// engine computed — the radar one axis per principle with each score at its distance, one bar per
// goal with an index for every city with the index as its length, one trend line per city.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../../scripts/browser/chromium";
import { guardContext, type PageGuard } from "../../scripts/browser/pageGuard";
import { artifactPath } from "../../scripts/browser/repoPaths";
import { serveDirectory, type StaticServer } from "../../scripts/browser/staticServer";
import { scoreAssessment } from "../../src/engine/assessment";
import type { AssessmentScores } from "../../src/engine/assessment/types";
import { catalogue, CATALOGUE_VERSION } from "../../src/engine/catalogue";
import { samplePartnership } from "../../src/engine/demo";
import type { Assessment } from "../../src/engine/model/types";
import { reportHtml } from "../../src/engine/publish/html/reportHtml";

// Finding or installing Chromium (apt-get when run as root on a fresh machine) can take minutes;
// with the browser present the whole file takes a few seconds.
const SETUP_TIMEOUT_MS = 600_000;
// Closing Chromium and the server takes a second, more on a loaded machine.
const TEARDOWN_TIMEOUT_MS = 30_000;
const TEST_TIMEOUT_MS = 20_000;
// The charts' geometry (src/engine/publish/html/radarSvg.ts and goalBarsSvg.ts): the radar's centre
// and radius, and the bars' length for an index of 100. SVG coordinates are written with two decimals,
// so distances computed from them agree with the engine's within 0.05.
const RADAR_CENTRE = { x: 290, y: 195 };
const RADAR_RADIUS = 150;
const BAR_LENGTH_AT_100 = 420;
const GEOMETRY_DIGITS = 1;

interface SvgShape {
  readonly attributes: Readonly<Record<string, string>>;
}

let workDirectory = "";
let server: StaticServer | undefined;
let browser: Browser | undefined;
let page: Page;
let guard: PageGuard;
let sample: Assessment;
let scores: AssessmentScores;

async function shapes(selector: string): Promise<SvgShape[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => ({
      attributes: Object.fromEntries(
        Array.from(element.attributes).map((attribute) => [attribute.name, attribute.value]),
      ),
    })),
  );
}

function numberAttribute(shape: SvgShape, name: string): number {
  const value = Number(shape.attributes[name]);
  if (!Number.isFinite(value))
    throw new Error(`attribute ${name} is not a number: ${JSON.stringify(shape.attributes)}`);
  return value;
}

beforeAll(async () => {
  sample = samplePartnership();
  scores = scoreAssessment(sample);
  const html = reportHtml({
    provenance: {
      source: "partnership.xlsx",
      product: "C2C Scoreboard test",
      catalogueVersion: CATALOGUE_VERSION,
      generatedAt: "2026-01-15T10:00:00.000Z",
    },
    assessment: sample,
    scores,
    problems: scores.problems,
  });
  workDirectory = mkdtempSync(join(tmpdir(), "c2c-report-browser-"));
  writeFileSync(join(workDirectory, "report.html"), html);
  const served = await serveDirectory(workDirectory);
  server = served;
  const launched = await launchChromium();
  browser = launched;
  const context = await launched.newContext({ viewport: { width: 1100, height: 900 } });
  guard = await guardContext(context, served.origin);
  page = await context.newPage();
  guard.watch(page);
  await page.goto(`${served.origin}/report.html`, { waitUntil: "load" });
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (workDirectory !== "") rmSync(workDirectory, { recursive: true, force: true });
}, TEARDOWN_TIMEOUT_MS);

describe("the HTML report in Chromium", () => {
  it(
    "loads nothing but the page itself and logs no error",
    async () => {
      // Let any late work (a lazy image, a font) show itself before counting.
      await page.waitForLoadState("networkidle");
      expect(guard.problems()).toEqual([]);
      expect(guard.officeJsFiles).toEqual([]);
      expect(guard.officeTelemetryAborted).toBe(0);
      expect(server?.served).toEqual([{ path: "/report.html", status: 200 }]);
      await expect(page.title()).resolves.toBe(
        `${sample.partnership.name} — C2C Scoreboard report`,
      );
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "draws the radar with one axis per principle and each score at its distance from the centre",
    async () => {
      expect(catalogue.principles).toHaveLength(10);
      const axes = await shapes("svg.radar line.radar-axis");
      expect(axes.map((axis) => axis.attributes["data-principle"])).toEqual(
        catalogue.principles.map((principle) => principle.id),
      );
      for (const axis of axes) {
        const length = Math.hypot(
          numberAttribute(axis, "x2") - RADAR_CENTRE.x,
          numberAttribute(axis, "y2") - RADAR_CENTRE.y,
        );
        expect(length).toBeCloseTo(RADAR_RADIUS, GEOMETRY_DIGITS);
      }
      const scored = scores.principles.filter((principle) => principle.score !== null);
      expect(scored.length).toBeGreaterThan(0);
      const points = await page.locator("svg.radar circle.radar-point").evaluateAll((elements) =>
        elements.map((element) => ({
          cx: Number(element.getAttribute("cx")),
          cy: Number(element.getAttribute("cy")),
          title: element.textContent,
        })),
      );
      expect(points.map((point) => point.title)).toEqual(
        scored.map((principle) => `${principle.name}: ${(principle.score ?? 0).toFixed(2)}`),
      );
      for (const [position, principle] of scored.entries()) {
        const point = points[position]!;
        const distance = Math.hypot(point.cx - RADAR_CENTRE.x, point.cy - RADAR_CENTRE.y);
        expect(distance).toBeCloseTo(
          (((principle.score ?? 1) - 1) / 4) * RADAR_RADIUS,
          GEOMETRY_DIGITS,
        );
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "draws, for every city, one bar per goal with an index in its latest year, as long as the index",
    async () => {
      const charts = page.locator("svg.goal-bars");
      await expect(charts.count()).resolves.toBe(scores.cities.length);
      expect(scores.cities.length).toBe(sample.partnership.cities.length);
      for (const [position, city] of scores.cities.entries()) {
        const chart = charts.nth(position);
        await expect(chart.locator("title").first().textContent()).resolves.toContain(
          `${city.city}: SDG indices in ${city.latestYear}`,
        );
        const withIndex = city.goals.filter((row) => row.latest.index !== null);
        expect(withIndex.length).toBeGreaterThan(0);
        const bars = await chart.locator("rect.goal-bar").evaluateAll((elements) =>
          elements.map((element) => ({
            goal: Number(element.getAttribute("data-goal")),
            width: Number(element.getAttribute("width")),
          })),
        );
        expect({ city: city.city, goals: bars.map((bar) => bar.goal) }).toEqual({
          city: city.city,
          goals: withIndex.map((row) => row.goal),
        });
        for (const [barPosition, row] of withIndex.entries()) {
          const index = Math.max(0, Math.min(100, row.latest.index ?? 0));
          expect(bars[barPosition]!.width).toBeCloseTo(
            (index / 100) * BAR_LENGTH_AT_100,
            GEOMETRY_DIGITS,
          );
        }
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "draws the trends: one line per city with a point for every year with an overall index",
    async () => {
      const lines = await shapes("svg.trend polyline.trend-line");
      const citiesWithIndex = sample.partnership.cities.filter((city) =>
        scores.overallIndices.some((entry) => entry.city === city && entry.index !== null),
      );
      expect(citiesWithIndex.length).toBeGreaterThan(0);
      expect(lines.map((line) => line.attributes["data-city"])).toEqual(citiesWithIndex);
      const pointsWithIndex = scores.overallIndices.filter((entry) => entry.index !== null).length;
      await expect(page.locator("svg.trend circle.trend-point").count()).resolves.toBe(
        pointsWithIndex,
      );
      for (const line of lines) {
        const city = line.attributes["data-city"];
        const years = scores.overallIndices.filter(
          (entry) => entry.city === city && entry.index !== null,
        ).length;
        expect({ city, points: (line.attributes.points ?? "").trim().split(/\s+/).length }).toEqual(
          { city, points: years },
        );
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "is saved as a screenshot for the test artifacts",
    async () => {
      const file = artifactPath("report.png");
      const image = await page.screenshot({ path: file, fullPage: true });
      expect(image.length).toBeGreaterThan(10_000);
    },
    TEST_TIMEOUT_MS,
  );
});
