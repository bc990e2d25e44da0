// Compile-time check that Office.js's own classes satisfy the structural types the host is written
// against, so the fake the other tests use cannot drift from the real API without tsc failing.

import type { ExcelRun, RequestContextApi } from "../../../src/host/excel/excelApi";

const realContextFits = (context: Excel.RequestContext): RequestContextApi => context;
const realRunFits =
  (run: typeof Excel.run): ExcelRun =>
  (batch) =>
    run((context) => batch(context));

describe("Office.js types", () => {
  it("Excel.RequestContext and Excel.run fit the host's structural API", () => {
    expect(typeof realContextFits).toBe("function");
    expect(typeof realRunFits).toBe("function");
  });
});
