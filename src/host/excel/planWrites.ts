// The Office.js host's primitives: each step of an interpreted plan as write steps, which the host
// packs into batches under the request budget (batches.ts) and sends one sync per batch. A step
// becomes as many write steps as its size needs (a sheet's contents split into value blocks).

import { mergeSettings } from "../../engine/plan/addinSettings";
import type { FormulaDialect, WorkbookPlan } from "../../engine/plan/types";
import type { PlanStep } from "../plan/planSteps";
import { writeStep, type WriteStep } from "./batches";
import { protectStep } from "./featureSteps";
import { MISSING_FEATURE_MESSAGES, type ExcelFeatures } from "./requirements";
import { settingsSteps } from "./settingsSteps";
import { editSteps, newSheetSteps, type StepContext } from "./sheetSteps";
import { addSheetStep, deleteSheetStep, keepStep } from "./structureSteps";
import { tableEditSteps, type SourceDropdown } from "./tableEditSteps";
import type { WorkbookState } from "./workbookState";

export interface PlanWritesContext {
  readonly plan: WorkbookPlan;
  readonly dialect: FormulaDialect;
  readonly features: ExcelFeatures;
  readonly budget: number;
  readonly state: WorkbookState;
  readonly dropdowns: ReadonlyMap<string, SourceDropdown>;
  /** Collects what this Excel could not do. */
  readonly warn: (message: string) => void;
}

export function planWrites(steps: readonly PlanStep[], context: PlanWritesContext): WriteStep[] {
  const stepContext: StepContext = {
    plan: context.plan,
    dialect: context.dialect,
    features: context.features,
    budget: context.budget,
    warn: context.warn,
  };
  return steps.flatMap((step) => writesOf(step, context, stepContext));
}

function writesOf(
  step: PlanStep,
  context: PlanWritesContext,
  stepContext: StepContext,
): WriteStep[] {
  switch (step.kind) {
    case "grow-table":
      if (!context.features.dataValidation && step.growth.styleSource !== undefined)
        context.warn(MISSING_FEATURE_MESSAGES.dataValidation);
      return tableEditSteps([step.growth], context.dropdowns, context.features, context.warn);
    case "delete-sheet":
      return [deleteSheetStep(step.sheet)];
    case "remove-name":
      return [
        writeStep(2, [step.name], (session) => {
          session.context.workbook.names.getItem(step.name).delete();
        }),
      ];
    case "keep-sheet":
      return [keepStep(step, step.tables, step.wasProtected)];
    case "add-sheet":
      return [addSheetStep(step.sheet, step.position, step.replaces)];
    case "write-sheet":
      return newSheetSteps(step.sheet, step.plan, stepContext);
    case "edit-cells":
      return editSteps(step.sheet, { sheet: step.sheet, cells: step.cells }, stepContext);
    case "add-name": {
      const { name } = step;
      return [
        writeStep(2, [name.name, name.sheet, name.range], (session) => {
          session.context.workbook.names.add(
            name.name,
            session.sheet(name.sheet).getRange(name.range),
          );
        }),
      ];
    }
    case "protect-sheet":
      return [protectStep(step.sheet)];
    case "write-settings":
      return settingsSteps(
        mergeSettings(context.state.settings, step.changes),
        context.state.settingsSheetExists,
        context.budget,
      );
  }
}
