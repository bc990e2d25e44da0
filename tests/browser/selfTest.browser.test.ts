// The self-test as a user runs it in the browser preview: taskpane.html?selftest=run opens Settings,
// runs every check against the memory host and the functions module at once, and shows the summary
// line and the report listing every check (the Excel-only ones as "Needs Excel").
import { ENGLISH_PANE_TEXTS } from "../../src/taskpane/texts/paneTexts";
import type { Browser } from "playwright-core";
import { startBrowserAndDist } from "../../scripts/browser/browserAndDist";
import { openPane, sheetNames, STEP_TIMEOUT_MS } from "../../scripts/browser/paneDriver";
import type { StaticServer } from "../../scripts/browser/staticServer";
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
