import { catalogue } from "../../../src/engine/catalogue";
import { DAC_CRITERIA } from "../../../src/engine/dac";
import { formatCellAddress, parseRange, rangePositions } from "../../../src/engine/plan/address";
import type { CellPlan, SheetPlan, WorkbookPlan } from "../../../src/engine/plan/types";
import { assertValidPlan } from "../../../src/engine/plan/validatePlan";
import {
  consolidate,
  PARTNERSHIPS_SHEET,
  programmePlan,
  PROGRAMME_SHEET,
  PROGRAMME_TABLE,
  type Programme,
} from "../../../src/engine/programme";
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
  summary("a.xlsx", {
    scores: { TA: 3, P2P: 4.2, FIN: 1.5 },
    alignment: 2.9,
    dataCoverage: 0.75,
    sdgIndices: [{ city: "A", year: 2024, index: 61.25 }],
  }),
  summary("b.xlsx", { scores: { TA: 4, P2P: 3.8 }, alignment: 3.9 }),
  summary("c.xlsx", { scores: { TA: 3.5, FIN: 2.1 }, alignment: null, contestedItems: 4 }),
);
const plan = programmePlan(programme, options);
const sheetOf = (workbookPlan: WorkbookPlan, name: string): SheetPlan =>
  workbookPlan.sheets.find((sheet) => sheet.name === name)!;
const averages = sheetOf(plan, PROGRAMME_SHEET);
const partnerships = sheetOf(plan, PARTNERSHIPS_SHEET);
const cellAt = (sheet: SheetPlan, address: string): CellPlan | undefined =>
  sheet.cells.find((cell) => cell.address === address);

/** The numbers of a sheet-qualified range, as AVERAGE and COUNT see them (blanks and text skipped). */
function numbersIn(reference: string): number[] {
  const [sheetName = "", range = ""] = reference.replace(/\$/g, "").split("!");
  const sheet = sheetOf(plan, sheetName);
  return rangePositions(parseRange(range)!).flatMap((position) => {
    const value = cellAt(sheet, formatCellAddress(position))?.value;
    return typeof value === "number" ? [value] : [];
  });
}

describe("programmePlan", () => {
  it("is a valid plan: the Programme sheet with a bar chart, the Partnerships sheet with the table", () => {
    expect(() => {
      assertValidPlan(plan);
    }).not.toThrow();
    expect(plan.sheets.map((sheet) => [sheet.name, sheet.owned])).toEqual([
      [PROGRAMME_SHEET, true],
      [PARTNERSHIPS_SHEET, true],
      ["Cities", true],
      ["Goals", true],
      ["Objectives", true],
    ]);
    expect(partnerships.tables?.map((table) => [table.name, table.range])).toEqual([
      // Source … SDG index text (A–R), the six DAC criteria (S–X), then the partnership's own
      // coverage threshold and band limits (Y–AE) and its DAC lens, each criterion's sources (AF–AK).
      [PROGRAMME_TABLE, "A4:AK7"],
    ]);
    expect(
      averages.charts?.map((chart) => [
        chart.kind,
        chart.barDirection,
        chart.categories,
        chart.series[0]?.values,
      ]),
    ).toEqual([
      ["bar", "horizontal", "B7:B16", "C7:C16"],
      ["bar", "horizontal", "B31:B40", "C31:C40"],
    ]);
    expect(averages.charts?.[1]?.grouping).toBe("stacked");
  });

  it("writes each principle's average as a formula over its column of the Partnerships table", () => {
    const formula = '=IF(COUNT(Partnerships!$E$5:$E$7)=0,"",AVERAGE(Partnerships!$E$5:$E$7))';
    expect(cellAt(averages, "C7")?.formula).toEqual({ live: formula, portable: formula });
    expect(cellAt(averages, "A7")?.value).toBe("TA");
    expect(cellAt(averages, "C7")?.value).toBeCloseTo(3.5, 12);
  });

  it("shows, in every average cell, what its formula computes from the table's cells", () => {
    const checked = averages.cells.flatMap((cell) => {
      const match = /^=IF\(COUNT\((Partnerships!.+?)\)=0,"",AVERAGE\(\1\)\)$/.exec(
        cell.formula?.portable ?? "",
      );
      return match === null ? [] : [{ shown: cell.value, numbers: numbersIn(match[1]!) }];
    });
    // Ten principles and alignment, then the six DAC criteria.
    expect(checked).toHaveLength(catalogue.principles.length + 1 + DAC_CRITERIA.length);
    for (const { shown, numbers } of checked) {
      if (numbers.length === 0) expect(shown).toBe("");
      else
        expect(shown as number).toBeCloseTo(
          numbers.reduce((a, b) => a + b, 0) / numbers.length,
          12,
        );
    }
  });

  it("shows 0–100, band and count beside each average, and a grey label where no partnership has a score", () => {
    const row = (r: number) =>
      ["C", "D", "E", "F"].map((column) => cellAt(averages, `${column}${r}`)?.value);
    expect(row(7)).toEqual([3.5, 62.5, "Established", 3]);
    expect(row(8)).toEqual(["", "", "Insufficient answers", 0]);
    expect(cellAt(averages, "E7")?.formula?.portable).toBe(
      '=IF(Programme!$C$7="","Insufficient answers",IF(Programme!$C$7>=Programme!$C$21,"Advanced",IF(Programme!$C$7>=Programme!$C$22,"Established",IF(Programme!$C$7>=Programme!$C$23,"Developing","Weak"))))',
    );
    expect([21, 22, 23].map((row) => cellAt(averages, `C${row}`)?.value)).toEqual([4, 3, 2]);
    expect(cellAt(averages, "A21")?.value).toBe("Principle band Advanced from");
    expect(cellAt(averages, "C17")?.value).toBeCloseTo(3.4, 12);
    expect(row(17).slice(1)).toEqual([expect.closeTo(60, 9) as unknown, "Established", 2]);
  });

  it("writes each partnership's row: principles blank where it has no score", () => {
    const values = (r: number) =>
      Array.from(
        { length: 18 },
        (_, index) => cellAt(partnerships, `${String.fromCharCode(65 + index)}${r}`)?.value,
      );
    expect(values(5)).toEqual([
      "a.xlsx",
      "Partnership of a.xlsx",
      "A, B",
      3,
      3,
      null,
      null,
      null,
      null,
      4.2,
      null,
      null,
      1.5,
      null,
      2.9,
      0,
      0.75,
      "A 61.3 (2024)",
    ]);
    expect(values(7)[15]).toBe(4);
  });

  it("ends each partnership's row with its own coverage threshold and band limits, headed by their Settings keys", () => {
    const own = programmePlan(
      programmeOf(
        summary("own.xlsx", {
          settings: {
            ...DEFAULT_SETTINGS,
            coverageThreshold: 0.8,
            sdgBandLimits: { achieved: 90, challengesRemain: 70, significantChallenges: 40 },
            principleBandLimits: { developing: 1.5, established: 2.5, advanced: 3.4 },
          },
        }),
        summary("plain.xlsx"),
      ),
      options,
    );
    const sheet = sheetOf(own, PARTNERSHIPS_SHEET);
    const columns = ["Y", "Z", "AA", "AB", "AC", "AD", "AE"];
    expect(columns.map((column) => cellAt(sheet, `${column}4`)?.value)).toEqual([
      "Coverage threshold",
      "SDG band limit: Achieved",
      "SDG band limit: Challenges remain",
      "SDG band limit: Significant challenges",
      "Principle band limit: Developing",
      "Principle band limit: Established",
      "Principle band limit: Advanced",
    ]);
    expect(columns.map((column) => cellAt(sheet, `${column}5`)?.value)).toEqual([
      0.8, 90, 70, 40, 1.5, 2.5, 3.4,
    ]);
    expect(columns.map((column) => cellAt(sheet, `${column}6`)?.value)).toEqual([
      0.5, 100, 75, 50, 2, 3, 4,
    ]);
    expect(cellAt(sheet, "Y5")?.numberFormat).toBe("0%");
  });

  const provenanceOf = (sheet: SheetPlan): CellPlan | undefined =>
    sheet.cells.find((cell) => String(cell.value).startsWith("Generated "));

  it("colours the band column by label and ends the Programme sheet with the provenance line", () => {
    expect(averages.conditionalFormats?.[0]?.range).toBe("E7:E17");
    const provenance = provenanceOf(averages);
    const lastRow = Math.max(
      ...averages.cells.map((cell) => Number(/\d+$/.exec(cell.address)?.[0])),
    );
    expect(provenance?.address).toBe(`A${lastRow}`);
    expect(provenance?.value).toBe(provenanceLine(options.stamp, "simplified", DEFAULT_SETTINGS));
    const older = programmePlan(
      programmeOf(summary("a.xlsx", { catalogueVersion: "2025.1" })),
      options,
    );
    expect(provenanceOf(sheetOf(older, PROGRAMME_SHEET))?.value).toBe(
      `${provenanceLine(options.stamp, "simplified", DEFAULT_SETTINGS)} · the workbooks were stamped with catalogue 2025.1`,
    );
  });

  it("shows the SAMPLE DATA banner on every sheet only for sample data", () => {
    expect(cellAt(averages, "A3")).toBeUndefined();
    const sample = programmePlan(programme, { ...options, sampleData: true });
    for (const sheet of sample.sheets) {
      const banner = sheet.cells.filter(
        (cell) => cell.address.endsWith("3") && cell.style === "sampleData",
      );
      expect(banner[0]?.value).toContain("SAMPLE DATA");
      expect(banner.length).toBeGreaterThan(1);
    }
  });

  it("applies to a workbook and reads back as a table, one row per partnership", async () => {
    const workbook = MemoryWorkbook.empty();
    await workbook.applyPlan(plan, { dialect: "portable", existingSheet: "fail" });
    const table = await workbook.readTable(PROGRAMME_TABLE);
    expect(table?.sheet).toBe(PARTNERSHIPS_SHEET);
    expect(table?.rows.map((row) => row.cells[0]?.value)).toEqual(["a.xlsx", "b.xlsx", "c.xlsx"]);
  });
});
