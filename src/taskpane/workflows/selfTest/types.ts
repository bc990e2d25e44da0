// The self-test's shapes: what each check is given, what it finds, and the report the pane shows.

import type { FormulaDialect } from "../../../engine/plan/types";
import type { ScratchAccess } from "../../../host/scratchAccess";
import type { WorkbookHost } from "../../../host/workbookHost";
import type { PaneTextKey, PaneTexts } from "../../texts/paneTexts";

/** Where the pane runs, as the report states it (in the pane's language, see excelDiagnostics.ts). */
export interface ExcelDiagnostics {
  /** Office's platform code ("OfficeOnline", "PC", "Mac"…); null in the browser preview, outside Excel. */
  readonly platform: string | null;
  /** Excel's build number as Office reports it; "" in the preview. */
  readonly version: string;
  /** "ExcelApi 1.1–1.17", "CustomFunctionsRuntime 1.1–1.4", …; empty in the preview. */
  readonly requirementSets: readonly string[];
}

/** What a check works with: the host as the product uses it, and the scratch access. */
export interface SelfTestBench {
  readonly host: WorkbookHost;
  readonly scratch: ScratchAccess;
  /** Inside Excel live C2C formulas are written and Excel computes them; the preview has neither. */
  readonly environment: "excel" | "preview";
  readonly dialect: FormulaDialect;
  /** The pane's words: what each check saw is written in the pane's language, numbers in its locale. */
  readonly texts: PaneTexts;
  /** Waits, between reads of a live formula Excel is still computing. */
  readonly sleep: (milliseconds: number) => Promise<void>;
  /** Records a sheet the check made, so the run removes it whatever happens. */
  scratchSheet(name: string): string;
  /** Records a defined name the check made, for the same reason. */
  scratchName(name: string): string;
}

export type CheckStatus = "passed" | "failed" | "needs-excel";

export interface CheckOutcome {
  readonly status: CheckStatus;
  /** What was seen, in plain words and the pane's language. */
  readonly detail: string;
}

export interface SelfTestCheck {
  readonly id: string;
  /** What is checked, as the report lists it ("Values and formulas are written and read back"): a key of the pane's texts. */
  readonly title: PaneTextKey;
  run(bench: SelfTestBench): Promise<CheckOutcome>;
}

export interface CheckResult extends CheckOutcome {
  readonly id: string;
  /** The check's title in the pane's language. */
  readonly title: string;
}

export interface SelfTestReport {
  readonly ranAt: Date;
  readonly diagnostics: ExcelDiagnostics;
  readonly results: readonly CheckResult[];
  /** Sentences about the clean-up when it did not remove everything. */
  readonly cleanup: readonly string[];
  /** "Self-test: 9 of 10 checks passed", counting only the checks that ran. */
  readonly summary: string;
  /** The whole report as plain text to copy or save. */
  readonly text: string;
}
