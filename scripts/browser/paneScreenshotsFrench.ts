// docs/languages.md's pictures of the pane in French: the production build in headless Chromium
// with a French browser (navigator.language fr-FR), the Create section as it opens, then the sample
// partnership loaded and its scoreboard refreshed, the preview beside it on the Scoreboard sheet.
// Run: npx tsx scripts/browser/paneScreenshotsFrench.ts [folder]   (default docs/images)

import { join } from "node:path";
import { startBrowserAndDist } from "./browserAndDist";
import { openLocalisedPane, openSheet, settle, sheetTabs } from "./paneDriver";
import { REPO_ROOT } from "./repoPaths";

const SECTIONS_LABEL = "Sections de C2C Scoreboard";

async function main(folder: string): Promise<void> {
  const { server, browser } = await startBrowserAndDist();
  try {
    const { page, guard } = await openLocalisedPane(browser, server.origin, {
      locale: "fr-FR",
      sectionsLabel: SECTIONS_LABEL,
    });
    const written: string[] = [];
    const shoot = async (name: string): Promise<void> => {
      const problems = guard.problems();
      if (problems.length > 0)
        throw new Error(`the pane misbehaved, no screenshot taken:\n${problems.join("\n")}`);
      const path = join(folder, name);
      await page.screenshot({ path });
      written.push(path);
    };
    await shoot("pane-fr-create.png");
    await page
      .getByRole("button", { name: "Charger le partenariat d'exemple", exact: true })
      .click();
    await settle(
      page,
      sheetTabs(page).filter({ hasText: "Indicators" }).first(),
      "Charger le partenariat d'exemple",
    );
    await page
      .getByRole("tablist", { name: SECTIONS_LABEL, exact: true })
      .getByRole("tab", { name: "Tableau de bord", exact: true })
      .click();
    await page.getByRole("button", { name: "Actualiser le tableau de bord", exact: true }).click();
    await settle(
      page,
      page.getByRole("table", { name: "Notes des principes" }),
      "Actualiser le tableau de bord",
    );
    await openSheet(page, "Scoreboard");
    await shoot("pane-fr-scoreboard.png");
    process.stdout.write(`${written.join("\n")}\n`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main(process.argv[2] ?? join(REPO_ROOT, "docs", "images")).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
