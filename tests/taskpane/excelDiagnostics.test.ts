// What the self-test's report says about the Excel it ran in, from what Office reports.

import { excelDiagnostics, supportedRange } from "../../src/taskpane/excelDiagnostics";
import { installCustomFunctionsStandIn } from "../../src/taskpane/preview/customFunctionsStandIn";

const upTo =
  (highest: Readonly<Record<string, number>>) =>
  (name: string, version: string): boolean =>
    Number(version.split(".")[1]) <= (highest[name] ?? 0);

describe("the report's Excel line", () => {
  it.each([
    [17, "ExcelApi 1.1–1.17"],
    [1, "ExcelApi 1.1"],
    [0, null],
  ])("ExcelApi up to 1.%i reads %s", (highest, expected) => {
    expect(supportedRange(upTo({ ExcelApi: highest }), "ExcelApi", 30)).toBe(expected);
  });

  it("names the platform in words, the build, and each requirement set Excel supports", () => {
    expect(
      excelDiagnostics({
        platform: "OfficeOnline",
        version: "16.0.18025.20160",
        isSetSupported: upTo({ ExcelApi: 9, SharedRuntime: 1 }),
      }),
    ).toEqual({
      application: "Excel on the web (OfficeOnline)",
      version: "16.0.18025.20160",
      requirementSets: ["ExcelApi 1.1–1.9", "SharedRuntime 1.1"],
    });
    expect(
      excelDiagnostics({ platform: "Other", version: "", isSetSupported: () => false }).application,
    ).toBe("Excel (Other)");
  });
});

describe("the preview's stand-in for the custom-functions runtime", () => {
  it("gives the functions module an error class where office.js declares CustomFunctions without one", () => {
    const global = globalThis as unknown as { CustomFunctions?: Record<string, unknown> };
    const saved = global.CustomFunctions;
    try {
      global.CustomFunctions = { associate: () => undefined };
      installCustomFunctionsStandIn();
      const runtime = global.CustomFunctions as unknown as typeof CustomFunctions;
      const error = new runtime.Error(runtime.ErrorCode.invalidValue, "bad");
      expect([error.code, error.message]).toEqual(["#VALUE!", "bad"]);
      expect(typeof global.CustomFunctions.associate).toBe("function");
    } finally {
      global.CustomFunctions = saved;
    }
  });

  it("leaves a real runtime alone", () => {
    const global = globalThis as unknown as { CustomFunctions?: Record<string, unknown> };
    const saved = global.CustomFunctions;
    const RealError = function RealError(): void {};
    try {
      global.CustomFunctions = { Error: RealError };
      installCustomFunctionsStandIn();
      expect(global.CustomFunctions.Error).toBe(RealError);
    } finally {
      global.CustomFunctions = saved;
    }
  });
});
