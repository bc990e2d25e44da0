// The WorkbookHost contract run against the package host, the one `c2c` writes through; each
// written copy is read back by ExcelJS, an independent reader of the package we did not write.

import type ExcelJS from "exceljs";
import { PackageWorkbook } from "../../../src/host/ooxml/packageWorkbook";
import type { WorkbookHost } from "../../../src/host/workbookHost";
import { interpretPlan } from "../../../src/host/plan/interpretPlan";
import { describePortContract, planTitled, type WorkbookSnapshot } from "../contract/portContract";
import { describeStepsContract, type InterpretingAdapter } from "../contract/stepsContract";
import { describeTableEditContract } from "../contract/tableEditContract";
import { describeProtectionContract } from "../contract/protectionContract";
import { loadWithExcelJs, plainValue, userXlsx } from "../xlsx/xlsxFixtures";
import { preflighted } from "./scoreThrough";

function xlsx(host: WorkbookHost): PackageWorkbook {
  if (!(host instanceof PackageWorkbook)) throw new Error("not a package workbook");
  return host;
}

async function opened(bytes: Uint8Array): Promise<PackageWorkbook> {
  return PackageWorkbook.open(await preflighted(bytes));
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

async function snapshot(host: PackageWorkbook): Promise<WorkbookSnapshot> {
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
  build: async (sheets, tables, protection) => opened(await userXlsx(sheets, tables, protection)),
  reopen: async (host) => opened(await xlsx(host).toBytes()),
  snapshot: (host) => snapshot(xlsx(host)),
  interpret: (host, plan, options) => interpretPlan(plan, options, xlsx(host).planReader()),
  byDesign: {
    "keeps the rebuilt sheet's predecessor beside it, still owned, its table and name freed for the new one":
      "0012: keep-sheet refuses a kept sheet (the runner keeps no former Scoreboard)",
    "replaces an older owned copy already holding the kept name":
      "0012: keep-sheet refuses a kept sheet (the runner keeps no former Scoreboard)",
    "shows a cell or a range of a sheet, quoted names included":
      "0012, left for later: the view is recorded, the save keeps the workbook's own open tab",
    "returns false, changing nothing, for a missing or hidden sheet or an address that is not one":
      "0012, left for later: the view is recorded, the save keeps the workbook's own open tab",
  },
};

describePortContract("xlsx (package host)", adapter);
describeTableEditContract("xlsx (package host)", adapter);
describeStepsContract("xlsx (package host)", adapter);
describeProtectionContract("xlsx (package host)", adapter);

describe("the package host where the contract's cases are not met by design", () => {
  it("refuses to keep the former copy of a sheet it reopened, naming it, and changes nothing", async () => {
    const first = await opened(await userXlsx({ Inputs: [["x"]] }, []));
    await first.applyPlan(planTitled("First"), { dialect: "portable", existingSheet: "fail" });
    const host = await opened(await first.toBytes());
    await expect(
      host.applyPlan(planTitled("Second"), {
        dialect: "portable",
        existingSheet: "replace-owned",
        keepPrevious: true,
      }),
    ).rejects.toThrow(/the sheet "Scoreboard" is the user's: only its cells are edited/);
    const after = await loadWithExcelJs(await host.toBytes());
    expect(after.worksheets.map((sheet) => sheet.name)).toEqual([
      "Inputs",
      "Scoreboard",
      "C2C_AddinData",
    ]);
    expect(after.getWorksheet("Scoreboard")?.getCell("A1").value).toBe("First");
  });

  it("answers selectRange as the contract says, and the copy keeps the workbook's own open tab", async () => {
    const host = await opened(await userXlsx({ Indicators: [["a"]], "Partner data": [["b"]] }, []));
    expect(await host.selectRange("'Partner data'!A1")).toBe(true);
    expect(await host.selectRange("Missing!A1")).toBe(false);
    expect(await host.selectRange("B2")).toBe(false);
    const copy = await loadWithExcelJs(await host.toBytes());
    const activeTab = (copy.views as ExcelJS.WorkbookView[] | undefined)?.[0]?.activeTab ?? 0;
    expect(copy.worksheets[activeTab]?.name).toBe("Indicators");
  });
});
