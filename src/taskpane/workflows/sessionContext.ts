// What every workflow of a pane session shares: the host, where the pane runs (which decides the
// formula dialect), the clock, and how to open a new workbook inside Excel.

import type { FormulaDialect } from "../../engine/plan/types";
import type { Stamp } from "../../engine/templates";
import type { ScratchAccess } from "../../host/scratchAccess";
import type { WorkbookHost } from "../../host/workbookHost";
import type { ExcelDiagnostics } from "./selfTest/types";
import { stampOf } from "../../host/stamp";
import { ENGLISH_PANE_TEXTS, type PaneTexts } from "../texts/paneTexts";

export type PaneEnvironment = "excel" | "preview";

export interface SessionOptions {
  readonly environment: PaneEnvironment;
  /** Inside Excel: opens a new workbook from an .xlsx given as base64 (Excel.createWorkbook). */
  readonly openWorkbook?: (base64: string) => Promise<void>;
  readonly now?: () => Date;
  /** What the self-test needs beside the host: the scratch access and where it runs. */
  readonly selfTest?: SelfTestSetup;
  /** The pane's words in the language chosen now (it may change while the session runs); English when left out. */
  readonly texts?: () => PaneTexts;
}

export interface SelfTestSetup {
  readonly scratch: ScratchAccess;
  /** Asked when the self-test runs, not before: probing every requirement set takes many calls. */
  readonly diagnostics: () => ExcelDiagnostics;
}

export interface SessionContext {
  readonly host: WorkbookHost;
  readonly environment: PaneEnvironment;
  /** Live C2C.* formulas only inside Excel, where Excel binds them; portable ones in the preview. */
  readonly dialect: FormulaDialect;
  readonly now: () => Date;
  readonly openWorkbook: ((base64: string) => Promise<void>) | undefined;
  /** The date stamped on what this session writes, from its clock. */
  stamp(): Stamp;
  /** The pane's words for what the workflows report (progress, notes, the pane's own errors). */
  texts(): PaneTexts;
}

export function sessionContext(host: WorkbookHost, options: SessionOptions): SessionContext {
  const now = options.now ?? (() => new Date());
  return {
    host,
    environment: options.environment,
    dialect: options.environment === "excel" ? "live" : "portable",
    now,
    openWorkbook: options.openWorkbook,
    stamp: () => stampOf(now()),
    texts: options.texts ?? (() => ENGLISH_PANE_TEXTS),
  };
}
