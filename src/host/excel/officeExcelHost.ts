// The ExcelHost bound to the real Office.js globals; the one place the host reads `Excel` and
// `Office`. Call it after Office.onReady reports Excel.

import type { ExcelRun } from "./excelApi";
import { ExcelHost, type ExcelHostOptions } from "./excelHost";

export function officeExcelHost(
  options: Omit<ExcelHostOptions, "run" | "isSetSupported"> = {},
): ExcelHost {
  const run: ExcelRun = (batch) => Excel.run((context) => batch(context));
  return new ExcelHost({
    ...options,
    run,
    isSetSupported: (name, minVersion) =>
      Office.context.requirements.isSetSupported(name, minVersion),
  });
}
