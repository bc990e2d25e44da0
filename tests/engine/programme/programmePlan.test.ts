import { catalogue } from "../../../src/engine/catalogue";
import { formatCellAddress, parseRange, rangePositions } from "../../../src/engine/plan/address";
import type { CellPlan, SheetPlan } from "../../../src/engine/plan/types";
import { assertValidPlan } from "../../../src/engine/plan/validatePlan";
import { consolidate, programmePlan, PROGRAMME_SHEET, PROGRAMME_TABLE, type Programme } from "../../../src/engine/programme";
import { DEFAULT_SETTINGS } from "../../../src/engine/settings";
import { provenanceLine } from "../../../src/engine/templates/provenance";
import { MemoryWorkbook } from "../../../src/host/memory/memoryWorkbook";
import { summary } from "./programmeFixtures";

const options = { stamp: { generatedOn: "2026-11-28" }, sampleData: false };

function programmeOf(...summaries: Parameters<typeof consolidate>[0]): Programme {
  const programme = consolidate(summaries, { force: false }).programme;
  if (programme === null) throw new Error("expected a programme");
  return programme;
}

const programme = programmeOf(
  summary("a.xlsx", { scores: { TA: 3, P2P: 4.2, FIN: 1.5 }, alignment: 2.9, dataCoverage: 0.75, sdgIndices: [{ city: "A", year: 2024, index: 61.25 }] }),
  summary("b.xlsx", { scores: { TA: 4, P2P: 3.8 }, alignment: 3.9 }),
  summary("c.xlsx", { scores: { TA: 3.5, FIN: 2.1 }, alignment: null, contestedItems: 4 }),
);
const plan = programmePlan(programme, options);
const sheet = plan.sheets[0]!;
const cellAt = (sheetPlan: SheetPlan, address: string): CellPlan | undefined => sheetPlan.cells.find((cell) => cell.address === address);

/** The numbers of a range on the sheet, as AVERAGE and COUNT see them (blanks and text skipped). */
function numbersIn(sheetPlan: SheetPlan, range: string): number[] {
  return rangePositions(parseRange(range)!).flatMap((position) => {
    const value = cellAt(sheetPlan, formatCellAddress(position))?.value;
    return typeof value === "number" ? [value] : [];
  });
}

/** Every `IF(COUNT(r)=0,"",AVERAGE(r))` on the sheet, recomputed from the cells of r. */
function recomputedAverages(sheetPlan: SheetPlan): { address: string; shown: unknown; recomputed: number | "" }[] {
  return sheetPlan.cells.flatMap((cell) => {
    const match = /^=IF\(COUNT\((.+?)\)=0,"",AVERAGE\(\1\)\)$/.exec(cell.formula?.portable ?? "");
    if (match === null) return [];
    const range = match[1]!.replace(/^.*!/, "").replace(/\$/g, "");
    const numbers = numbersIn(sheetPlan, range);
    return [{ address: cell.address, shown: cell.value, recomputed: numbers.length === 0 ? "" : numbers.reduce((a, b) => a + b, 0) / numbers.length }];
  });
}

describe("programmePlan", () => {
  it("is a valid plan with one owned sheet, the partnership table and a bar chart", () => {
    expect(() => {
      assertValidPlan(plan);
    }).not.toThrow();
    expect(plan.sheets.map((entry) => [entry.name, entry.owned])).toEqual([[PROGRAMME_SHEET, true]]);
    expect(sheet.tables?.map((table) => [table.name, table.range])).toEqual([[PROGRAMME_TABLE, "A21:R24"]]);
    expect(sheet.charts?.map((chart) => [chart.kind, chart.categories, chart.series[0]?.values])).toEqual([["bar", "B7:B16", "C7:C16"]]);
  });

  it("writes each principle's average as a formula over its column of the partnership table", () => {
    expect(cellAt(sheet, "C7")?.formula).toEqual({
      live: '=IF(COUNT(Programme!$E$22:$E$24)=0,"",AVERAGE(Programme!$E$22:$E$24))',
      portable: '=IF(COUNT(Programme!$E$22:$E$24)=0,"",AVERAGE(Programme!$E$22:$E$24))',
    });
    expect(cellAt(sheet, "A7")?.value).toBe("TA");
    expect(cellAt(sheet, "C7")?.value).toBeCloseTo(3.5, 12);
  });

  it("shows, in every average cell, what the formula computes from the table's cells", () => {
    const averages = recomputedAverages(sheet);
    expect(averages).toHaveLength(catalogue.principles.length + 1);
    for (const { shown, recomputed } of averages) {
      if (recomputed === "") expect(shown).toBe("");
      else expect(shown as number).toBeCloseTo(recomputed, 12);
    }
  });

  it("shows 0–100, band and count beside each average, and a grey label where no partnership has a score", () => {
    const row = (r: number) => ["C", "D", "E", "F"].map((column) => cellAt(sheet, `${column}${r}`)?.value);
    expect(row(7)).toEqual([3.5, 62.5, "Established", 3]);
    expect(row(8)).toEqual(["", "", "Insufficient answers", 0]);
    expect(cellAt(sheet, "E7")?.formula?.portable).toBe(
      '=IF(Programme!$C$7="","Insufficient answers",IF(Programme!$C$7>=4,"Advanced",IF(Programme!$C$7>=3,"Established",IF(Programme!$C$7>=2,"Developing","Weak"))))',
    );
    expect(row(17)).toEqual([3.4, 60, "Established", 2]);
  });

  it("writes each partnership's row: principles blank where it has no score", () => {
    const values = (r: number) => Array.from({ length: 18 }, (_, index) => cellAt(sheet, `${String.fromCharCode(65 + index)}${r}`)?.value);
    expect(values(22)).toEqual(["a.xlsx", "Partnership of a.xlsx", "A, B", 3, 3, null, null, null, null, 4.2, null, null, 1.5, null, 2.9, 0, 0.75, "A 61.3 (2024)"]);
    expect(values(24)[15]).toBe(4);
  });

  it("colours the band column by label and ends with the provenance line", () => {
    expect(sheet.conditionalFormats?.[0]?.range).toBe("E7:E17");
    expect(cellAt(sheet, "A26")?.value).toBe(provenanceLine(options.stamp, "simplified", DEFAULT_SETTINGS));
    const older = programmeOf(summary("a.xlsx", { catalogueVersion: "2025.1" }));
    const olderSheet = programmePlan(older, options).sheets[0]!;
    expect(olderSheet.cells.at(-1)?.value).toBe(`${provenanceLine(options.stamp, "simplified", DEFAULT_SETTINGS)} · the workbooks were stamped with catalogue 2025.1`);
  });

  it("shows the SAMPLE DATA banner only for sample data", () => {
    expect(cellAt(sheet, "A3")).toBeUndefined();
    expect(cellAt(programmePlan(programme, { ...options, sampleData: true }).sheets[0]!, "A3")?.value).toContain("SAMPLE DATA");
  });

  it("applies to a workbook and reads back as a table, one row per partnership", async () => {
    const workbook = MemoryWorkbook.empty();
    await workbook.applyPlan(plan, { dialect: "portable", existingSheet: "fail" });
    const table = await workbook.readTable(PROGRAMME_TABLE);
    expect(table?.rows.map((row) => row.cells[0]?.value)).toEqual(["a.xlsx", "b.xlsx", "c.xlsx"]);
  });
});
