// What every workflow of a pane session shares: the host, where the pane runs (which decides the
// formula dialect), the clock, and how to open a new workbook inside Excel.

import type { FormulaDialect } from "../../engine/plan/types";
import type { Stamp } from "../../engine/templates";
import type { WorkbookHost } from "../../host/workbookHost";
import { stampOf } from "../../host/stamp";

export type PaneEnvironment = "excel" | "preview";

export interface SessionOptions {
  readonly environment: PaneEnvironment;
  /** Inside Excel: opens a new workbook from an .xlsx given as base64 (Excel.createWorkbook). */
  readonly openWorkbook?: (base64: string) => Promise<void>;
  readonly now?: () => Date;
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
  };
}
