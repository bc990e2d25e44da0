// `npm run check:portable [-- FILE.xlsx …]`: LibreOffice headless recomputes every portable formula
// of the given workbooks (default: the demo workbooks, made with `npm run demo` when missing) with
// recalculation on load forced, and each result must equal the value the runner cached in the file.
// Exit code 0 when all agree, 1 on any mismatch, 2 when the check could not run (no LibreOffice,
// an unreadable file, or formulas LibreOffice did not recompute).

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { checkWorkbooks } from "./portable/checkWorkbooks";
import { findSoffice, INSTALL_HINT } from "./portable/libreOffice";
import { EXIT_NOT_CHECKED, exitCode, reportLines, TOLERANCE_NOTE } from "./portable/report";

const ROOT = join(__dirname, "..");
const DEMO_WORKBOOKS = [
  join(ROOT, "demo", "partnership.xlsx"),
  join(ROOT, "demo", "programme.xlsx"),
];

async function main(args: readonly string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    console.log(
      "Usage: npm run check:portable [-- FILE.xlsx …]   (default: demo/partnership.xlsx demo/programme.xlsx)",
    );
    return 0;
  }
  const soffice = findSoffice();
  if (soffice === null) {
    console.error(
      `LibreOffice (soffice) is not installed, so no formula was checked. Install it with:\n  ${INSTALL_HINT}`,
    );
    return EXIT_NOT_CHECKED;
  }
  const files = args.length > 0 ? [...args] : DEMO_WORKBOOKS;
  if (args.length === 0 && !files.every((file) => existsSync(file))) makeDemoWorkbooks();
  const workbooks = [];
  for (const file of files) {
    try {
      workbooks.push(new Uint8Array(await readFile(file)));
    } catch (error: unknown) {
      console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
      return EXIT_NOT_CHECKED;
    }
  }
  console.error(
    `LibreOffice (${soffice}) recomputes ${String(files.length)} workbook(s) with recalculation on load forced; ${TOLERANCE_NOTE}.`,
  );
  const started = Date.now();
  const checks = await checkWorkbooks(soffice, workbooks);
  checks.forEach((check, index) => {
    for (const line of reportLines(displayName(files[index] ?? ""), check)) console.log(line);
  });
  console.error(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const code = exitCode(checks);
  if (code === EXIT_NOT_CHECKED)
    console.error(
      "LibreOffice kept cached values it should have recomputed: recalculation on load was not in force for those cells.",
    );
  return code;
}

function makeDemoWorkbooks(): void {
  console.error("The demo workbooks are missing; running `npm run demo` first.");
  const result = spawnSync("npm", ["run", "demo"], {
    cwd: ROOT,
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (result.status !== 0) throw new Error("`npm run demo` failed");
}

function displayName(file: string): string {
  const fromRoot = relative(ROOT, file);
  return fromRoot.startsWith("..") ? file : fromRoot;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = EXIT_NOT_CHECKED;
  },
);
