import {
  formatRange,
  parseCellAddress,
  parseRange,
  rangeContains,
} from "../../../src/engine/plan/address";
import { MemoryWorkbook } from "../../../src/host/memory/memoryWorkbook";
import type { WorkbookHost } from "../../../src/host/workbookHost";
import { describePortContract, type WorkbookSnapshot } from "../contract/portContract";
import { interpretPlan } from "../../../src/host/plan/interpretPlan";
import { describeStepsContract, type InterpretingAdapter } from "../contract/stepsContract";
import { describeTableEditContract } from "../contract/tableEditContract";
import { describeProtectionContract } from "../contract/protectionContract";

function memory(host: WorkbookHost): MemoryWorkbook {
  if (!(host instanceof MemoryWorkbook)) throw new Error("not a memory workbook");
  return host;
}

function contains(range: string, address: string): boolean {
  const bounds = parseRange(range);
  const position = parseCellAddress(address);
  return bounds !== undefined && position !== undefined && rangeContains(bounds, position);
}

function snapshot(workbook: MemoryWorkbook): WorkbookSnapshot {
  return {
    sheets: workbook.sheets.map((sheet) => ({ name: sheet.name, hidden: sheet.hidden })),
    cell: (sheet, address) => {
      const cell = workbook.cell(sheet, address);
      return {
        value: cell?.value ?? null,
        ...(cell?.formula === undefined ? {} : { formula: cell.formula }),
      };
    },
    tables: workbook.sheets.flatMap((sheet) =>
      sheet.tables.map((table) => ({
        name: table.name,
        sheet: sheet.name,
        range: table.range,
        columns: table.columns,
      })),
    ),
    validationAt: (sheetName, address) => {
      const validation = workbook
        .sheet(sheetName)
        ?.validations.find((candidate) => contains(candidate.range, address));
      if (validation === undefined) return undefined;
      const values =
        "values" in validation.list
          ? `"${validation.list.values.join(",")}"`
          : validation.list.range;
      return {
        values,
        ...(validation.prompt === undefined ? {} : { prompt: validation.prompt.text }),
        ...(validation.error === undefined ? {} : { error: validation.error.text }),
      };
    },
    conditionalFormats: (sheetName) =>
      (workbook.sheet(sheetName)?.conditionalFormats ?? []).map((format) => ({
        range: formatRange(parseRange(format.range)!),
        rules: format.rules.map((rule) => ({
          criterion:
            rule.kind === "cell-equals"
              ? typeof rule.value === "string"
                ? `"${rule.value}"`
                : String(rule.value)
              : rule.formula.slice(1),
          fill: rule.highlight.fill,
        })),
      })),
    names: workbook.names.map((name) => ({
      name: name.name,
      reference: `${/\s/.test(name.sheet) ? `'${name.sheet}'` : name.sheet}!${formatRange(parseRange(name.range)!, true)}`,
    })),
    isProtected: (sheetName) => workbook.sheet(sheetName)?.protection !== undefined,
    isUnlocked: (sheetName, address) =>
      (workbook.sheet(sheetName)?.protection?.unlockedRanges ?? []).some((range) =>
        contains(range, address),
      ),
    selection: workbook.selection,
  };
}

const adapter: InterpretingAdapter = {
  build: (sheets, tables, protection) => {
    const workbook = MemoryWorkbook.fromSheets(sheets, tables);
    for (const sheet of protection?.sheets ?? []) workbook.protectSheet(sheet);
    if (protection?.structure === true) workbook.protectStructure();
    return Promise.resolve(workbook);
  },
  reopen: (host) => Promise.resolve(host),
  snapshot: (host) => Promise.resolve(snapshot(memory(host))),
  interpret: (host, plan, options) => interpretPlan(plan, options, memory(host).planReader()),
};

describePortContract("memory", adapter);
describeTableEditContract("memory", adapter);
describeStepsContract("memory", adapter);
describeProtectionContract("memory", adapter);
