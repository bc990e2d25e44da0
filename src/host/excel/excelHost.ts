// The WorkbookHost port over Office.js (Excel.run). Every operation is one Excel.run with a small,
// fixed number of context.sync() calls: reads load what they need with explicit property lists,
// two syncs, plus one per chunk for tables' cells (responses have the 5 MB limit too); applyPlan
// reads the workbook (two syncs), then sends the plan in batches under Excel on the web's 5 MB
// request limit, one sync per batch. Both formula dialects can be written here; the task pane
// writes the live one, where Excel binds the C2C functions.
// Excel.run and the requirement-set check are passed in, so tests drive the host with a fake.

import { refuseProtectedSettings } from "../plan/protectionRefusals";
import { formatRange, parseSheetRange } from "../../engine/plan/address";
import { mergeSettings, type AddinSettings } from "../../engine/plan/addinSettings";
import type { TableData } from "../../engine/plan/tableData";
import type { WorkbookPlan } from "../../engine/plan/types";
import { interpretPlan } from "../plan/interpretPlan";
import type { PreviousSheet } from "../plan/planSteps";
import type { ApplyOptions, ApplyReport, SheetInfo, WorkbookHost } from "../workbookHost";
import {
  DEFAULT_BATCH_BUDGET_BYTES,
  EXCEL_WEB_REQUEST_LIMIT_BYTES,
  packBatches,
  type WriteStep,
} from "./batches";
import type { ExcelRun, IsSetSupported, RequestContextApi } from "./excelApi";
import { excelPlanReader } from "./planReads";
import { planWrites } from "./planWrites";
import { detectFeatures } from "./requirements";
import { WriteSession } from "./session";
import { settingsSteps } from "./settingsSteps";
import { readTablesByName } from "./tableReader";
import { readWorkbookState } from "./workbookState";

export interface ExcelHostOptions {
  /** Excel.run (or a fake of it). */
  readonly run: ExcelRun;
  /** Office.context.requirements.isSetSupported (or a fake of it). */
  readonly isSetSupported: IsSetSupported;
  /** The most bytes one batch may send or one read chunk return; 4,000,000 unless given, under the 5 MB limit. */
  readonly batchBudgetBytes?: number;
}

export interface ExcelApplyReport extends ApplyReport {
  /** Rebuilt owned sheets and the names their previous versions are kept under. */
  readonly previousSheets: readonly PreviousSheet[];
  /** What this Excel could not do, in plain words (parts of the API it does not offer). */
  readonly warnings: readonly string[];
}

export class ExcelHost implements WorkbookHost {
  private readonly run: ExcelRun;
  private readonly isSetSupported: IsSetSupported;
  private readonly budget: number;

  constructor(options: ExcelHostOptions) {
    const budget = options.batchBudgetBytes ?? DEFAULT_BATCH_BUDGET_BYTES;
    if (!(budget > 0 && budget <= EXCEL_WEB_REQUEST_LIMIT_BYTES)) {
      throw new RangeError(
        `the batch budget must be between 1 and ${EXCEL_WEB_REQUEST_LIMIT_BYTES} bytes`,
      );
    }
    this.run = options.run;
    this.isSetSupported = options.isSetSupported;
    this.budget = budget;
  }

  listSheets(): Promise<readonly SheetInfo[]> {
    return this.run(async (context) => (await readWorkbookState(context)).inventory.sheets);
  }

  async readTable(name: string): Promise<TableData | null> {
    return (await this.readTables([name]))[name] ?? null;
  }

  readTables(names: readonly string[]): Promise<Readonly<Record<string, TableData | null>>> {
    return this.run((context) => readTablesByName(context, names, this.budget));
  }

  async applyPlan(plan: WorkbookPlan, options: ApplyOptions): Promise<ExcelApplyReport> {
    const features = detectFeatures(this.isSetSupported);
    return this.run(async (context) => {
      const reader = excelPlanReader(context, features, this.budget);
      // Throws PlanConflictError before anything is queued when a user's sheet, table, name or cells are in the way.
      const interpreted = await interpretPlan(plan, options, reader);
      const warnings: string[] = [];
      const writes = planWrites(interpreted.steps, {
        plan,
        dialect: options.dialect,
        features,
        budget: this.budget,
        state: reader.state(),
        dropdowns: reader.dropdowns(),
        warn: (message) => {
          if (!warnings.includes(message)) warnings.push(message);
        },
      });
      await this.send(context, writes);
      return {
        sheets: interpreted.sheets,
        previousSheets: interpreted.previousSheets,
        warnings,
      };
    });
  }

  readAddinData(): Promise<AddinSettings> {
    return this.run(async (context) => (await readWorkbookState(context)).settings);
  }

  writeAddinData(changes: Readonly<Record<string, string | null>>): Promise<void> {
    return this.run(async (context) => {
      const state = await readWorkbookState(context);
      refuseProtectedSettings(changes, state);
      await this.send(
        context,
        settingsSteps(
          mergeSettings(state.settings, changes),
          state.settingsSheetExists,
          this.budget,
        ),
      );
    });
  }

  /** One sync to find the sheet, one to activate it and select the range; none for a malformed address. */
  selectRange(address: string): Promise<boolean> {
    const target = parseSheetRange(address);
    if (target === undefined) return Promise.resolve(false);
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(target.sheet);
      sheet.load("visibility");
      await context.sync();
      // A hidden sheet (the add-in's settings) cannot be activated; to the user it does not exist.
      if (sheet.isNullObject || sheet.visibility !== "Visible") return false;
      sheet.activate();
      sheet.getRange(formatRange(target.bounds)).select();
      await context.sync();
      return true;
    });
  }

  /** Queues the steps batch by batch, one sync each; a batch never exceeds the budget. */
  private async send(context: RequestContextApi, steps: readonly WriteStep[]): Promise<void> {
    const session = new WriteSession(context);
    // One sync per batch is the point of batching: each request stays under the size limit.
    await packBatches(steps, this.budget).reduce(async (previous, batch) => {
      await previous;
      for (const step of batch) step.queue(session);
      await context.sync();
    }, Promise.resolve());
  }
}
