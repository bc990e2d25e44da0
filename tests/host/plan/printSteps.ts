// The steps of an interpreted plan as stable text, one line each, for golden files and for people
// reading what an apply will do: names and ranges, never whole sheets (a sheet's contents print as
// the counts of what it holds, a growth as its ranges and new headers).

import { columnLetters, formatRange } from "../../../src/engine/plan/address";
import type { SheetPlan } from "../../../src/engine/plan/types";
import type { PlanStep } from "../../../src/host/plan/planSteps";

export function printSteps(steps: readonly PlanStep[]): string {
  return steps.map(printStep).join("\n") + "\n";
}

export function printStep(step: PlanStep): string {
  switch (step.kind) {
    case "grow-table": {
      const { growth } = step;
      const parts = [`grow-table ${quoted(growth.table)} on ${quoted(growth.sheet)}`];
      parts.push(`${formatRange(growth.before)} -> ${formatRange(growth.after)}`);
      if (growth.inserted.length > 0)
        parts.push(
          `insert at ${columnLetters(growth.insertAt)}: ${growth.inserted.map((column) => quoted(column.header)).join(", ")}`,
        );
      if (growth.appended.length > 0) parts.push(`append ${growth.appended.length} rows`);
      return parts.join("; ");
    }
    case "delete-sheet":
      return `delete-sheet ${quoted(step.sheet)}`;
    case "remove-name":
      return `remove-name ${step.name}`;
    case "keep-sheet":
      return [
        `keep-sheet ${quoted(step.sheet)} as ${quoted(step.keptAs)}`,
        ...(step.tables.length === 0 ? [] : [`tables to ranges: ${step.tables.join(", ")}`]),
        ...(step.wasProtected ? ["protected"] : []),
      ].join("; ");
    case "add-sheet":
      return [
        `add-sheet ${quoted(step.sheet)}`,
        ...(step.position === undefined ? ["at the end"] : [`at ${step.position}`]),
        ...(step.replaces === undefined
          ? []
          : [
              `replacing ${quoted(step.replaces.sheet)} (added as ${quoted(step.replaces.temporary)})`,
            ]),
      ].join("; ");
    case "write-sheet":
      return `write-sheet ${quoted(step.sheet)}: ${sheetContents(step.plan)}`;
    case "edit-cells":
      return `edit-cells ${quoted(step.sheet)}: ${step.cells.length} cells`;
    case "add-name":
      return `add-name ${step.name.name} = ${quoted(step.name.sheet)}!${step.name.range}`;
    case "protect-sheet":
      return `protect-sheet ${quoted(step.sheet)}; ${step.plan.protection?.unlockedRanges.length ?? 0} unlocked ranges`;
    case "write-settings":
      return `write-settings ${Object.keys(step.changes).sort().join(", ")}`;
  }
}

function sheetContents(sheet: SheetPlan): string {
  const counts: [string, number][] = [
    ["cells", sheet.cells.length],
    ["formulas", sheet.cells.filter((cell) => cell.formula !== undefined).length],
    ["tables", sheet.tables?.length ?? 0],
    ["validations", sheet.validations?.length ?? 0],
    ["conditional formats", sheet.conditionalFormats?.length ?? 0],
    ["charts", sheet.charts?.length ?? 0],
  ];
  return counts
    .filter(([, count]) => count > 0)
    .map(([what, count]) => `${count} ${what}`)
    .join(", ");
}

function quoted(name: string): string {
  return JSON.stringify(name);
}
