import type ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../../src/host/xlsx/xlsxWorkbook";
import type { WorkbookHost } from "../../../src/host/workbookHost";
import { interpretPlan } from "../../../src/host/plan/interpretPlan";
import { describePortContract, type WorkbookSnapshot } from "../contract/portContract";
import { describeStepsContract, type InterpretingAdapter } from "../contract/stepsContract";
import { describeTableEditContract } from "../contract/tableEditContract";
import { describeProtectionContract } from "../contract/protectionContract";
import { loadWithExcelJs, plainValue, userXlsx } from "./xlsxFixtures";

function xlsx(host: WorkbookHost): XlsxWorkbook {
  if (!(host instanceof XlsxWorkbook)) throw new Error("not an xlsx workbook");
  return host;
}

interface LoadedSheetExtras {
  dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> };
  conditionalFormattings: {
    ref: string;
    rules: { formulae?: string[]; style?: { fill?: { bgColor?: { argb?: string } } } }[];
  }[];
  sheetProtection: { sheet?: boolean } | null;
}

function extras(worksheet: ExcelJS.Worksheet): LoadedSheetExtras {
  return worksheet as unknown as LoadedSheetExtras;
}

async function snapshot(host: XlsxWorkbook): Promise<WorkbookSnapshot> {
  const workbook = await loadWithExcelJs(await host.toBytes());
  const sheet = (name: string): ExcelJS.Worksheet => {
    const worksheet = workbook.getWorksheet(name);
    if (worksheet === undefined) throw new Error(`no sheet ${name}`);
    return worksheet;
  };
  return {
    sheets: workbook.worksheets.map((worksheet) => ({
      name: worksheet.name,
      hidden: worksheet.state !== "visible",
    })),
    cell: (sheetName, address) => {
      const value = sheet(sheetName).getCell(address).value;
      if (typeof value === "object" && value !== null && "formula" in value) {
        return { value: plainValue(value.result ?? null), formula: `=${value.formula}` };
      }
      return { value: plainValue(value) };
    },
    tables: workbook.worksheets.flatMap((worksheet) =>
      (
        worksheet.getTables() as unknown as {
          model: { name: string; tableRef: string; columns: { name: string }[] };
        }[]
      ).map(({ model }) => ({
        name: model.name,
        sheet: worksheet.name,
        range: model.tableRef,
        columns: model.columns.map((column) => column.name),
      })),
    ),
    validationAt: (sheetName, address) => {
      const validation = extras(sheet(sheetName)).dataValidations.model[address];
      if (validation === undefined) return undefined;
      return {
        values: String(validation.formulae[0]),
        ...(validation.prompt === undefined ? {} : { prompt: validation.prompt }),
        ...(validation.error === undefined ? {} : { error: validation.error }),
      };
    },
    conditionalFormats: (sheetName) =>
      extras(sheet(sheetName)).conditionalFormattings.map((format) => ({
        range: format.ref,
        rules: format.rules.map((rule) => ({
          criterion: rule.formulae?.[0] ?? "",
          fill: `#${(rule.style?.fill?.bgColor?.argb ?? "").slice(2)}`,
        })),
      })),
    names: workbook.definedNames.model.map((name) => ({
      name: name.name,
      reference: name.ranges.join(","),
    })),
    isProtected: (sheetName) => extras(sheet(sheetName)).sheetProtection?.sheet === true,
    // ExcelJS leaves `protection` undefined on cells without a protection style, whatever its typings say.
    isUnlocked: (sheetName, address) =>
      (sheet(sheetName).getCell(address).protection as Partial<ExcelJS.Protection> | undefined)
        ?.locked === false,
    selection: selectionOf(workbook),
  };
}

/** The active tab and its active cell as the file stores them. */
function selectionOf(workbook: ExcelJS.Workbook): WorkbookSnapshot["selection"] {
  // A loaded workbook or sheet without views has them undefined, whatever ExcelJS's typings say.
  const activeTab = (workbook.views as ExcelJS.WorkbookView[] | undefined)?.[0]?.activeTab;
  const worksheet = activeTab === undefined ? undefined : workbook.worksheets[activeTab];
  const activeCell = worksheet?.views[0]?.activeCell;
  if (worksheet === undefined || activeCell === undefined) return null;
  return { sheet: worksheet.name, range: activeCell };
}

const adapter: InterpretingAdapter = {
  build: async (sheets, tables, protection) =>
    XlsxWorkbook.fromBytes(await userXlsx(sheets, tables, protection)),
  reopen: async (host) => XlsxWorkbook.fromBytes(await xlsx(host).toBytes()),
  snapshot: (host) => snapshot(xlsx(host)),
  interpret: (host, plan, options) => interpretPlan(plan, options, xlsx(host).planReader()),
};

describePortContract("xlsx (ExcelJS)", adapter);
describeTableEditContract("xlsx (ExcelJS)", adapter);
describeStepsContract("xlsx (ExcelJS)", adapter);
describeProtectionContract("xlsx (ExcelJS)", adapter);
