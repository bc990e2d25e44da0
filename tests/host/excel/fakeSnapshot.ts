// The contract suite's view of a fake workbook (tests/host/contract/portContract.ts).

import {
  formatCellAddress,
  formatRange,
  parseCellAddress,
  parseRange,
  rangeContains,
} from "../../../src/engine/plan/address";
import type { Scalar } from "../../oracle/values";
import type { WorkbookSnapshot } from "../contract/portContract";
import type { FakeExcel } from "./fakeExcel";

function contains(range: string, address: string): boolean {
  const bounds = parseRange(range);
  const position = parseCellAddress(address);
  return bounds !== undefined && position !== undefined && rangeContains(bounds, position);
}

function headerText(value: Scalar): string {
  if (value === null) return "";
  return typeof value === "object" ? value.errorCode : String(value);
}

/** "=x" → "x": how files store formulas and criteria, which the contract compares against. */
function withoutEquals(formula: string | undefined): string {
  return formula === undefined ? "" : formula.replace(/^=/, "");
}

export function fakeSnapshot(fake: FakeExcel): WorkbookSnapshot {
  return {
    sheets: fake.workbook.sheets.map((sheet) => ({
      name: sheet.name,
      hidden: sheet.visibility !== "Visible",
    })),
    cell: (sheet, address) => {
      const formula = fake.cell(sheet, address)?.formula;
      return { value: fake.value(sheet, address), ...(formula === undefined ? {} : { formula }) };
    },
    tables: fake.workbook.tables.map((table) => ({
      name: table.name,
      sheet: table.sheet.name,
      range: formatRange(table.bounds),
      columns: Array.from(
        { length: table.bounds.end.column - table.bounds.start.column + 1 },
        (_, index) =>
          headerText(
            fake.value(
              table.sheet.name,
              formatCellAddress({
                row: table.bounds.start.row,
                column: table.bounds.start.column + index,
              }),
            ),
          ),
      ),
    })),
    validationAt: (sheet, address) => {
      const validation = fake
        .sheet(sheet)
        .validations.find((candidate) => contains(candidate.address, address));
      if (validation?.list === undefined) return undefined;
      const source = validation.list.source;
      return {
        values: source.startsWith("=") ? source.slice(1) : `"${source}"`,
        ...(validation.prompt?.showPrompt === true ? { prompt: validation.prompt.message } : {}),
        ...(validation.errorAlert?.showAlert === true
          ? { error: validation.errorAlert.message }
          : {}),
      };
    },
    conditionalFormats: (sheet) => {
      const groups: { range: string; rules: { criterion: string; fill: string }[] }[] = [];
      for (const format of fake.sheet(sheet).conditionalFormats) {
        const rule = {
          criterion: withoutEquals(format.type === "CellValue" ? format.formula1 : format.formula),
          fill: format.fill ?? "",
        };
        const last = groups[groups.length - 1];
        if (last?.range === format.address) last.rules.push(rule);
        else groups.push({ range: format.address, rules: [rule] });
      }
      return groups;
    },
    names: fake.workbook.names.map((name) => ({
      name: name.name,
      reference: withoutEquals(name.formula),
    })),
    isProtected: (sheet) => fake.sheet(sheet).protection.protected,
    isUnlocked: (sheet, address) => fake.cell(sheet, address)?.format.locked === false,
    selection: selectionOf(fake),
  };
}

function selectionOf(fake: FakeExcel): WorkbookSnapshot["selection"] {
  const active = fake.workbook.active;
  if (active?.selection === undefined) return null;
  return { sheet: active.sheet.name, range: formatRange(active.selection) };
}
