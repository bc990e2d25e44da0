// The Office.js host: what the task pane imports.

export { ExcelHost, type ExcelApplyReport, type ExcelHostOptions } from "./excelHost";
export { officeExcelHost, officeExcelScratch } from "./officeExcelHost";
export { ExcelScratch } from "./excelScratch";
export type { PreviousSheet } from "../plan/planSteps";
export { DEFAULT_BATCH_BUDGET_BYTES, EXCEL_WEB_REQUEST_LIMIT_BYTES } from "./batches";
export type { ExcelRun, IsSetSupported, RequestContextApi } from "./excelApi";
export {
  BASELINE_API_VERSION,
  ExcelVersionError,
  MISSING_FEATURE_MESSAGES,
  type ExcelFeatures,
} from "./requirements";
