// The pane's views in Chromium, driven as a user drives them: the real App bundled (esbuild) with a
// fake PaneWorkflows (harness/harnessPage.tsx) whose answers come from the engine. Checks what a
// server render cannot: a failing call's message in role="alert", progress while a call runs, the
// confirmations, the forms' parsing, the published file's link, and the preview grid's editing and
// selection. Any console error or page error fails the test that caused it.
import { build } from "esbuild";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../../scripts/browser/chromium";
import { scoreAssessment } from "../../src/engine/assessment";
import { samplePartnership } from "../../src/engine/demo";
import { DEFAULT_SETTINGS } from "../../src/engine/settings";

const ORIGIN = "http://pane.test";
const SETUP_TIMEOUT_MS = 600_000;
const TEST_TIMEOUT_MS = 30_000;
const STEP_TIMEOUT_MS = 8_000;

interface HarnessCall {
  readonly name: string;
  readonly args: unknown;
}

let browser: Browser | undefined;
let bundle = "";

beforeAll(async () => {
  const [built, launched] = await Promise.all([
    build({
      entryPoints: [join(__dirname, "harness", "harnessPage.tsx")],
      bundle: true,
      write: false,
      format: "iife",
      platform: "browser",
      target: "es2020",
      jsx: "automatic",
      define: { "process.env.NODE_ENV": '"production"' },
      logLevel: "silent",
    }),
    launchChromium(),
  ]);
  bundle = built.outputFiles[0]?.text ?? "";
  browser = launched;
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
});

interface OpenPage {
  readonly page: Page;
  readonly problems: string[];
}

async function withPage(work: (opened: OpenPage) => Promise<void>): Promise<void> {
  if (browser === undefined) throw new Error("Chromium did not start (see beforeAll)");
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // A step that cannot happen fails quoting its locator, well inside the test's own timeout.
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url === `${ORIGIN}/pane.html`)
      await route.fulfill({
        contentType: "text/html",
        body: '<!doctype html><html lang="en"><body style="margin:0"><div id="root"></div><script src="pane.js"></script></body></html>',
      });
    else if (url === `${ORIGIN}/pane.js`)
      await route.fulfill({ contentType: "application/javascript", body: bundle });
    else if (url.startsWith("blob:")) await route.continue();
    else {
      problems.push(`outside request: ${url}`);
      await route.abort();
    }
  });
  try {
    await page.goto(`${ORIGIN}/pane.html`);
    await section(page, "Create").waitFor();
    await work({ page, problems });
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
}

function section(page: Page, name: string) {
  return page
    .getByRole("tablist", { name: "C2C Scoreboard sections" })
    .getByRole("tab", { name, exact: true });
}

async function openSection(page: Page, name: string): Promise<void> {
  await section(page, name).click();
  await page.getByRole("tabpanel").getByRole("heading", { name, exact: true }).waitFor();
}

/** Runs `steer` on the page's window.paneHarness (the function travels as source text). */
async function harness(page: Page, steer: (h: Window["paneHarness"]) => unknown): Promise<void> {
  await page.evaluate(`(${steer.toString()})(window.paneHarness)`);
}

function callsTo(page: Page, name: string): Promise<HarnessCall[]> {
  return page.evaluate(
    (wanted) => window.paneHarness.calls.filter((call) => call.name === wanted),
    name,
  );
}

describe("the pane's views in Chromium", () => {
  it(
    "shows a failing call's message in an alert, in plain words, and clears it on the next success",
    async () => {
      await withPage(async ({ page }) => {
        await harness(page, (h) => h.failing.push("validate"));
        await openSection(page, "Validate");
        await page.getByRole("button", { name: "Check the workbook", exact: true }).click();
        const alert = page.getByRole("alert");
        await alert.waitFor();
        await expect(alert.textContent()).resolves.toContain(
          "Validate failed: the workbook is locked by another user.",
        );
        await harness(page, (h) => {
          h.failing = [];
          h.noProblems = true;
        });
        await page.getByRole("button", { name: "Check the workbook", exact: true }).click();
        await page.getByRole("status").filter({ hasText: "No problems found" }).waitFor();
        await expect(alert.count()).resolves.toBe(0);
        await expect(page.getByRole("status").textContent()).resolves.toContain(
          "Checked 57 checklist items and 2 indicator rows.",
        );
      });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "shows progress in the status region while a call runs, and disables the section's buttons meanwhile",
    async () => {
      await withPage(async ({ page }) => {
        await harness(page, (h) => {
          h.holding = "loadSample";
        });
        const button = page.getByRole("button", { name: "Load sample partnership", exact: true });
        await button.click();
        const status = page.getByRole("status").filter({ hasText: "Working on loadSample" });
        await status.waitFor();
        await expect(status.getByRole("progressbar").count()).resolves.toBeGreaterThan(0);
        await expect(button.isDisabled()).resolves.toBe(true);
        await harness(page, (h) => {
          h.release();
        });
        await page.getByRole("status").filter({ hasText: "Wrote the sheet About." }).waitFor();
        await expect(button.isEnabled()).resolves.toBe(true);
      });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "lists the problems as buttons that select their cell in the preview, switching to its sheet",
    async () => {
      await withPage(async ({ page }) => {
        const preview = page.getByRole("region", { name: "Workbook preview" });
        await preview
          .getByRole("tablist", { name: "Sheets" })
          .getByRole("tab", { name: "Scoreboard", exact: true })
          .click();
        await openSection(page, "Validate");
        await page.getByRole("button", { name: "Check the workbook", exact: true }).click();
        const problems = page.getByRole("list", { name: "Problems" });
        await expect(problems.getByRole("button").allTextContents()).resolves.toEqual([
          'Data!B3: the text "about twelve" is not a number',
          "Data!C2: an unexpected note",
          "Old sheet!A1: a sheet the user deleted since",
        ]);
        await problems.getByRole("button", { name: "Data!B3:" }).click();
        const cell = preview.getByRole("gridcell", { name: "Data!B3", exact: true });
        await page.waitForFunction(
          () =>
            document.querySelector('[aria-label="Data!B3"]')?.getAttribute("aria-selected") ===
            "true",
        );
        await expect(cell.textContent()).resolves.toBe("about twelve");
        await expect(
          preview.getByRole("tab", { name: "Data", exact: true }).getAttribute("aria-selected"),
        ).resolves.toBe("true");
        await expect(
          preview
            .getByRole("gridcell", { name: "Data!B2", exact: true })
            .getAttribute("aria-selected"),
        ).resolves.toBe("false");
        await expect(callsTo(page, "select")).resolves.toEqual([
          { name: "select", args: "Data!B3" },
        ]);
        // The status still says what the check found: selecting is not a step of its own.
        await expect(page.getByRole("status").textContent()).resolves.toContain("Found 3 problems");
        await expect(page.getByRole("alert").count()).resolves.toBe(0);
        await problems.getByRole("button", { name: "Old sheet!A1:" }).click();
        await expect(page.getByRole("alert").textContent()).resolves.toContain(
          "Old sheet!A1 is no longer in the workbook: check the workbook again.",
        );
      });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "asks before a refresh would replace Scoreboard (previous), and shows the engine's scores after it",
    async () => {
      const scores = scoreAssessment(samplePartnership());
      await withPage(async ({ page }) => {
        await harness(page, (h) => {
          h.hasPreviousScoreboard = true;
        });
        await openSection(page, "Scoreboard");
        await page.getByRole("button", { name: "Refresh scoreboard", exact: true }).click();
        const dialog = page.getByRole("alertdialog");
        await dialog.waitFor();
        await expect(dialog.textContent()).resolves.toContain("Replace Scoreboard (previous)?");
        await dialog.getByRole("button", { name: "Cancel", exact: true }).click();
        await page
          .getByRole("status")
          .filter({ hasText: "Refresh cancelled: nothing was changed." })
          .waitFor();
        await expect(callsTo(page, "refresh")).resolves.toEqual([]);

        await page.getByRole("button", { name: "Refresh scoreboard", exact: true }).click();
        await page
          .getByRole("alertdialog")
          .getByRole("button", { name: "Replace it and refresh", exact: true })
          .click();
        const table = page.getByRole("table", { name: "Principle scores" });
        await table.waitFor();
        const rows = await table
          .locator("tbody tr")
          .evaluateAll((elements) =>
            elements.map((row) =>
              Array.from(row.querySelectorAll("td"), (cell) => cell.textContent.trim()),
            ),
          );
        expect(rows).toEqual(
          scores.principles.map((principle) => [
            principle.principle,
            principle.name,
            principle.score === null ? "–" : principle.score.toFixed(2),
            principle.band ?? "–",
          ]),
        );
        await expect(
          page.getByLabel("Overall alignment", { exact: true }).textContent(),
        ).resolves.toContain((scores.alignment.score ?? Number.NaN).toFixed(2));
        const cityRows = await page
          .getByRole("table", { name: "SDG index by city" })
          .locator("tbody tr")
          .count();
        expect(cityRows).toBe(scores.overallIndices.length);
        const dacRows = await page
          .getByRole("table", { name: "DAC criteria" })
          .locator("tbody tr")
          .evaluateAll((elements) =>
            elements.map((row) =>
              Array.from(row.querySelectorAll("td"), (cell) => cell.textContent.trim()).slice(0, 2),
            ),
          );
        expect(dacRows).toEqual(
          scores.dacCriteria.map((criterion) => [
            criterion.name,
            criterion.score === null ? "–" : criterion.score.toFixed(1),
          ]),
        );
        await expect(page.getByRole("status").textContent()).resolves.toContain(
          "The former scoreboard is kept as Scoreboard (previous).",
        );
      });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "refuses unreadable years before calling, and passes the wizard's fields as the engine's options",
    async () => {
      await withPage(async ({ page }) => {
        await page.getByLabel("Partnership name", { exact: true }).fill("Lyon–Rabat");
        await page.getByLabel("Partner cities", { exact: true }).fill("Lyon, Rabat");
        await page.getByLabel("Countries", { exact: true }).fill("France, Morocco");
        await page.getByLabel("Years", { exact: true }).fill("2024-2022");
        await page.getByLabel("Indicator list", { exact: true }).selectOption("long");
        await page.getByLabel("Respondents", { exact: true }).fill("Ana\nYoussef");
        await page.getByRole("button", { name: "Create assessment", exact: true }).click();
        await expect(page.getByRole("alert").textContent()).resolves.toContain(
          "Years: the range 2024-2022 ends before it starts; write it as 2022-2024.",
        );
        await expect(callsTo(page, "createAssessment")).resolves.toEqual([]);

        await page.getByLabel("Years", { exact: true }).fill("2022-2024");
        await page.getByRole("button", { name: "Create assessment", exact: true }).click();
        await page
          .getByRole("status")
          .filter({ hasText: "Your sheet About was kept; the new one is About (2)." })
          .waitFor();
        await expect(callsTo(page, "createAssessment")).resolves.toEqual([
          {
            name: "createAssessment",
            args: {
              partnershipName: "Lyon–Rabat",
              cities: ["Lyon", "Rabat"],
              countries: ["France", "Morocco"],
              years: [2022, 2023, 2024],
              list: "long",
              language: "en",
              respondents: ["Ana", "Youssef"],
            },
          },
        ]);
      });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "imports the chosen CSV file's text and lists every rejected line",
    async () => {
      await withPage(async ({ page }) => {
        await page.getByRole("button", { name: "Import answers", exact: true }).click();
        await expect(page.getByRole("alert").textContent()).resolves.toContain(
          "Choose the answers file first",
        );
        const csv = "Respondent,Item ID,Answer\nAna,TA1,4\n";
        await page
          .getByLabel("Answers file (CSV or .xlsx)", { exact: true })
          .setInputFiles({ name: "answers.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
        await page.getByRole("button", { name: "Import answers", exact: true }).click();
        const status = page
          .getByRole("status")
          .filter({ hasText: "Line 4: the item ID ZZ9 is not in the checklist" });
        await status.waitFor();
        await expect(status.textContent()).resolves.toContain(
          "Added 1 respondent: Ana.Wrote 3 answers.1 row or cell of the file could not be placed:",
        );
        await expect(status.textContent()).resolves.toContain(
          "Refresh the scoreboard to score the new answers.",
        );
        await expect(callsTo(page, "importAnswers")).resolves.toEqual([
          { name: "importAnswers", args: csv },
        ]);
      });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "writes the questionnaire in the languages ticked and offers it as a Save link",
    async () => {
      await withPage(async ({ page }) => {
        await page.getByRole("checkbox", { name: "English", exact: true }).uncheck();
        await page.getByRole("button", { name: "Write questionnaire", exact: true }).click();
        const link = page.getByRole("link", {
          name: "Save Lyon–Rabat questionnaire.xlsx",
          exact: true,
        });
        await link.waitFor();
        await expect(link.getAttribute("download")).resolves.toBe("Lyon–Rabat questionnaire.xlsx");
        await expect(
          page.getByRole("status").filter({ hasText: "Untranslated: X1" }).count(),
        ).resolves.toBe(1);
        await page.getByRole("checkbox", { name: "Français", exact: true }).uncheck();
        await page.getByRole("checkbox", { name: "English", exact: true }).check();
        await page.getByRole("button", { name: "Write questionnaire", exact: true }).click();
        await link.waitFor();
        await expect(callsTo(page, "questionnaire")).resolves.toEqual([
          { name: "questionnaire", args: ["fr", "es"] },
          { name: "questionnaire", args: ["en", "es"] },
        ]);
      });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "offers a published file as a Save link (a Blob URL) and text files for the clipboard too",
    async () => {
      await withPage(async ({ page }) => {
        await openSection(page, "Publish");
        await page.getByRole("button", { name: "CSV", exact: true }).click();
        const link = page.getByRole("link", { name: "Save scores.csv", exact: true });
        await link.waitFor();
        await expect(link.getAttribute("download")).resolves.toBe("scores.csv");
        const href = (await link.getAttribute("href")) ?? "";
        expect(href).toMatch(/^blob:/);
        await expect(page.evaluate(async (url) => (await fetch(url)).text(), href)).resolves.toBe(
          "Code,Value\n11.6.2,42.5\n",
        );
        await expect(
          page.getByRole("button", { name: "Copy to clipboard", exact: true }).count(),
        ).resolves.toBe(1);

        await page.getByRole("button", { name: "Values-only workbook", exact: true }).click();
        const workbookLink = page.getByRole("link", { name: "Save values.xlsx", exact: true });
        await workbookLink.waitFor();
        const bytes = await page.evaluate(
          async (url) => Array.from(new Uint8Array(await (await fetch(url)).arrayBuffer())),
          (await workbookLink.getAttribute("href")) ?? "",
        );
        expect(bytes).toEqual([80, 75, 3, 4]);
        await expect(
          page.getByRole("button", { name: "Copy to clipboard", exact: true }).count(),
        ).resolves.toBe(0);
        await expect(callsTo(page, "publish")).resolves.toEqual([
          { name: "publish", args: "csv" },
          { name: "publish", args: "workbook" },
        ]);
      });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "adds an action for a weak spot and selects its new row",
    async () => {
      await withPage(async ({ page }) => {
        await openSection(page, "Actions");
        const target = page.getByLabel("Weak principle or goal", { exact: true });
        await page.waitForFunction(
          () => document.querySelectorAll("option[value='FIN']").length === 1,
        );
        await page.getByRole("button", { name: "Add action", exact: true }).click();
        await expect(page.getByRole("alert").textContent()).resolves.toContain(
          "Choose the weak principle or goal the action answers. Describe the action.",
        );
        await target.selectOption("FIN");
        await page.getByLabel("Action", { exact: true }).fill("Set up a joint budget line");
        await page.getByLabel("Owner", { exact: true }).fill("Lyon finance office");
        await page.getByLabel("Due", { exact: true }).fill("2026-06");
        await page.getByLabel("Addresses stakeholder input", { exact: true }).check();
        await page.getByRole("button", { name: "Add action", exact: true }).click();
        await page
          .getByRole("status")
          .filter({ hasText: "Added action A7 at Data!C2 (selected)." })
          .waitFor();
        await expect(callsTo(page, "addAction")).resolves.toEqual([
          {
            name: "addAction",
            args: {
              target: "FIN",
              action: "Set up a joint budget line",
              owner: "Lyon finance office",
              due: "2026-06",
              stakeholderInputAddressed: true,
            },
          },
        ]);
        await expect(page.getByLabel("Action", { exact: true }).inputValue()).resolves.toBe("");
      });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "compares the ticked units, in the candidates' order, and asks for two or more",
    async () => {
      const sample = samplePartnership();
      const cities = sample.partnership.cities;
      await withPage(async ({ page }) => {
        await openSection(page, "Compare");
        for (const city of cities) await page.getByLabel(city, { exact: true }).waitFor();
        for (const city of cities)
          await expect(page.getByLabel(city, { exact: true }).isChecked()).resolves.toBe(true);
        await page.getByLabel(cities[0] ?? "", { exact: true }).uncheck();
        await page.getByRole("button", { name: "Compare", exact: true }).click();
        await expect(page.getByRole("alert").textContent()).resolves.toContain(
          "Tick two to 10 units to compare; 1 is ticked.",
        );
        await page.getByLabel(cities[0] ?? "", { exact: true }).check();
        await page.getByRole("button", { name: "Compare", exact: true }).click();
        const table = page.getByRole("table", { name: "Comparison" });
        await table.waitFor();
        const headers = (await table.locator("thead th").allTextContents()).map((text) =>
          text.trim(),
        );
        expect(headers).toEqual(["Principle or goal", ...cities, "Best"]);
        await expect(
          page.getByRole("list", { name: "Who can learn from whom" }).getByRole("listitem").count(),
        ).resolves.toBeGreaterThan(0);
        await expect(callsTo(page, "compare")).resolves.toEqual([
          { name: "compare", args: [...cities] },
        ]);
      });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "shows the settings under their table keys, refuses unreadable ones, and writes only after confirmation",
    async () => {
      await withPage(async ({ page }) => {
        await openSection(page, "Settings");
        const targetYear = page.getByLabel("Target year", { exact: true });
        await targetYear.waitFor();
        await expect(targetYear.inputValue()).resolves.toBe("2030");
        await expect(
          page.getByLabel("Worst-value mode", { exact: true }).inputValue(),
        ).resolves.toBe("fixed");
        await expect(
          page.getByLabel("Principle weight: TA", { exact: true }).inputValue(),
        ).resolves.toBe("1");
        await expect(
          page.getByLabel("Minimum group size", { exact: true }).inputValue(),
        ).resolves.toBe("3");

        await targetYear.fill("soon");
        await page.getByRole("button", { name: "Save settings", exact: true }).click();
        await expect(page.getByRole("alert").textContent()).resolves.toContain(
          'Target year: "soon" is not a number.',
        );

        await targetYear.fill("2035");
        await page.getByLabel("Worst-value mode", { exact: true }).selectOption("peer");
        await page.getByRole("button", { name: "Save settings", exact: true }).click();
        const dialog = page.getByRole("alertdialog");
        await dialog.getByRole("button", { name: "Write the settings", exact: true }).click();
        await page.getByRole("status").filter({ hasText: "Settings saved" }).waitFor();
        await expect(callsTo(page, "writeSettings")).resolves.toEqual([
          {
            name: "writeSettings",
            args: { ...DEFAULT_SETTINGS, targetYear: 2035, worstValueMode: "peer" },
          },
        ]);
      });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "edits preview cells: Enter commits numbers as numbers, Escape cancels, arrows move, the generated sheet refuses",
    async () => {
      await withPage(async ({ page }) => {
        const preview = page.getByRole("region", { name: "Workbook preview" });
        const cell = (address: string) =>
          preview.getByRole("gridcell", { name: address, exact: true });
        await cell("Data!B2").dblclick();
        const editor = preview.getByRole("textbox", { name: "Edit Data!B2", exact: true });
        await expect(editor.inputValue()).resolves.toBe("42.5");
        await editor.fill("1.005");
        await editor.press("Enter");
        await editor.waitFor({ state: "detached" });
        await expect(cell("Data!B2").textContent()).resolves.toBe("1.005");

        // Keyboard: the edited cell keeps focus; ArrowDown, Enter opens the editor, Escape cancels.
        await page.keyboard.press("ArrowDown");
        await page.keyboard.press("Enter");
        const below = preview.getByRole("textbox", { name: "Edit Data!B3", exact: true });
        await below.fill("13");
        await below.press("Escape");
        await below.waitFor({ state: "detached" });
        await expect(cell("Data!B3").textContent()).resolves.toBe("about twelve");

        await openSection(page, "Validate");
        await page.getByRole("button", { name: "Check the workbook", exact: true }).click();
        await page.getByRole("list", { name: "Problems" }).waitFor();
        await cell("Data!A3").dblclick();
        await preview.getByRole("textbox", { name: "Edit Data!A3", exact: true }).fill("  ");
        await preview.getByRole("textbox", { name: "Edit Data!A3", exact: true }).press("Enter");
        await expect(cell("Data!A3").textContent()).resolves.toBe("");

        await preview
          .getByRole("tablist", { name: "Sheets" })
          .getByRole("tab", { name: "Scoreboard", exact: true })
          .click();
        await cell("Scoreboard!A1").dblclick();
        await preview
          .getByRole("textbox", { name: "Edit Scoreboard!A1", exact: true })
          .fill("mine");
        await preview
          .getByRole("textbox", { name: "Edit Scoreboard!A1", exact: true })
          .press("Enter");
        await expect(cell("Scoreboard!A1").textContent()).resolves.toBe("Generated");
        await expect(preview.textContent()).resolves.toContain(
          "Scoreboard is built by the add-in and protected",
        );
      });
    },
    TEST_TIMEOUT_MS,
  );
});
