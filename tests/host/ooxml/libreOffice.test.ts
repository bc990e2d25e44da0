// LibreOffice opens the workbooks the package writer makes: it recomputes every portable formula
// and gets the value stored with it (within the portable check's tolerance), and it converts them
// to PDF and to CSV. Skipped with a message where LibreOffice is not installed, as the other
// LibreOffice tests are.

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { checkWorkbooks } from "../../../scripts/portable/checkWorkbooks";
import { findSoffice, INSTALL_HINT } from "../../../scripts/portable/libreOffice";
import { findingLine } from "../../../scripts/portable/report";
import { PackageWorkbook } from "../../../src/host/ooxml/packageWorkbook";
import { BUILDS } from "./bothWriters";

const SOFFICE = findSoffice();
const describeIfLibreOffice = SOFFICE === null ? describe.skip : describe;
if (SOFFICE === null)
  console.warn(
    `LibreOffice (soffice) is not installed: the package writer's workbooks are not opened in LibreOffice. Install it with: ${INSTALL_HINT}`,
  );

async function ownWorkbooks(): Promise<Uint8Array[]> {
  return Promise.all(
    BUILDS.map(async ([, build]) => {
      const host = PackageWorkbook.create();
      await build(host);
      return host.toBytes();
    }),
  );
}

describeIfLibreOffice("LibreOffice and the package writer's workbooks", () => {
  it("recomputes every formula to the value stored with it", async () => {
    const checks = await checkWorkbooks(SOFFICE ?? "soffice", await ownWorkbooks());
    expect(checks.map((check) => check.formulas >= 2)).toEqual(BUILDS.map(() => true));
    expect(checks.flatMap((check) => check.findings.map(findingLine))).toEqual([]);
  }, 240_000);

  it("converts them to PDF and to CSV", async () => {
    const directory = mkdtempSync(join(tmpdir(), "c2c-package-"));
    try {
      const inputs = (await ownWorkbooks()).map((bytes, index) => {
        const path = join(directory, `workbook-${index + 1}.xlsx`);
        writeFileSync(path, bytes);
        return path;
      });
      // A profile of its own, so a LibreOffice another test runs at the same time does not lock it.
      const profile = `-env:UserInstallation=${pathToFileURL(join(directory, "profile")).href}`;
      for (const format of ["pdf", "csv"]) {
        const result = spawnSync(
          SOFFICE ?? "soffice",
          [
            profile,
            "--headless",
            "--norestore",
            "--convert-to",
            format,
            "--outdir",
            directory,
            ...inputs,
          ],
          { encoding: "utf8", timeout: 180_000 },
        );
        expect(result.status).toBe(0);
      }
      inputs.forEach((_, index) => {
        const pdf = readFileSync(join(directory, `workbook-${index + 1}.pdf`));
        expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
        expect(pdf.length).toBeGreaterThan(10_000);
      });
      // The CSV holds the sheet the workbook opens on: the sample plan's Scoreboard, or About in
      // the template workbooks, with the answer scale.
      BUILDS.forEach(([name], index) => {
        const csv = readFileSync(join(directory, `workbook-${index + 1}.csv`), "utf8");
        expect(csv).toContain(name.includes("c2c") ? "Answer scale of the checklist" : "TA,3.44");
      });
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }, 240_000);
});
