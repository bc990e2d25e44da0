// The sheets of a package model as the package host changes them: found by name, replaced in
// place, and every change to a sheet told to the session, whose reads of the user's sheets
// (currentPackage.ts) may then differ.

import { sameName } from "../../engine/plan/names";
import { PlanError } from "../../engine/plan/planError";
import type { GeneratedSheet, ModelSheet, PackageModel } from "./packageModel";

/** A model being changed by one session of the package host. */
export interface ModelSession {
  readonly model: PackageModel;
  /** Called after a sheet changed: the user's sheets may read differently now. */
  readonly sheetChanged: () => void;
}

export function findSheet(model: PackageModel, name: string): ModelSheet | undefined {
  return model.sheets.find((sheet) => sameName(sheet.name, name));
}

/** The tab index of a sheet the plan's interpretation found; throws when there is none. */
export function requireIndex(model: PackageModel, name: string): number {
  const index = model.sheets.findIndex((sheet) => sameName(sheet.name, name));
  if (index < 0) throw new Error(`the sheet "${name}" does not exist`);
  return index;
}

export function updateSheet(
  session: ModelSession,
  index: number,
  change: (sheet: ModelSheet) => ModelSheet,
): void {
  const sheet = session.model.sheets[index];
  if (sheet === undefined) throw new Error(`the workbook has no sheet at tab ${index}`);
  session.model.sheets[index] = change(sheet);
  session.sheetChanged();
}

/** A step only a sheet the runner generates takes (written, protected, kept as "(previous)"). */
export function updateGenerated(
  session: ModelSession,
  index: number,
  change: (sheet: GeneratedSheet) => GeneratedSheet,
): void {
  updateSheet(session, index, (sheet) => {
    if (sheet.kind === "kept")
      throw new PlanError([`the sheet "${sheet.name}" is the user's: only its cells are edited`]);
    return change(sheet);
  });
}
