// Where the pane runs, as the self-test's report states it: Excel's platform and build, and the
// requirement sets it supports, probed version by version (Office offers no list of them). Pure:
// paneSetup.ts hands in what Office reports.

import type { IsSetSupported } from "../host/excel/excelApi";
import type { ExcelDiagnostics } from "./workflows/selfTest/types";

export interface OfficeInfo {
  /** Office.context.diagnostics.platform: "PC", "OfficeOnline", "Mac", "iOS", … */
  readonly platform: string;
  /** Office.context.diagnostics.version, e.g. "16.0.18025.20160". */
  readonly version: string;
  readonly isSetSupported: IsSetSupported;
}

const PLATFORM_NAMES: Readonly<Record<string, string>> = {
  PC: "Excel on Windows",
  OfficeOnline: "Excel on the web",
  Mac: "Excel on Mac",
  iOS: "Excel on iPad",
  Android: "Excel on Android",
  Universal: "Excel (Universal)",
};

/** The sets the product's code or manifest names, and how far each is probed. */
const PROBED_SETS: readonly { readonly name: string; readonly highestMinor: number }[] = [
  { name: "ExcelApi", highestMinor: 30 },
  { name: "CustomFunctionsRuntime", highestMinor: 10 },
  { name: "SharedRuntime", highestMinor: 5 },
];

export const PREVIEW_DIAGNOSTICS: ExcelDiagnostics = {
  application:
    "Browser preview, no Excel: the in-memory workbook and the functions module stand in for it",
  version: "",
  requirementSets: [],
};

export function excelDiagnostics(office: OfficeInfo): ExcelDiagnostics {
  const platform = PLATFORM_NAMES[office.platform] ?? "Excel";
  return {
    application: `${platform} (${office.platform})`,
    version: office.version,
    requirementSets: PROBED_SETS.flatMap(({ name, highestMinor }) => {
      const range = supportedRange(office.isSetSupported, name, highestMinor);
      return range === null ? [] : [range];
    }),
  };
}

/** "ExcelApi 1.1–1.17": the versions 1.1, 1.2, … supported without a gap; null when 1.1 is not. */
export function supportedRange(
  isSetSupported: IsSetSupported,
  name: string,
  highestMinor: number,
): string | null {
  let highest = 0;
  while (highest < highestMinor && isSetSupported(name, `1.${highest + 1}`)) highest += 1;
  if (highest === 0) return null;
  return highest === 1 ? `${name} 1.1` : `${name} 1.1–1.${highest}`;
}
