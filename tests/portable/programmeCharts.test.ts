// The programme workbook's charts as LibreOffice draws them: the demo's programme.xlsx converted to
// PDF by LibreOffice (a program we did not write) carries every chart's title and its series' names
// in its text, so each chart was read and rendered — the bars, the stacked bars and the scatter.
// Skipped, with a message, where LibreOffice or pdftotext (poppler-utils) is not installed.

import { execFileSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { findSoffice, INSTALL_HINT } from "../../scripts/portable/libreOffice";
import { c2c, tempFolder, type TempFolder } from "../cli/cliHarness";

const SOFFICE = findSoffice();
const PDFTOTEXT = ((): string | null => {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    return "pdftotext";
  } catch {
    return null;
  }
})();
const describeIfTools = SOFFICE === null || PDFTOTEXT === null ? describe.skip : describe;
if (SOFFICE === null || PDFTOTEXT === null)
  console.warn(
    `LibreOffice or pdftotext is not installed: the programme's charts are not rendered. Install: ${INSTALL_HINT} poppler-utils`,
  );

describeIfTools("the programme workbook's charts drawn by LibreOffice", () => {
  let folder: TempFolder;
  beforeAll(async () => {
    folder = await tempFolder();
  });
  afterAll(async () => {
    await folder.remove();
  });

  it("renders the bar, stacked bar and scatter charts with their titles and series", async () => {
    expect((await c2c("demo", "--out-dir", folder.path("demo"))).code).toBe(0);
    const profile = await mkdtemp(join(tmpdir(), "c2c-lo-profile-"));
    try {
      execFileSync(
        SOFFICE ?? "soffice",
        [
          `-env:UserInstallation=${pathToFileURL(profile).href}`,
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          folder.path("pdf"),
          folder.path("demo/programme.xlsx"),
        ],
        { stdio: "ignore", timeout: 180_000 },
      );
    } finally {
      await rm(profile, { recursive: true, force: true });
    }
    const text = execFileSync(PDFTOTEXT ?? "pdftotext", [folder.path("pdf/programme.pdf"), "-"], {
      encoding: "utf8",
    });
    for (const title of [
      "Principle averages across the programme (1–5)",
      "Share of partnerships in each band, per principle",
      "Share of cities in each trend class, per goal",
      "Goal indices across the programme’s cities (counted cities)",
    ])
      expect(text.replace(/'/gu, "’")).toContain(title);
    // The stacked bars' legends: every band and trend class is named beside its colour.
    for (const series of ["Advanced", "Established", "Moderately improving", "A city’s goal index"])
      expect(text.replace(/'/gu, "’")).toContain(series);
  }, 240_000);
});
