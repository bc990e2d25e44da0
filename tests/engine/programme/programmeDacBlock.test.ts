// The DAC criteria on the programme workbook: each partnership's six criteria in C2C_Programme's
// "DAC relevance" … columns, and the Programme sheet's block of formulas over them, whose cached
// values are dacAcrossPartnerships' figures and what the formulas compute from the table's cells
// (computed here from the framework: (s − 1) / 4 · 100, the mean of the sources, QUARTILE.INC).

import { DAC_CRITERIA } from "../../../src/engine/dac";
import { formatCellAddress, parseRange, rangePositions } from "../../../src/engine/plan/address";
import type { CellPlan, SheetPlan, WorkbookPlan } from "../../../src/engine/plan/types";
import {
  consolidate,
  dacAcrossPartnerships,
  PARTNERSHIPS_SHEET,
  programmePlan,
  PROGRAMME_SHEET,
  type Programme,
} from "../../../src/engine/programme";
import { ENGLISH_PROGRAMME_TEXTS } from "../../../src/engine/programme/texts";
import { DEFAULT_SETTINGS } from "../../../src/engine/settings";
import { summary } from "./programmeFixtures";

const options = { stamp: { generatedOn: "2026-12-03" }, sampleData: false };
const DIGITS = 9;

function programmeOf(...summaries: Parameters<typeof consolidate>[0]): Programme {
  const programme = consolidate(summaries, { force: false }).programme;
  if (programme === null) throw new Error("expected a programme");
  return programme;
}

const sheetOf = (plan: WorkbookPlan, name: string): SheetPlan =>
  plan.sheets.find((sheet) => sheet.name === name)!;
const cellAt = (sheet: SheetPlan, address: string): CellPlan | undefined =>
  sheet.cells.find((cell) => cell.address === address);
const rowOf = (address: string): number => Number(/\d+/.exec(address)?.[0]);

/** The numbers of a sheet-qualified range, as AVERAGE, MEDIAN and QUARTILE see them. */
function numbersIn(plan: WorkbookPlan, reference: string): number[] {
  const [sheetName = "", range = ""] = reference.replace(/\$/g, "").split("!");
  const sheet = sheetOf(plan, sheetName);
  return rangePositions(parseRange(range)!).flatMap((position) => {
    const value = cellAt(sheet, formatCellAddress(position))?.value;
    return typeof value === "number" ? [value] : [];
  });
}

const meanOf = (values: readonly number[]): number =>
  values.reduce((a, b) => a + b, 0) / values.length;

/** QUARTILE.INC written out: the value at (n − 1) · p of the sorted list, interpolated. */
function quartile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * p;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

const outOf100 = (score: number): number => ((score - 1) / 4) * 100;

/** The rows of the DAC block: the criterion's row number by id. */
function dacRows(sheet: SheetPlan): Map<string, number> {
  const heading = sheet.cells.find((cell) => cell.value === ENGLISH_PROGRAMME_TEXTS["dac.heading"]);
  if (heading === undefined) throw new Error("no DAC block");
  const header = rowOf(heading.address) + 2;
  return new Map(
    DAC_CRITERIA.map((criterion, index) => {
      const row = header + 1 + index;
      expect(cellAt(sheet, `A${row}`)?.value).toBe(criterion);
      return [criterion, row];
    }),
  );
}

describe("the DAC criteria on the programme workbook", () => {
  it("worked example: TA 3.5, STK 2.5 is relevance 50.0 in the table and on the Programme sheet", () => {
    const programme = programmeOf(summary("a.xlsx", { scores: { TA: 3.5, STK: 2.5 } }));
    const plan = programmePlan(programme, options);
    const partnerships = sheetOf(plan, PARTNERSHIPS_SHEET);
    expect(cellAt(partnerships, "S4")?.value).toBe("DAC relevance");
    expect(cellAt(partnerships, "X4")?.value).toBe("DAC sustainability");
    expect(cellAt(partnerships, "S5")?.value).toBeCloseTo(50, DIGITS);
    const sheet = sheetOf(plan, PROGRAMME_SHEET);
    const row = dacRows(sheet).get("relevance")!;
    expect(cellAt(sheet, `C${row}`)?.value).toBeCloseTo(50, DIGITS);
    expect(cellAt(sheet, `D${row}`)?.value).toBe(1);
    expect(cellAt(sheet, `J${row}`)?.value).toBe("TA, STK");
    expect(cellAt(sheet, `C${row}`)?.formula?.portable).toBe(
      '=IF(COUNT(Partnerships!$S$5)=0,"",AVERAGE(Partnerships!$S$5))',
    );
  });

  const sdg = (city: string, index: number) => ({ city, year: 2024, index });
  const summaries = [
    summary("a.xlsx", { scores: { TA: 3, STK: 4, CAP: 2 }, sdgIndices: [sdg("A", 60)] }),
    summary("b.xlsx", { scores: { TA: 4.5, MLG: 3 }, sdgIndices: [sdg("B", 40), sdg("C", 70)] }),
    summary("c.xlsx", { scores: { STK: 1.5, DATA: 5 } }),
    summary("d.xlsx", { scores: { TA: 2, STK: 2, FIN: 3.25 }, sdgIndices: [sdg("D", 81.5)] }),
    summary("e.xlsx"),
  ];
  const programme = programmeOf(...summaries);
  const plan = programmePlan(programme, options);
  const sheet = sheetOf(plan, PROGRAMME_SHEET);
  const rows = dacRows(sheet);

  it("holds, per criterion, the figures of an independent computation over several partnerships", () => {
    // Relevance ← TA, STK; impact ← SDG index (the mean of the cities' overall indices).
    const relevance = [meanOf([outOf100(3), outOf100(4)]), outOf100(4.5), outOf100(1.5), 25];
    const impact = [60, 55, 81.5];
    for (const [criterion, scores] of [
      ["relevance", relevance],
      ["impact", impact],
    ] as const) {
      const row = rows.get(criterion)!;
      const figures = ["C", "D", "E", "F", "G", "H", "I"].map(
        (column) => cellAt(sheet, `${column}${row}`)?.value as number,
      );
      const expected = [
        meanOf(scores),
        scores.length,
        quartile(scores, 0.5),
        quartile(scores, 0.25),
        quartile(scores, 0.75),
        Math.min(...scores),
        Math.max(...scores),
      ];
      figures.forEach((figure, index) => {
        expect(figure).toBeCloseTo(expected[index]!, DIGITS);
      });
    }
  });

  it("shows dacAcrossPartnerships' figures, and each formula's range holds the partnerships' scores", () => {
    const across = dacAcrossPartnerships(summaries);
    for (const criterion of across.criteria) {
      const row = rows.get(criterion.criterion)!;
      const { distribution } = criterion;
      const shown = (value: number | null) => value ?? "";
      expect(cellAt(sheet, `C${row}`)?.value).toBe(shown(distribution.mean));
      expect(cellAt(sheet, `D${row}`)?.value).toBe(distribution.count);
      expect(cellAt(sheet, `E${row}`)?.value).toBe(shown(distribution.median));
      expect(cellAt(sheet, `F${row}`)?.value).toBe(shown(distribution.lowerQuartile));
      expect(cellAt(sheet, `G${row}`)?.value).toBe(shown(distribution.upperQuartile));
      expect(cellAt(sheet, `H${row}`)?.value).toBe(shown(distribution.minimum));
      expect(cellAt(sheet, `I${row}`)?.value).toBe(shown(distribution.maximum));
      const range = /AVERAGE\((.+)\)\)$/.exec(cellAt(sheet, `C${row}`)?.formula?.portable ?? "");
      const numbers = numbersIn(plan, range?.[1] ?? "");
      expect(numbers).toEqual(
        criterion.partnerships.flatMap((entry) => (entry.score === null ? [] : [entry.score])),
      );
    }
    expect(programme.dacCriteria).toEqual(across.criteria);
  });

  it("lists the criteria whose sources differ between the partnerships, and uses the catalogue's", () => {
    const changed = {
      ...DEFAULT_SETTINGS,
      dacLens: { ...DEFAULT_SETTINGS.dacLens, relevance: ["TA"] as const },
    };
    const consolidation = consolidate(
      [
        summary("a.xlsx", { scores: { TA: 3.5, STK: 2.5 } }),
        summary("b.xlsx", { settings: changed }),
      ],
      { force: false },
    );
    const warning = consolidation.problems.find((problem) =>
      problem.message.includes("DAC criterion relevance"),
    );
    expect(warning?.severity).toBe("warning");
    expect(consolidation.programme?.settings.dacLens.relevance).toEqual(["TA", "STK"]);
    const disagreeing = sheetOf(programmePlan(consolidation.programme!, options), PROGRAMME_SHEET);
    const note = disagreeing.cells.find(
      (cell) =>
        typeof cell.value === "string" &&
        cell.value.startsWith(
          "Note: the workbooks differ in the sources of the DAC criterion relevance",
        ),
    );
    expect(note?.value).toContain("TA in b.xlsx");
    const row = dacRows(disagreeing).get("relevance")!;
    expect(cellAt(disagreeing, `C${row}`)?.value).toBeCloseTo(50, DIGITS);
  });
});
