// The self-test's scratch access over Office.js (see ../scratchAccess.ts): each operation is one
// Excel.run with one sync to read, and one more where something is deleted.

import { sameName } from "../../engine/plan/names";
import type { CellReading, ScratchAccess } from "../scratchAccess";
import { cellValueOf } from "./cellEntries";
import type { ExcelRun } from "./excelApi";

export class ExcelScratch implements ScratchAccess {
  private readonly run: ExcelRun;

  constructor(run: ExcelRun) {
    this.run = run;
  }

  readCells(sheet: string, range: string): Promise<readonly (readonly CellReading[])[]> {
    return this.run(async (context) => {
      const cells = context.workbook.worksheets.getItem(sheet).getRange(range);
      cells.load("values,formulas");
      await context.sync();
      const formulas = cells.formulas;
      return cells.values.map((row, rowIndex) =>
        row.map((value, columnIndex) => ({
          value: cellValueOf(value),
          formula: formulaText(formulas[rowIndex]?.[columnIndex]),
        })),
      );
    });
  }

  nameFormula(name: string): Promise<string | null> {
    return this.run(async (context) => {
      const names = context.workbook.names;
      names.load("items/name,items/formula");
      await context.sync();
      const found = names.items.find((item) => sameName(item.name, name));
      return found === undefined ? null : formulaText(found.formula);
    });
  }

  chartCount(sheet: string): Promise<number> {
    return this.run(async (context) => {
      const charts = context.workbook.worksheets.getItem(sheet).charts;
      charts.load("count");
      await context.sync();
      return charts.count;
    });
  }

  removeScratch(sheets: readonly string[], names: readonly string[]): Promise<void> {
    return this.run(async (context) => {
      const definedNames = context.workbook.names;
      definedNames.load("items/name");
      const found = sheets.map((name) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(name);
        sheet.load("name");
        return sheet;
      });
      await context.sync();
      // Names first: a name over a deleted sheet would stay behind as #REF!.
      for (const item of definedNames.items) {
        if (names.some((name) => sameName(name, item.name))) item.delete();
      }
      for (const sheet of found) if (!sheet.isNullObject) sheet.delete();
      await context.sync();
    });
  }
}

function formulaText(formula: unknown): string | null {
  return typeof formula === "string" && formula.startsWith("=") ? formula : null;
}
