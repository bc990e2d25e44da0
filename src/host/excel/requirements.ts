// Which optional parts of the Excel JavaScript API this Excel offers, checked at run time
// (Office.context.requirements.isSetSupported). The host needs ExcelApi 1.7 to work at all; parts
// above it are left out with a message in plain words when missing, never silently.

import type { IsSetSupported } from "./excelApi";

/**
 * What the host cannot work without: null-object lookups, name formulas, chart series, freeze
 * panes, workbook protection. The one floor (docs/decisions/0008-excel-api-floor.md): manifest.xml
 * asks for this version and no more (a test compares them); everything above it is optional.
 */
export const BASELINE_API_VERSION = "1.7";

export interface ExcelFeatures {
  /** Dropdown lists, input prompts and error alerts (ExcelApi 1.8). */
  readonly dataValidation: boolean;
  /** The number format of a chart's value axis (ExcelApi 1.8). */
  readonly chartAxisNumberFormat: boolean;
  /** Page orientation and fit-to-width printing (ExcelApi 1.9). */
  readonly pageLayout: boolean;
  /** Copying cell formats from one range to another (ExcelApi 1.9): new table columns take the look of their left neighbour. */
  readonly rangeCopy: boolean;
  /**
   * Adding table rows below the table rather than inserting them (`alwaysInsert: false`, ExcelApi
   * 1.15). Without it the host refuses a growth that would move cells, so nothing is lost.
   */
  readonly rowsAddedBelow: boolean;
}

/** Parts whose absence the host works around in full, so there is nothing to tell the user. */
type WorkedAround = "rowsAddedBelow";

/** Excel is too old for the add-in (ExcelApi 1.7 is missing). */
export class ExcelVersionError extends Error {
  constructor() {
    super(
      `This version of Excel is too old for the C2C Scoreboard add-in, which needs the Excel JavaScript API ${BASELINE_API_VERSION} or later. Update Office, or use Excel on the web.`,
    );
    this.name = "ExcelVersionError";
  }
}

export function detectFeatures(isSetSupported: IsSetSupported): ExcelFeatures {
  if (!isSetSupported("ExcelApi", BASELINE_API_VERSION)) throw new ExcelVersionError();
  return {
    dataValidation: isSetSupported("ExcelApi", "1.8"),
    chartAxisNumberFormat: isSetSupported("ExcelApi", "1.8"),
    pageLayout: isSetSupported("ExcelApi", "1.9"),
    rangeCopy: isSetSupported("ExcelApi", "1.9"),
    rowsAddedBelow: isSetSupported("ExcelApi", "1.15"),
  };
}

/** What the user is told when a plan uses a part this Excel does not offer. */
export const MISSING_FEATURE_MESSAGES: Readonly<
  Record<Exclude<keyof ExcelFeatures, WorkedAround>, string>
> = {
  dataValidation:
    "Dropdown lists were not added: this version of Excel does not let add-ins create them (Excel JavaScript API 1.8). Type answers as listed in the column headers.",
  chartAxisNumberFormat:
    "Chart axes show Excel's default number format: this version of Excel does not let add-ins set it (Excel JavaScript API 1.8).",
  pageLayout:
    "Print settings (orientation, fit to page width) were not set: this version of Excel does not let add-ins change them (Excel JavaScript API 1.9).",
  rangeCopy:
    "The new table columns did not take the colours and number formats of the column to their left: this version of Excel does not let add-ins copy formats (Excel JavaScript API 1.9).",
};
