// docs/languages.md's pictures of the report in French: the demo partnership's page
// (`c2c report --html --lang fr`) in headless Chromium, its top and three of its sections (the
// stakeholders, the DAC lens and the method), each captured as the element it is.
// Run: npx tsx scripts/browser/reportScreenshotsFrench.ts REPORT.html [folder]   (default docs/images)

import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { launchChromium } from "./chromium";
import { REPO_ROOT } from "./repoPaths";

const SECTIONS = [
  ["#stakeholders", "report-fr-stakeholders.png"],
  ["#dac", "report-fr-dac.png"],
  ["#method", "report-fr-method.png"],
] as const;

async function main(report: string, folder: string): Promise<void> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1500 } });
    await page.goto(pathToFileURL(resolve(report)).href);
    const written = [join(folder, "report-fr.png")];
    await page.screenshot({ path: written[0] });
    for (const [selector, name] of SECTIONS) {
      const path = join(folder, name);
      await page.locator(selector).screenshot({ path });
      written.push(path);
    }
    for (const path of written) console.log(`wrote ${path}`);
  } finally {
    await browser.close();
  }
}

const [report, folder = join(REPO_ROOT, "docs", "images")] = process.argv.slice(2);
if (report === undefined) {
  console.error("usage: npx tsx scripts/browser/reportScreenshotsFrench.ts REPORT.html [folder]");
  process.exitCode = 2;
} else void main(report, folder);
