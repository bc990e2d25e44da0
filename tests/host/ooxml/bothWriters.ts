// The same plans written by both xlsx writers, read back with ExcelJS as an independent reader:
// the ExcelJS path (XlsxWorkbook) as the reference, the runner's own package writer as the one
// under test. Each workbook becomes a plain description of what a reader sees, so the two compare
// with toEqual.

import ExcelJS from "exceljs";
import {
  createAssessment,
  createSample,
  type NewWorkbookWrite,
} from "../../../src/app/writeNewWorkbook";
import { PackageWorkbook } from "../../../src/host/ooxml/packageWorkbook";
import type { WorkbookHost } from "../../../src/host/workbookHost";
import { XlsxWorkbook } from "../../support/exceljsHost/xlsxWorkbook";
import { samplePlan } from "../fixtures/samplePlan";

export const WRITE: NewWorkbookWrite = {
  dialect: "portable",
  existingSheet: "fail",
  stamp: { generatedOn: "2026-12-02" },
};

export type Build = (host: WorkbookHost) => Promise<unknown>;

export const BUILDS: readonly (readonly [string, Build])[] = [
  [
    "the port contract's sample plan (every part of the plan model)",
    (host) => host.applyPlan(samplePlan(), { dialect: "portable", existingSheet: "fail" }),
  ],
  [
    "the sample plan rebuilt, its predecessor kept as (previous), a range selected",
    async (host) => {
      const options = { dialect: "portable", existingSheet: "replace-owned" } as const;
      await host.applyPlan(samplePlan(), options);
      await host.applyPlan(samplePlan(), { ...options, keepPrevious: true });
      await host.selectRange("Scoreboard!B4:C6");
    },
  ],
  ["the scored sample (c2c demo)", (host) => createSample(host, WRITE)],
  [
    "an empty assessment (c2c new)",
    (host) =>
      createAssessment(
        host,
        {
          partnershipName: "Lyon–Rabat",
          cities: ["Lyon", "Rabat"],
          countries: ["France", "Morocco"],
          years: [2023, 2024],
          list: "simplified",
          respondents: ["Ana Duarte", "Youssef Amrani"],
        },
        WRITE,
      ),
  ],
];

export async function bothWriters(build: Build): Promise<{ exceljs: Uint8Array; own: Uint8Array }> {
  const reference = XlsxWorkbook.create();
  await build(reference);
  const own = PackageWorkbook.create();
  await build(own);
  return { exceljs: await reference.toBytes(), own: await own.toBytes() };
}

export async function loadWithExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const buffer: unknown = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  await workbook.xlsx.load(buffer as ArrayBuffer);
  return workbook;
}
