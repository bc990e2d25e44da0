// A long-list assessment (10 cities × 10 years × the long indicator list, 20 respondents: about
// 147,000 planned cells, 9,300 indicator rows) written through the Office.js host: every batch
// stays under the budget and Excel on the web's 5 MB request limit, the host's own estimate of each
// batch is never below what the fake measures, the syncs are two reads plus one per batch, and no
// cell is lost at a batch boundary.

import { parseCellAddress } from "../../../src/engine/plan/address";
import type { WorkbookPlan } from "../../../src/engine/plan/types";
import { newAssessmentPlan } from "../../../src/engine/templates";
import { excelPlanReader } from "../../../src/host/excel/planReads";
import { planWrites } from "../../../src/host/excel/planWrites";
import { interpretPlan } from "../../../src/host/plan/interpretPlan";
import {
  DEFAULT_BATCH_BUDGET_BYTES,
  EXCEL_WEB_REQUEST_LIMIT_BYTES,
  batchBytes,
  packBatches,
} from "../../../src/host/excel/batches";
import { detectFeatures } from "../../../src/host/excel/requirements";
import { cellKey } from "./fake/model";
import { FakeExcel } from "./fakeExcel";
import { hostOverFake } from "./hostOverFake";

const READING_SYNCS = 2;

function longListPlan(): WorkbookPlan {
  return newAssessmentPlan({
    partnershipName: "Long list partnership",
    cities: Array.from({ length: 10 }, (_, index) => `City ${index + 1}`),
    years: Array.from({ length: 10 }, (_, index) => 2015 + index),
    list: "long",
    respondents: Array.from({ length: 20 }, (_, index) => `Respondent ${index + 1}`),
    stamp: { generatedOn: "2025-01-31" },
  });
}

/** The host's own batches for the plan, with their estimated bytes, on a workbook holding only Sheet1. */
async function estimatedBatches(plan: WorkbookPlan, budget: number): Promise<number[]> {
  const fake = new FakeExcel();
  fake.addSheet("Sheet1");
  const features = detectFeatures(fake.isSetSupported);
  const writes = await fake.run(async (context) => {
    const reader = excelPlanReader(context, features);
    const interpreted = await interpretPlan(plan, { existingSheet: "fail" }, reader);
    return planWrites(interpreted.steps, {
      plan,
      dialect: "live",
      features,
      budget,
      state: reader.state(),
      dropdowns: reader.dropdowns(),
      warn: () => undefined,
    });
  });
  return packBatches(writes, budget).map(batchBytes);
}

describe("a long-list workbook through the Office.js host", () => {
  const plan = longListPlan();

  async function written(
    budget?: number,
  ): Promise<{ fake: FakeExcel; syncs: number; batchBytes: number[] }> {
    const { host, fake } = hostOverFake(
      {},
      budget === undefined ? {} : { batchBudgetBytes: budget },
    );
    fake.addSheet("Sheet1");
    const measured = await fake.measure(() =>
      host.applyPlan(plan, { dialect: "live", existingSheet: "fail" }),
    );
    expect(measured.result.warnings).toEqual([]);
    return { fake, syncs: measured.syncs, batchBytes: measured.batchBytes.slice(READING_SYNCS) };
  }

  it("is large enough to need several batches", () => {
    const cells = plan.sheets.reduce((sum, sheet) => sum + sheet.cells.length, 0);
    expect(cells).toBeGreaterThan(140_000);
    expect(
      JSON.stringify(
        plan.sheets.map((sheet) => sheet.cells.map((cell) => cell.formula?.live ?? cell.value)),
      ).length,
    ).toBeGreaterThan(DEFAULT_BATCH_BUDGET_BYTES);
  });

  it("sends every batch under the 4 MB budget, with two reading syncs plus one per batch", async () => {
    const { syncs, batchBytes: sent } = await written();
    const estimated = await estimatedBatches(plan, DEFAULT_BATCH_BUDGET_BYTES);
    expect(sent.length).toBe(estimated.length);
    expect(syncs).toBe(READING_SYNCS + estimated.length);
    expect(estimated.length).toBeGreaterThanOrEqual(2);
    expect(estimated.length).toBeLessThanOrEqual(3);
    sent.forEach((bytes, index) => {
      expect(bytes).toBeLessThan(DEFAULT_BATCH_BUDGET_BYTES);
      expect(bytes).toBeLessThan(EXCEL_WEB_REQUEST_LIMIT_BYTES);
      expect(estimated[index]).toBeGreaterThanOrEqual(bytes);
      expect(estimated[index]).toBeLessThanOrEqual(DEFAULT_BATCH_BUDGET_BYTES);
    });
  });

  it("writes every planned cell, live formulas included, across the batch boundaries", async () => {
    const { fake } = await written();
    let formulas = 0;
    const mismatches: string[] = [];
    for (const sheet of plan.sheets) {
      const cells = fake.sheet(sheet.name).cells;
      for (const cell of sheet.cells) {
        const position = parseCellAddress(cell.address);
        const stored =
          position === undefined ? undefined : cells.get(cellKey(position.row, position.column));
        if (cell.formula !== undefined) formulas++;
        const expected = cell.formula?.live ?? (cell.value === "" ? null : cell.value);
        const actual = stored?.formula ?? stored?.value ?? null;
        if (actual !== expected)
          mismatches.push(
            `${sheet.name}!${cell.address}: ${JSON.stringify(actual)} instead of ${JSON.stringify(expected)}`,
          );
      }
    }
    expect(mismatches).toEqual([]);
    expect(formulas).toBeGreaterThan(13_000);
    expect(fake.tableNames().sort()).toEqual([
      "C2C_Actions",
      "C2C_Checklist",
      "C2C_Indicators",
      "C2C_Partnership",
      "C2C_Settings",
      "C2C_Stakeholders",
    ]);
    expect(fake.workbook.names).toHaveLength(plan.names.length);
    for (const sheet of plan.sheets)
      expect(fake.sheet(sheet.name).validations).toHaveLength(sheet.validations?.length ?? 0);
  });

  it("comes out the same with a budget of 500,000 bytes, in more and smaller batches", async () => {
    const budget = 500_000;
    const small = await written(budget);
    const estimated = await estimatedBatches(plan, budget);
    expect(small.batchBytes.length).toBe(estimated.length);
    expect(estimated.length).toBeGreaterThan(8);
    small.batchBytes.forEach((bytes, index) => {
      expect(bytes).toBeLessThanOrEqual(estimated[index] ?? 0);
      expect(estimated[index]).toBeLessThanOrEqual(budget);
    });
    const large = await written();
    for (const sheet of plan.sheets) {
      expect([...small.fake.sheet(sheet.name).cells]).toEqual([
        ...large.fake.sheet(sheet.name).cells,
      ]);
    }
  });
});
