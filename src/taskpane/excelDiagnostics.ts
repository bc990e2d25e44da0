// Where the pane runs, as the self-test's report states it: Excel's platform and build, and the
// requirement sets it supports, probed version by version (Office offers no list of them). Pure:
// paneSetup.ts hands in what Office reports; the report names the platform in the pane's language.

import type { IsSetSupported } from "../host/excel/excelApi";
import type { PaneTextKey, PaneTexts } from "./texts/paneTexts";
import type { ExcelDiagnostics } from "./workflows/selfTest/types";

export interface OfficeInfo {
  /** Office.context.diagnostics.platform: "PC", "OfficeOnline", "Mac", "iOS", … */
  readonly platform: string;
  /** Office.context.diagnostics.version, e.g. "16.0.18025.20160". */
  readonly version: string;
  readonly isSetSupported: IsSetSupported;
}

/** Office's platform codes (Office.PlatformType) and how the report names each. */
const PLATFORM_NAMES: Readonly<Record<string, PaneTextKey>> = {
  PC: "platform.windows",
  OfficeOnline: "platform.web",
  Mac: "platform.mac",
  iOS: "platform.ipad",
  Android: "platform.android",
  Universal: "platform.universal",
};

/** The sets the product's code or manifest names, and how far each is probed. */
const PROBED_SETS: readonly { readonly name: string; readonly highestMinor: number }[] = [
  { name: "ExcelApi", highestMinor: 30 },
  { name: "CustomFunctionsRuntime", highestMinor: 10 },
  { name: "SharedRuntime", highestMinor: 5 },
];

export const PREVIEW_DIAGNOSTICS: ExcelDiagnostics = {
  platform: null,
  version: "",
  requirementSets: [],
};

/** "Excel on the web (OfficeOnline)", "Excel sur le web (OfficeOnline)", or the browser preview. */
export function applicationName(texts: PaneTexts, diagnostics: ExcelDiagnostics): string {
  const { platform } = diagnostics;
  if (platform === null) return texts.t("platform.preview");
  const name = texts.t(PLATFORM_NAMES[platform] ?? "platform.other");
  return `${name} (${platform})`;
}

export function excelDiagnostics(office: OfficeInfo): ExcelDiagnostics {
  return {
    platform: office.platform,
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
