// The task pane as users try it in a browser: the production build (dist) served on 127.0.0.1, with
// office.js answered from its npm copy, opened in headless Chromium. Outside Office it is a preview
// over an in-memory workbook shown beside it. The tests drive it only by role and accessible name
// (the UI contract): create an assessment through the wizard, load the sample, refresh the
// scoreboard and compare every number shown with the engine's own scoring of the same sample, plant
// errors in the grid and find each in Validate, reach the controls by keyboard, and screenshot
// every section. Any outside request, console error or page error fails the test that caused it.
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { startBrowserAndDist } from "../../scripts/browser/browserAndDist";
import {
  addressOf,
  attributeBecomes,
  choose,
  editCell,
  findCell,
  gridCell,
  openPane,
  openSection,
  openSheet,
  preview,
  readTable,
  SECTIONS,
  sectionTab,
  settle,
  sheetNames,
  sheetTabs,
  statusRegion,
  textField,
  type CellPosition,
  type PaneSession,
} from "../../scripts/browser/paneDriver";
import { artifactPath } from "../../scripts/browser/repoPaths";
import type { StaticServer } from "../../scripts/browser/staticServer";
import { scoreAssessment } from "../../src/engine/assessment";
import type { AssessmentScores } from "../../src/engine/assessment/types";
import { samplePartnership } from "../../src/engine/demo";
import type { Assessment } from "../../src/engine/model/types";
import { newAssessmentPlan } from "../../src/engine/templates";
import { textOf as cellText } from "../../src/engine/sheetValues";
import { readAnswersFile } from "../../src/host/xlsx/exportSheets";
import { xlsformProblems } from "../engine/survey/xlsformRules";

// The production build (about 20 s, shared by the browser test files through a cache keyed by the
// sources) and finding or installing Chromium (apt-get when run as root on a fresh machine, minutes).
const SETUP_TIMEOUT_MS = 600_000;
// Closing Chromium and the server takes a second, more on a loaded machine.
const TEARDOWN_TIMEOUT_MS = 30_000;
const TEST_TIMEOUT_MS = 45_000;
const GOOGLE_FORMS_EXPORT = join(__dirname, "..", "fixtures", "survey", "google-forms.csv");

const WIZARD = {
  partnershipName: "Riverton–Lakeside learning partnership",
  cities: ["Riverton", "Lakeside"],
  countries: ["Kenya", "Norway"],
  years: [2023, 2024],
  respondents: ["Amina Otieno", "Lars Berg", "Sofia Rossi"],
} as const;

/** The errors a user plants in the sample through the grid, and a word each message must quote. */
const PLANTED_TEXT_VALUE = "about twelve";
const PLANTED_ANSWER = "7";
const PLANTED_CODE = "ZZ.99";

let server: (StaticServer & { readonly dist: string }) | undefined;
let browser: Browser | undefined;
let sample: Assessment;
let sampleScores: AssessmentScores;
/** The pane with the sample loaded, shared in order by the scoreboard, validation and screenshot tests. */
let samplePane: PaneSession | undefined;

function running(): { browser: Browser; origin: string } {
  if (browser === undefined || server === undefined)
    throw new Error("the browser or the local server did not start (see beforeAll)");
  return { browser, origin: server.origin };
}

async function withPane<T>(work: (pane: PaneSession) => Promise<T>): Promise<T> {
  const { browser: launched, origin } = running();
  const pane = await openPane(launched, origin);
  try {
    return await work(pane);
  } finally {
    await pane.close();
  }
}

function sampleSession(): PaneSession {
  if (samplePane === undefined)
    throw new Error("the sample was not loaded (see the test that loads it)");
  return samplePane;
}

beforeAll(async () => {
  sample = samplePartnership();
  sampleScores = scoreAssessment(sample);
  ({ server, browser } = await startBrowserAndDist());
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  await samplePane?.close();
  await browser?.close();
  await server?.close();
}, TEARDOWN_TIMEOUT_MS);

/** The rows of text of an .xlsx's sheets, read by our own reader, as a survey tool reads a form. */
async function formSheets(bytes: Uint8Array): Promise<Record<string, string[][]>> {
  const reading = await readAnswersFile(bytes);
  if (!reading.ok || reading.source.kind !== "sheets") throw new Error("not a workbook");
  return Object.fromEntries(
    reading.source.sheets.map((sheet) => {
      const width = Math.max(...sheet.rows.map((row) => row.cells.length));
      const rows = sheet.rows.map((row) =>
        Array.from({ length: width }, (_, index) => cellText(row.cells[index])),
      );
      return [sheet.name, rows];
    }),
  );
}

describe("the task pane preview in Chromium", () => {
  it(
    "opens as a preview beside its workbook, with office.js from the npm copy and nothing fetched from outside",
    async () => {
      await withPane(async ({ page, guard }) => {
        const tabs = await page
          .getByRole("tablist", { name: "C2C Scoreboard sections" })
          .getByRole("tab")
          .allInnerTexts();
        expect(tabs.map((name) => name.trim())).toEqual([...SECTIONS]);
        await expect(preview(page).isVisible()).resolves.toBe(true);
        // office.js waits 3 s before adding its telemetry frame; stay long enough to see it aborted.
        await page.waitForTimeout(3_500);
        expect(guard.problems()).toEqual([]);
        expect(guard.officeJsFiles).toContain("office.js");
      });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "creates an assessment through the wizard: the preview shows the engine's sheets, the respondents head the checklist",
    async () => {
      await withPane(async ({ page, guard }) => {
        await openSection(page, "Create");
        await textField(page, "Partnership name").fill(WIZARD.partnershipName);
        await textField(page, "Partner cities").fill(WIZARD.cities.join(", "));
        await textField(page, "Countries").fill(WIZARD.countries.join(", "));
        await textField(page, "Years").fill(`${WIZARD.years[0]}-${WIZARD.years[1]}`);
        await choose(page, "Indicator list", "simplified");
        await textField(page, "Respondents").fill(WIZARD.respondents.join("\n"));
        await page.getByRole("button", { name: "Create assessment", exact: true }).click();
        await settle(page, sheetTabs(page).first(), "Create assessment");

        const expected = newAssessmentPlan({
          ...WIZARD,
          years: [...WIZARD.years],
          list: "simplified",
          respondents: [...WIZARD.respondents],
        });
        expect(await sheetNames(page)).toEqual(expected.sheets.map((sheet) => sheet.name));
        await openSheet(page, "Checklist");
        for (const respondent of WIZARD.respondents) await findCell(page, "Checklist", respondent);
        await openSheet(page, "About");
        await findCell(page, "About", WIZARD.partnershipName);
        expect(guard.problems()).toEqual([]);
      });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "loads the sample partnership and, refreshed, shows the engine's principle scores, alignment and SDG indices",
    async () => {
      const { browser: launched, origin } = running();
      samplePane = await openPane(launched, origin);
      const { page, guard } = samplePane;
      await openSection(page, "Create");
      await page.getByRole("button", { name: "Load sample partnership", exact: true }).click();
      await settle(
        page,
        sheetTabs(page).filter({ hasText: "Indicators" }).first(),
        "Load sample partnership",
      );

      await openSection(page, "Scoreboard");
      await page.getByRole("button", { name: "Refresh scoreboard", exact: true }).click();
      const principleTable = page.getByRole("table", { name: "Principle scores" });
      await settle(page, principleTable, "Refresh scoreboard");
      expect(await sheetNames(page)).toContain("Scoreboard");

      const principles = await readTable(principleTable);
      expect(principles.headers).toEqual(
        expect.arrayContaining(["Principle", "Name", "Score", "Band"]),
      );
      expect(
        principles.rows.map((row) => ({
          principle: row.Principle,
          name: row.Name,
          score: row.Score,
        })),
      ).toEqual(
        sampleScores.principles.map((principle) => ({
          principle: principle.principle,
          name: principle.name,
          score: principle.score === null ? "–" : principle.score.toFixed(2),
        })),
      );
      for (const [position, principle] of sampleScores.principles.entries()) {
        if (principle.band !== null)
          expect({ principle: principle.principle, band: principles.rows[position]?.Band }).toEqual(
            { principle: principle.principle, band: principle.band },
          );
      }

      const alignment = sampleScores.alignment.score;
      expect(alignment).not.toBeNull();
      const alignmentText =
        (await page.getByLabel("Overall alignment", { exact: true }).textContent()) ?? "";
      expect(alignmentText).toContain((alignment ?? 0).toFixed(2));

      const cities = await readTable(page.getByRole("table", { name: "SDG index by city" }));
      expect(cities.headers).toEqual(expect.arrayContaining(["City", "Year", "SDG index", "Band"]));
      expect(cities.rows.length).toBeGreaterThan(0);
      for (const row of cities.rows) {
        const engine = sampleScores.overallIndices.find(
          (entry) => entry.city === row.City && String(entry.year) === row.Year,
        );
        expect({ city: row.City, year: row.Year, index: row["SDG index"], band: row.Band }).toEqual(
          {
            city: row.City,
            year: row.Year,
            index: engine?.index == null ? "–" : engine.index.toFixed(1),
            band: engine?.band,
          },
        );
      }
      // Every city shows its latest year's index.
      for (const city of sampleScores.cities)
        expect(
          cities.rows.some((row) => row.City === city.city && row.Year === String(city.latestYear)),
        ).toBe(true);
      expect(
        sample.partnership.cities.every((city) => cities.rows.some((row) => row.City === city)),
      ).toBe(true);
      expect(guard.problems()).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "lists each error planted in the grid under Validate, with its address, and selects the cell when clicked",
    async () => {
      const { page, guard } = sampleSession();
      await openSection(page, "Validate");
      const problemList = page.getByRole("list", { name: "Problems" });
      const noProblems = statusRegion(page).filter({ hasText: "No problems found" });
      await page.getByRole("button", { name: "Check the workbook", exact: true }).click();
      await settle(
        page,
        problemList.or(noProblems).first(),
        "Check the workbook (sample as loaded)",
      );
      const before = await problemTexts(page);

      await openSheet(page, "Indicators");
      const valueHeader = await findCell(page, "Indicators", "Value");
      const codeHeader = await findCell(page, "Indicators", "Code");
      const textValue: CellPosition = { ...valueHeader, row: valueHeader.row + 1 };
      const unknownCode: CellPosition = { ...codeHeader, row: codeHeader.row + 2 };
      await editCell(page, addressOf(textValue), PLANTED_TEXT_VALUE);
      await editCell(page, addressOf(unknownCode), PLANTED_CODE);
      await openSheet(page, "Checklist");
      const respondent = sample.respondents[0]?.name ?? "";
      const answerHeader = await findCell(page, "Checklist", respondent);
      const badAnswer: CellPosition = { ...answerHeader, row: answerHeader.row + 1 };
      await editCell(page, addressOf(badAnswer), PLANTED_ANSWER);
      await expect(gridCell(page, addressOf(badAnswer)).textContent()).resolves.toBe(
        PLANTED_ANSWER,
      );

      await openSection(page, "Validate");
      await page.getByRole("button", { name: "Check the workbook", exact: true }).click();
      await settle(page, problemList, "Check the workbook (planted errors)");
      await problemList
        .getByRole("button")
        .filter({ hasText: PLANTED_CODE })
        .first()
        .waitFor({ timeout: 10_000 });
      const after = await problemTexts(page);
      const added = after.filter((text) => !before.includes(text));
      const planted = [
        { address: addressOf(textValue), quotes: `"${PLANTED_TEXT_VALUE}"` },
        { address: addressOf(unknownCode), quotes: PLANTED_CODE },
        { address: addressOf(badAnswer), quotes: PLANTED_ANSWER },
      ];
      // Exactly the planted cells are new problems, each once, its message quoting what was typed.
      expect(added.map((text) => text.slice(0, text.indexOf(": "))).sort()).toEqual(
        planted.map((entry) => entry.address).sort(),
      );
      for (const { address, quotes } of planted) {
        const text = added.find((entry) => entry.startsWith(`${address}: `)) ?? "";
        expect({ address, quotesTyped: text.includes(quotes) }).toEqual({
          address,
          quotesTyped: true,
        });
      }

      for (const { address } of planted) {
        await problemList
          .getByRole("button")
          .filter({ hasText: `${address}: ` })
          .first()
          .click();
        const cell = gridCell(page, address);
        await cell.waitFor({ state: "visible", timeout: 10_000 });
        await expect(attributeBecomes(cell, "aria-selected", "true", 5_000)).resolves.toBe("true");
      }
      expect(guard.problems()).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "writes the questionnaire for survey tools and imports a Google Forms export into the checklist",
    async () => {
      await withPane(async ({ page, guard }) => {
        await openSection(page, "Create");
        await page.getByRole("button", { name: "Load sample partnership", exact: true }).click();
        await settle(page, sheetTabs(page).first(), "Load sample partnership");
        await page.getByRole("checkbox", { name: "English", exact: true }).uncheck();
        await page.getByRole("checkbox", { name: "Español", exact: true }).uncheck();
        await page.getByRole("button", { name: "Write questionnaire", exact: true }).click();
        const link = page.getByRole("link", { name: /^Save .* questionnaire\.xlsx$/ });
        await settle(page, link, "Write questionnaire");
        const bytes = await page.evaluate(
          async (url) => Array.from(new Uint8Array(await (await fetch(url)).arrayBuffer())),
          (await link.getAttribute("href")) ?? "",
        );
        const sheets = await formSheets(new Uint8Array(bytes));
        expect(xlsformProblems(sheets)).toEqual([]);
        expect(sheets.survey?.[0]).toEqual([
          "type",
          "name",
          "label::French (fr)",
          "hint::French (fr)",
          "required",
        ]);
        expect(sheets.survey?.filter((row) => row[0] === "select_one answer")).toHaveLength(
          sample.checklist.length,
        );

        await page
          .getByLabel("Answers file (CSV or .xlsx)", { exact: true })
          .setInputFiles(GOOGLE_FORMS_EXPORT);
        await page.getByRole("button", { name: "Import answers", exact: true }).click();
        const imported = statusRegion(page).filter({ hasText: "Added 3 respondents" });
        await settle(page, imported, "Import answers");
        await expect(imported.first().textContent()).resolves.toContain(
          "Added 3 respondents: Claire Martin, Anonymous 1 and Ana.",
        );
        await openSheet(page, "Checklist");
        await findCell(page, "Checklist", "Anonymous 1");
        expect(guard.problems()).toEqual([]);
      });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "saves a screenshot of every section, beside the sample workbook",
    async () => {
      const { page, guard } = sampleSession();
      for (const section of SECTIONS) {
        await openSection(page, section);
        const image = await page.screenshot({
          path: artifactPath(`pane-${section.toLowerCase()}.png`),
        });
        expect(image.length).toBeGreaterThan(10_000);
      }
      expect(guard.problems()).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "is reachable by keyboard: Tab reaches the section tabs, arrows and Enter choose one, Tab reaches the view's first control",
    async () => {
      await withPane(async ({ page, guard }) => {
        const sectionName = (): Promise<string | null> =>
          page.evaluate(() => {
            const active = document.activeElement;
            const inSections =
              active instanceof HTMLElement &&
              active.getAttribute("role") === "tab" &&
              active.closest('[role="tablist"]')?.getAttribute("aria-label") ===
                "C2C Scoreboard sections";
            return inSections ? active.innerText.trim() : null;
          });
        let presses = 0;
        while ((await sectionName()) === null && presses < 30) {
          await page.keyboard.press("Tab");
          presses += 1;
        }
        expect(await sectionName()).not.toBeNull();
        // Move to Validate with the arrow keys (from whichever tab has focus) and choose it.
        for (
          let step = 0;
          step < SECTIONS.length && (await sectionName()) !== "Validate";
          step += 1
        )
          await page.keyboard.press("ArrowRight");
        expect(await sectionName()).toBe("Validate");
        await page.keyboard.press("Enter");
        await expect(
          attributeBecomes(sectionTab(page, "Validate"), "aria-selected", "true", 5_000),
        ).resolves.toBe("true");
        await page.keyboard.press("Tab");
        const focused = await page.evaluate(() => ({
          tag: document.activeElement?.tagName ?? "",
          text: (document.activeElement?.textContent ?? "").trim(),
        }));
        expect(focused).toEqual({ tag: "BUTTON", text: "Check the workbook" });
        expect(guard.problems()).toEqual([]);
      });
    },
    TEST_TIMEOUT_MS,
  );
});

/** The problem list's button texts ("<address>: <message>"); empty when the list is not shown. */
async function problemTexts(page: Page): Promise<string[]> {
  const list = page.getByRole("list", { name: "Problems" });
  if ((await list.count()) === 0) return [];
  return (await list.getByRole("button").allTextContents()).map((text) => text.trim());
}
