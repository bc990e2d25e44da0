// The README's picture of the pane: the production build in headless Chromium, the sample
// partnership loaded and its scoreboard refreshed, pane and workbook preview (on the Scoreboard
// sheet) side by side.
// Run: npx tsx scripts/browser/paneScreenshot.ts [output.png]   (default docs/images/pane-preview.png)

import { join } from "node:path";
import { startBrowserAndDist } from "./browserAndDist";
import { openPane, openSection, openSheet, settle, sheetTabs } from "./paneDriver";
import { REPO_ROOT } from "./repoPaths";

async function main(output: string): Promise<void> {
  const { server, browser } = await startBrowserAndDist();
  try {
    const { page, guard } = await openPane(browser, server.origin);
    await openSection(page, "Create");
    await page.getByRole("button", { name: "Load sample partnership", exact: true }).click();
    await settle(
      page,
      sheetTabs(page).filter({ hasText: "Indicators" }).first(),
      "Load sample partnership",
    );
    await openSection(page, "Scoreboard");
    await page.getByRole("button", { name: "Refresh scoreboard", exact: true }).click();
    await settle(page, page.getByRole("table", { name: "Principle scores" }), "Refresh scoreboard");
    // The preview beside it shows the Scoreboard sheet the refresh wrote.
    await openSheet(page, "Scoreboard");
    const problems = guard.problems();
    if (problems.length > 0)
      throw new Error(`the pane misbehaved, no screenshot taken:\n${problems.join("\n")}`);
    await page.screenshot({ path: output });
    process.stdout.write(`${output}\n`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main(process.argv[2] ?? join(REPO_ROOT, "docs", "images", "pane-preview.png")).catch(
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
