// What the pane runs on, once we know where it is: inside Excel the Office.js host (and Excel's
// theme), outside Office an empty in-memory workbook that the preview grid shows beside the pane
// (the Create section fills it). Every
// Office global the pane reads is read here or in paneHost.ts.

import { MemoryScratch } from "../host/memory/memoryScratch";
import { MemoryWorkbook } from "../host/memory/memoryWorkbook";
import { excelDiagnostics, PREVIEW_DIAGNOSTICS } from "./excelDiagnostics";
import { installCustomFunctionsStandIn } from "./preview/customFunctionsStandIn";
import type { ExcelDiagnostics } from "./workflows/selfTest/types";
import type { PaneHost } from "./paneHost";
import type { PaneWorkflows } from "./workflows/types";
import { ENGLISH_PANE_TEXTS, type PaneTexts } from "./texts/paneTexts";

export interface PaneSetup {
  readonly workflows: PaneWorkflows;
  readonly dark: boolean;
  readonly previewWorkbook: MemoryWorkbook | null;
  readonly notices: readonly string[];
}

/** Excel.createWorkbook, which opens the values-only copy as a new workbook, arrived in ExcelApi 1.8. */
export const CREATE_WORKBOOK_API = "1.8";

export function noCreateWorkbookNotice(texts: PaneTexts): string {
  return texts.t("notice.noCreateWorkbook", { version: CREATE_WORKBOOK_API });
}

export const NO_CREATE_WORKBOOK_NOTICE = noCreateWorkbookNotice(ENGLISH_PANE_TEXTS);

/**
 * The session and the hosts come as a second bundle (session.js), loaded before the pane renders: the
 * engine, the Office.js host, the xlsx writer and the CSV reader would take the pane's own bundle over
 * the build's 1 MiB budget.
 */
export async function paneSetup(
  host: PaneHost,
  texts: () => PaneTexts = () => ENGLISH_PANE_TEXTS,
): Promise<PaneSetup> {
  const { createPaneSession } = await import(
    /* webpackChunkName: "session" */ "./workflows/paneSession"
  );
  if (host.kind === "preview") {
    installCustomFunctionsStandIn();
    const workbook = MemoryWorkbook.empty();
    return {
      workflows: createPaneSession(workbook, {
        environment: "preview",
        texts,
        selfTest: { scratch: new MemoryScratch(workbook), diagnostics: () => PREVIEW_DIAGNOSTICS },
      }),
      dark: false,
      previewWorkbook: workbook,
      notices: [],
    };
  }
  const { officeExcelHost, officeExcelScratch } = await import(
    /* webpackChunkName: "session" */ "../host/excel"
  );
  const canCreateWorkbook = Office.context.requirements.isSetSupported(
    "ExcelApi",
    CREATE_WORKBOOK_API,
  );
  const workflows = createPaneSession(officeExcelHost(), {
    environment: "excel",
    texts,
    selfTest: { scratch: officeExcelScratch(), diagnostics: officeDiagnostics },
    ...(canCreateWorkbook
      ? { openWorkbook: (base64: string) => Excel.createWorkbook(base64) }
      : {}),
  });
  return {
    workflows,
    dark: host.darkTheme,
    previewWorkbook: null,
    notices: canCreateWorkbook ? [] : [noCreateWorkbookNotice(texts())],
  };
}

/** Where the self-test ran, from what Office reports; asked only when it runs. */
function officeDiagnostics(): ExcelDiagnostics {
  // Office.context.diagnostics is missing on some older builds; the report then says "not reported".
  const office = Office.context.diagnostics as Office.ContextInformation | undefined;
  return excelDiagnostics({
    platform: office === undefined ? "unknown" : String(office.platform),
    version: office?.version ?? "",
    isSetSupported: (name, minVersion) =>
      Office.context.requirements.isSetSupported(name, minVersion),
  });
}
