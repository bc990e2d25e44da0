// The lines `npm run check:portable` prints for one workbook, and the exit code of a whole run.

import { describeValue, NUMBER_TOLERANCE } from "./compareValues";
import type { Finding, WorkbookCheck } from "./checkWorkbooks";

export const EXIT_AGREE = 0;
export const EXIT_MISMATCH = 1;
/** LibreOffice missing or failing, an unreadable file, or cells LibreOffice did not recompute. */
export const EXIT_NOT_CHECKED = 2;

export const TOLERANCE_NOTE = `numbers agree within ${String(NUMBER_TOLERANCE)} × max(1, |stored|); texts, booleans and error codes exactly`;

/** `N formulas checked in FILE, M mismatches`, then one `Sheet!Cell: formula — stored X, LibreOffice Y` per finding. */
export function reportLines(file: string, check: WorkbookCheck): string[] {
  const mismatches = check.findings.filter((finding) => finding.kind !== "not-recalculated").length;
  const unchecked = check.findings.length - mismatches;
  const summary = `${String(check.formulas)} formulas checked in ${file}, ${String(mismatches)} mismatch${mismatches === 1 ? "" : "es"}`;
  const uncheckedNote =
    unchecked === 0 ? "" : `, ${String(unchecked)} not recalculated by LibreOffice (unchecked)`;
  return [summary + uncheckedNote, ...check.findings.map(findingLine)];
}

export function findingLine(finding: Finding): string {
  const { sheet, address, formula, value } = finding.cell;
  return `  ${sheet}!${address}: =${formula} — stored ${describeValue(value)}, LibreOffice ${libreOfficeSide(finding)}`;
}

function libreOfficeSide(finding: Finding): string {
  switch (finding.kind) {
    case "mismatch":
      return describeValue(finding.recomputed);
    case "formula-lost":
      return "has no formula in this cell";
    case "not-recalculated":
      return "did not recalculate it";
  }
}

export function exitCode(checks: readonly WorkbookCheck[]): number {
  const findings = checks.flatMap((check) => check.findings);
  if (findings.some((finding) => finding.kind === "not-recalculated")) return EXIT_NOT_CHECKED;
  return findings.length > 0 ? EXIT_MISMATCH : EXIT_AGREE;
}
