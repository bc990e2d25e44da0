// Protection, checked once for every host before the first write:
// Excel refuses to add, rename, delete or hide sheets in a workbook whose structure is protected
// (Review › Protect Workbook; `workbook.protection`, ExcelApi 1.7), and refuses to change the
// locked cells of a protected sheet. Found halfway through an apply, either leaves earlier batches
// written; a file or the memory workbook would be written silently. So the interpreter refuses the
// whole plan, naming what is protected, whatever the host.

import { phrase, type Phrase } from "../../engine/language/problemTexts";
import { ADDIN_SETTINGS_SHEET } from "../../engine/plan/addinSettings";
import { sameName } from "../../engine/plan/names";
import { PlanProtectedError } from "../../engine/plan/planError";
import type { PlanStep } from "./planSteps";

export interface ProtectionReads {
  /** Every sheet name in tab order, the hidden settings sheet included. */
  readonly tabOrder: readonly string[];
  /** The sheets that are protected now. */
  readonly protectedSheets: readonly string[];
  /** The workbook's structure is protected (no sheet added, renamed, deleted or hidden). */
  readonly structureProtected: boolean;
}

/** Throws PlanProtectedError when a step would change a protected structure or sheet. */
export function refuseProtectedWrites(steps: readonly PlanStep[], reads: ProtectionReads): void {
  const settingsSheetExists = reads.tabOrder.some((sheet) => sameName(sheet, ADDIN_SETTINGS_SHEET));
  if (reads.structureProtected) {
    const structural = steps.find((step) => changesStructure(step, settingsSheetExists));
    if (structural !== undefined)
      throw new PlanProtectedError(
        "workbook",
        phrase("protected.workbook", { change: structureChange(structural) }),
      );
  }
  for (const step of steps) {
    const sheet = writtenSheet(step);
    const blocked =
      sheet === undefined
        ? undefined
        : reads.protectedSheets.find((candidate) => sameName(candidate, sheet));
    if (blocked === undefined) continue;
    throw new PlanProtectedError(
      "sheet",
      phrase("protected.sheet", { sheet: blocked, change: sheetChange(step) }),
      blocked,
    );
  }
}

/**
 * Throws PlanProtectedError when settings written outside a plan (WorkbookHost.writeAddinData) would
 * add the hidden settings sheet to a workbook whose structure is protected.
 */
export function refuseProtectedSettings(
  changes: Readonly<Record<string, string | null>>,
  reads: ProtectionReads,
): void {
  refuseProtectedWrites([{ kind: "write-settings", changes }], reads);
}

function changesStructure(step: PlanStep, settingsSheetExists: boolean): boolean {
  switch (step.kind) {
    case "delete-sheet":
    case "keep-sheet":
    case "add-sheet":
      return true;
    case "write-settings":
      // The first settings written add the add-in's hidden sheet.
      return !settingsSheetExists;
    default:
      return false;
  }
}

function structureChange(step: PlanStep): Phrase {
  switch (step.kind) {
    case "add-sheet":
      return phrase("protected.addSheet", { sheet: step.sheet });
    case "keep-sheet":
      return phrase("protected.keepSheet", { sheet: step.sheet, keptAs: step.keptAs });
    case "delete-sheet":
      return phrase("protected.replaceSheet", { sheet: step.sheet });
    default:
      return phrase("protected.settingsSheet");
  }
}

/** The existing sheet a step writes cells into (sheets the plan adds are never protected yet). */
function writtenSheet(step: PlanStep): string | undefined {
  switch (step.kind) {
    case "grow-table":
      return step.growth.sheet;
    case "edit-cells":
      return step.sheet;
    case "write-settings":
      return ADDIN_SETTINGS_SHEET;
    default:
      return undefined;
  }
}

function sheetChange(step: PlanStep): Phrase {
  switch (step.kind) {
    case "grow-table":
      return phrase("protected.growTable", { table: step.growth.table });
    case "edit-cells": {
      const cells = step.cells
        .slice(0, 3)
        .map((cell) => cell.address)
        .join(", ");
      return phrase("protected.writeCells", {
        cells: `${cells}${step.cells.length > 3 ? "…" : ""}`,
      });
    }
    default:
      return phrase("protected.writeSettings");
  }
}
