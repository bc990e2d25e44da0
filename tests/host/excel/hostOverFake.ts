// The Office.js host wired to a fresh recording fake, as every Office.js host test starts.

import { ExcelHost, type ExcelHostOptions } from "../../../src/host/excel/excelHost";
import { FakeExcel, type FakeExcelOptions } from "./fakeExcel";

/** A host over a fresh fake, and the fake. */
export function hostOverFake(
  fakeOptions: FakeExcelOptions = {},
  hostOptions: Omit<ExcelHostOptions, "run" | "isSetSupported"> = {},
): { host: ExcelHost; fake: FakeExcel } {
  const fake = new FakeExcel(fakeOptions);
  return {
    host: new ExcelHost({ ...hostOptions, run: fake.run, isSetSupported: fake.isSetSupported }),
    fake,
  };
}
