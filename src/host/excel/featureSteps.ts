// The parts of a sheet plan beyond cells: tables, list validations, conditional formats, frozen
// panes, tab colour, print settings, and the protection of owned sheets (no password: it guards
// against slips, not people, as in the xlsx host).

import { formatRange } from "../../engine/plan/address";
import type {
  ConditionalFormatPlan,
  ConditionalRulePlan,
  DataValidationPlan,
  FreezePlan,
  HighlightPlan,
  PrintPlan,
  TablePlan,
} from "../../engine/plan/types";
import { writeStep, type WriteStep } from "./batches";
import type { ConditionalRangeFormatApi, RangeApi } from "./excelApi";

/** Cells stay selectable and columns resizable on a protected sheet (the xlsx host's options). */
export const PROTECTION_OPTIONS: Excel.WorksheetProtectionOptions = {
  allowFormatColumns: true,
  selectionMode: "Normal",
};

export function tableStep(sheetName: string, table: TablePlan): WriteStep {
  return writeStep(5, [table.range, table.name, table.style, table.showRowStripes], (session) => {
    const sheet = session.sheet(sheetName);
    // A Range, not an address: an address without a sheet would land on the active sheet.
    const created = sheet.tables.add(sheet.getRange(table.range), true);
    created.name = table.name;
    created.style = table.style;
    created.showBandedRows = table.showRowStripes;
  });
}

export function validationStep(sheetName: string, validation: DataValidationPlan): WriteStep {
  const { prompt, error } = validation;
  return writeStep(
    5,
    [validation.range, validation.list, prompt ?? null, error ?? null],
    (session) => {
      const sheet = session.sheet(sheetName);
      const target = sheet.getRange(validation.range).dataValidation;
      const source =
        "values" in validation.list
          ? validation.list.values.join(",")
          : sheet.getRange(validation.list.range);
      target.rule = { list: { inCellDropDown: true, source } };
      target.ignoreBlanks = validation.allowBlank;
      if (prompt !== undefined)
        target.prompt = { showPrompt: true, title: prompt.title, message: prompt.text };
      // Without an error message any value may be typed, as the xlsx host writes it.
      target.errorAlert =
        error === undefined
          ? { showAlert: false, style: "Stop", title: "", message: "" }
          : { showAlert: true, style: "Stop", title: error.title, message: error.text };
    },
  );
}

/**
 * The sheet's conditional formats. Excel adds each new format at the top priority, so they are
 * added last rule first; each stops lower rules when it matches, so the first matching rule of the
 * plan wins outright (Excel would otherwise combine the looks of every matching rule).
 */
export function conditionalFormatSteps(
  sheetName: string,
  formats: readonly ConditionalFormatPlan[],
): WriteStep[] {
  const rules = formats.flatMap((format) =>
    format.rules.map((rule) => ({ range: format.range, rule })),
  );
  return rules.reverse().map(({ range, rule }) =>
    writeStep(7, [range, rule], (session) => {
      addConditionalFormat(session.sheet(sheetName).getRange(range), rule);
    }),
  );
}

function addConditionalFormat(range: RangeApi, rule: ConditionalRulePlan): void {
  if (rule.kind === "cell-equals") {
    const added = range.conditionalFormats.add("CellValue");
    added.cellValue.rule = { formula1: criterionFormula(rule.value), operator: "EqualTo" };
    highlight(added.cellValue.format, rule.highlight);
    added.stopIfTrue = true;
  } else {
    const added = range.conditionalFormats.add("Custom");
    added.custom.rule.formula = rule.formula;
    highlight(added.custom.format, rule.highlight);
    added.stopIfTrue = true;
  }
}

function criterionFormula(value: string | number): string {
  return typeof value === "number" ? `=${value}` : `="${value.replace(/"/g, '""')}"`;
}

function highlight(format: ConditionalRangeFormatApi, look: HighlightPlan): void {
  format.fill.color = look.fill;
  if (look.fontColour !== undefined) format.font.color = look.fontColour;
  if (look.bold !== undefined) format.font.bold = look.bold;
}

export function freezeStep(sheetName: string, freeze: FreezePlan): WriteStep | undefined {
  const { rows, columns } = freeze;
  if (rows <= 0 && columns <= 0) return undefined;
  return writeStep(2, [rows, columns], (session) => {
    const panes = session.sheet(sheetName).freezePanes;
    if (rows > 0 && columns > 0)
      panes.freezeAt(
        formatRange({ start: { row: 1, column: 1 }, end: { row: rows, column: columns } }),
      );
    else if (rows > 0) panes.freezeRows(rows);
    else panes.freezeColumns(columns);
  });
}

export function tabColourStep(sheetName: string, colour: string): WriteStep {
  return writeStep(1, [colour], (session) => {
    session.sheet(sheetName).tabColor = colour;
  });
}

export function printStep(sheetName: string, print: PrintPlan): WriteStep {
  return writeStep(2, [print], (session) => {
    const layout = session.sheet(sheetName).pageLayout;
    layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
    // One page wide, as many pages tall as the rows need: verticalFitToPages is left out so the
    // height stays automatic (setting it would shrink the whole sheet onto a page or a few).
    // Some Excel builds ignore this zoom unless the Page Layout tab is the one open on the ribbon
    // (office-js #1860, in the backlog); the orientation is kept either way, and the README says
    // how to set the width by hand.
    if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1 };
  });
}

/** Cells left editable once the sheet is protected (must precede the protection). */
export function unlockSteps(sheetName: string, ranges: readonly string[]): WriteStep[] {
  return ranges.map((range) =>
    writeStep(2, [range], (session) => {
      session.sheet(sheetName).getRange(range).format.protection.locked = false;
    }),
  );
}

/** Protects the sheet; queued after every other write to it, since a protected sheet refuses them. */
export function protectStep(sheetName: string): WriteStep {
  return writeStep(1, [PROTECTION_OPTIONS], (session) => {
    session.sheet(sheetName).protection.protect(PROTECTION_OPTIONS);
  });
}
