// The demo workbooks (what `npm run demo` writes, and what a coordinator's scored files look like):
// LibreOffice recomputes every portable formula and must get the value the runner stored. This is
// `npm run check:portable` on the demo workbooks, inside the test suite so CI runs it too (CI
// installs LibreOffice; elsewhere the test is skipped with a message, as in portable.test.ts).

import { readFile } from "node:fs/promises";
import { checkWorkbooks } from "../../scripts/portable/checkWorkbooks";
import { findingLine } from "../../scripts/portable/report";
import { findSoffice, INSTALL_HINT } from "../../scripts/portable/libreOffice";
import { c2c, tempFolder, type TempFolder } from "../cli/cliHarness";

const SOFFICE = findSoffice();
const describeIfLibreOffice = SOFFICE === null ? describe.skip : describe;
if (SOFFICE === null)
  console.warn(
    `LibreOffice (soffice) is not installed: the demo workbooks are not recomputed. Install it with: ${INSTALL_HINT}`,
  );

describeIfLibreOffice("the demo workbooks recomputed by LibreOffice", () => {
  let folder: TempFolder;
  beforeAll(async () => {
    folder = await tempFolder();
  });
  afterAll(async () => {
    await folder.remove();
  });

  it("agree with the runner on every formula of the partnership and the programme workbooks", async () => {
    const demo = await c2c("demo", "--out-dir", folder.path("demo"));
    expect(demo.code).toBe(0);
    const files = [folder.path("demo/partnership.xlsx"), folder.path("demo/programme.xlsx")];
    const checks = await checkWorkbooks(
      SOFFICE ?? "soffice",
      await Promise.all(files.map(async (file) => new Uint8Array(await readFile(file)))),
    );
    const [partnership, programme] = checks;
    // Every score of the Scoreboard is a formula: hundreds in the partnership, dozens in the programme.
    expect(partnership?.formulas).toBeGreaterThan(500);
    expect(programme?.formulas).toBeGreaterThan(30);
    expect(checks.flatMap((check) => check.findings.map(findingLine))).toEqual([]);
  }, 240_000);

  // A French workbook writes its band and trend labels with the portable formulas in both
  // dialects and counts n/a by its word in every language: LibreOffice must still agree.
  it.each(["fr", "es"])(
    "agree with the runner on every formula of the partnership and the programme workbooks in %s",
    async (language) => {
      const demo = await c2c("demo", "--out-dir", folder.path(language), "--lang", language);
      expect(demo.code).toBe(0);
      const [check, programme] = await checkWorkbooks(SOFFICE ?? "soffice", [
        new Uint8Array(await readFile(folder.path(`${language}/partnership.xlsx`))),
        new Uint8Array(await readFile(folder.path(`${language}/programme.xlsx`))),
      ]);
      expect(check?.formulas).toBeGreaterThan(500);
      expect(check?.findings.map(findingLine)).toEqual([]);
      // The programme's bands and trend shares count its labels in its language (decision 0034).
      expect(programme?.formulas).toBeGreaterThan(30);
      expect(programme?.findings.map(findingLine)).toEqual([]);
    },
    240_000,
  );
});
