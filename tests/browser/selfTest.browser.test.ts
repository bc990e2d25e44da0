// The self-test as a user runs it in the browser preview: taskpane.html?selftest=run opens Settings,
// runs every check against the memory host and the functions module at once, and shows the summary
// line and the report listing every check (the Excel-only ones as "Needs Excel").
import { ENGLISH_PANE_TEXTS, paneTexts } from "../../src/taskpane/texts/paneTexts";
import type { Browser } from "playwright-core";
import { startBrowserAndDist } from "../../scripts/browser/browserAndDist";
import {
  openLocalisedPane,
  openPane,
  sheetNames,
  STEP_TIMEOUT_MS,
} from "../../scripts/browser/paneDriver";
import { artifactPath } from "../../scripts/browser/repoPaths";
import type { StaticServer } from "../../scripts/browser/staticServer";
import { headerIn } from "../../src/engine/language";
import { SELF_TEST_CHECKS } from "../../src/taskpane/workflows/selfTest/checkList";

const SETUP_TIMEOUT_MS = 600_000;
const TEARDOWN_TIMEOUT_MS = 30_000;
const TEST_TIMEOUT_MS = 60_000;

let server: (StaticServer & { readonly dist: string }) | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  ({ server, browser } = await startBrowserAndDist());
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  await server?.close();
}, TEARDOWN_TIMEOUT_MS);

describe("the self-test in the Chromium preview", () => {
  it(
    "runs at once from ?selftest=run, passes every check that ran and lists every check in its report",
    async () => {
      if (browser === undefined || server === undefined) throw new Error("setup failed");
      const pane = await openPane(browser, server.origin, "?selftest=run");
      try {
        const { page, guard } = pane;
        const ran = SELF_TEST_CHECKS.length - 2;
        const summary = page.getByText(`Self-test: ${ran} of ${ran} checks passed`).first();
        await summary.waitFor({ state: "visible", timeout: STEP_TIMEOUT_MS });

        const report = await page.getByRole("textbox", { name: "Self-test report" }).inputValue();
        for (const check of SELF_TEST_CHECKS)
          expect(report).toContain(ENGLISH_PANE_TEXTS.t(check.title));
        expect(report).toContain(`Self-test: ${ran} of ${ran} checks passed`);
        expect(report.match(/^Needs Excel: /gm)).toHaveLength(2);
        expect(report).not.toMatch(/^FAILED/m);
        expect(report).toContain("Browser preview");
        const listed = await page
          .getByRole("list", { name: "Self-test checks" })
          .getByRole("listitem")
          .count();
        expect(listed).toBe(SELF_TEST_CHECKS.length);
        // The scratch sheets are gone from the preview's workbook.
        expect((await sheetNames(page)).some((name) => name.startsWith("C2C self-test"))).toBe(
          false,
        );
        await expect(
          page.getByRole("button", { name: "Copy to clipboard" }).isVisible(),
        ).resolves.toBe(true);
        expect(guard.problems()).toEqual([]);
      } finally {
        await pane.close();
      }
    },
    TEST_TIMEOUT_MS,
  );

  it.each([
    ["fr-FR", "fr"],
    ["es-ES", "es"],
  ] as const)(
    "in a %s browser, shows the summary, every check and the report in that language",
    async (locale, language) => {
      if (browser === undefined || server === undefined) throw new Error("setup failed");
      const texts = paneTexts(language, locale);
      const pane = await openLocalisedPane(browser, server.origin, {
        locale,
        sectionsLabel: texts.t("sections.label"),
        query: "?selftest=run",
      });
      try {
        const { page, guard } = pane;
        const ran = SELF_TEST_CHECKS.length - 2;
        const summary = texts.t("selfTest.summary", { passed: ran, ran });
        await page
          .getByText(summary, { exact: true })
          .first()
          .waitFor({ state: "visible", timeout: STEP_TIMEOUT_MS });
        const report = await page
          .getByRole("textbox", { name: texts.t("selfTest.report") })
          .inputValue();
        for (const check of SELF_TEST_CHECKS) expect(report).toContain(texts.t(check.title));
        // English words of the checks' details; the scratch sheets keep their English names.
        const english =
          /\b(the|and|of|was|were|not|shows|read|back|cell|cells|sheet|table|formula|blank|passed|written|selected|chart|only|Passed|Needs|Browser|preview)\b/;
        const lines = report
          .split("\n")
          .filter((line) => english.test(line.replace(/C2C self-test \d+/g, "")));
        expect(lines).toEqual([]);
        const listed = await page
          .getByRole("list", { name: texts.t("selfTest.checks") })
          .getByRole("listitem")
          .allInnerTexts();
        expect(listed).toHaveLength(SELF_TEST_CHECKS.length);
        // The Settings form above it, labelled by the Settings table's keys in that language.
        await expect(
          page.getByLabel(headerIn(language, "Minimum group size"), { exact: true }).count(),
        ).resolves.toBe(1);
        if (locale === "fr-FR") {
          expect(report).toMatch(/1,\d\d Mo de texte \(UTF-8\) dans 150 cellules/);
          await page
            .getByRole("list", { name: texts.t("selfTest.checks") })
            .scrollIntoViewIfNeeded();
          await page.screenshot({ path: artifactPath("pane-fr-selftest.png") });
        }
        expect(guard.problems()).toEqual([]);
      } finally {
        await pane.close();
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "asks for a blank workbook before it runs when started from the button, by keyboard",
    async () => {
      if (browser === undefined || server === undefined) throw new Error("setup failed");
      const pane = await openPane(browser, server.origin);
      try {
        const { page } = pane;
        await page.getByRole("tab", { name: "Settings", exact: true }).click();
        const button = page.getByRole("button", { name: "Run the self-test" });
        await button.focus();
        await page.keyboard.press("Enter");
        const dialog = page.getByRole("alertdialog", {
          name: "Run the self-test in a blank workbook",
        });
        await dialog.waitFor({ state: "visible", timeout: STEP_TIMEOUT_MS });
        await page.keyboard.press("Escape");
        await page.getByText("The self-test did not run.").waitFor({ timeout: STEP_TIMEOUT_MS });
        await button.focus();
        await page.keyboard.press("Enter");
        await dialog.getByRole("button", { name: "This is a blank workbook: run it" }).click();
        await page
          .getByText(/^Self-test: \d+ of \d+ checks passed$/)
          .first()
          .waitFor({ state: "visible", timeout: STEP_TIMEOUT_MS });
      } finally {
        await pane.close();
      }
    },
    TEST_TIMEOUT_MS,
  );
});
