// The self-test's report in words: one summary line counting only the checks that ran, then Excel's
// platform, version and requirement sets, then every check with what was seen, as text to copy or
// save, all in the pane's language (cell addresses, formulas and Excel's own messages as Excel
// writes them). The moment it ran is written both for the reader and as ISO 8601.

import { applicationName } from "../../excelDiagnostics";
import type { PaneTextKey, PaneTexts } from "../../texts/paneTexts";
import type { CheckResult, CheckStatus, ExcelDiagnostics } from "./types";

const STATUS_WORDS: Readonly<Record<CheckStatus, PaneTextKey>> = {
  passed: "selfTest.passed",
  failed: "selfTest.failed",
  "needs-excel": "selfTest.needsExcel",
};

export function summaryLine(texts: PaneTexts, results: readonly CheckResult[]): string {
  const ran = results.filter((result) => result.status !== "needs-excel");
  const passedCount = ran.filter((result) => result.status === "passed").length;
  return texts.t("selfTest.summary", {
    passed: texts.number(passedCount, 0),
    ran: texts.number(ran.length, 0),
  });
}

export function checkLine(texts: PaneTexts, result: CheckResult): string {
  return texts.t("selfTest.line", {
    status: texts.t(STATUS_WORDS[result.status]),
    title: result.title,
    detail: result.detail,
  });
}

export function reportText(
  texts: PaneTexts,
  ranAt: Date,
  diagnostics: ExcelDiagnostics,
  results: readonly CheckResult[],
  cleanup: readonly string[],
): string {
  const { t } = texts;
  const skipped = results.filter((result) => result.status === "needs-excel").length;
  return [
    t("selfTest.reportTitle"),
    t("selfTest.ranAt", { date: texts.dateTime(ranAt), iso: ranAt.toISOString() }),
    t("selfTest.application", { application: applicationName(texts, diagnostics) }),
    t("selfTest.version", {
      version: diagnostics.version === "" ? t("selfTest.notReported") : diagnostics.version,
    }),
    t("selfTest.sets", {
      sets:
        diagnostics.requirementSets.length === 0
          ? t("selfTest.noSets")
          : diagnostics.requirementSets.join("; "),
    }),
    "",
    summaryLine(texts, results) +
      (skipped === 0 ? "" : t("selfTest.skipped", { count: texts.number(skipped, 0) })),
    "",
    ...results.map((result) => checkLine(texts, result)),
    ...(cleanup.length === 0 ? [] : ["", ...cleanup]),
    "",
  ].join("\n");
}
