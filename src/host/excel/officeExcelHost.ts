// The ExcelHost bound to the real Office.js globals; the one place the host reads `Excel` and
// `Office`. Call it after Office.onReady reports Excel.

import type { ExcelRun } from "./excelApi";
import { ExcelHost, type ExcelHostOptions } from "./excelHost";
import { ExcelScratch } from "./excelScratch";

const officeRun: ExcelRun = (batch) => Excel.run((context) => batch(context));

export function officeExcelHost(
  options: Omit<ExcelHostOptions, "run" | "isSetSupported"> = {},
): ExcelHost {
  return new ExcelHost({
    ...options,
    run: officeRun,
    isSetSupported: (name, minVersion) =>
      Office.context.requirements.isSetSupported(name, minVersion),
  });
}

/** The self-test's scratch access over the same Excel.run. */
export function officeExcelScratch(): ExcelScratch {
  return new ExcelScratch(officeRun);
}
