// The self-test's report in words: one summary line counting only the checks that ran, then Excel's
// platform, version and requirement sets, then every check with what was seen, as text to copy or save.

import type { CheckResult, CheckStatus, ExcelDiagnostics } from "./types";

const STATUS_WORDS: Readonly<Record<CheckStatus, string>> = {
  passed: "Passed",
  failed: "FAILED",
  "needs-excel": "Needs Excel",
};

export function summaryLine(results: readonly CheckResult[]): string {
  const ran = results.filter((result) => result.status !== "needs-excel");
  const passedCount = ran.filter((result) => result.status === "passed").length;
  return `Self-test: ${passedCount} of ${ran.length} checks passed`;
}

export function checkLine(result: CheckResult): string {
  return `${STATUS_WORDS[result.status]}: ${result.title}. ${result.detail}`;
}

export function reportText(
  ranAt: Date,
  diagnostics: ExcelDiagnostics,
  results: readonly CheckResult[],
  cleanup: readonly string[],
): string {
  const skipped = results.filter((result) => result.status === "needs-excel").length;
  return [
    "C2C Scoreboard self-test",
    `Run at: ${ranAt.toISOString()}`,
    `Application: ${diagnostics.application}`,
    `Version: ${diagnostics.version === "" ? "not reported" : diagnostics.version}`,
    `Requirement sets: ${diagnostics.requirementSets.length === 0 ? "none (no Excel)" : diagnostics.requirementSets.join("; ")}`,
    "",
    summaryLine(results) +
      (skipped === 0 ? "" : ` (${skipped} more need Excel and did not run here)`),
    "",
    ...results.map(checkLine),
    ...(cleanup.length === 0 ? [] : ["", ...cleanup]),
    "",
  ].join("\n");
}
