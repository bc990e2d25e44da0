// What the self-test's report says about the Excel it ran in, from what Office reports.

import {
  applicationName,
  excelDiagnostics,
  PREVIEW_DIAGNOSTICS,
  supportedRange,
} from "../../src/taskpane/excelDiagnostics";
import { paneTexts } from "../../src/taskpane/texts/paneTexts";
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

  it("keeps the platform, the build, and each requirement set Excel supports", () => {
    expect(
      excelDiagnostics({
        platform: "OfficeOnline",
        version: "16.0.18025.20160",
        isSetSupported: upTo({ ExcelApi: 9, SharedRuntime: 1 }),
      }),
    ).toEqual({
      platform: "OfficeOnline",
      version: "16.0.18025.20160",
      requirementSets: ["ExcelApi 1.1–1.9", "SharedRuntime 1.1"],
    });
  });

  it.each([
    ["en", "OfficeOnline", "Excel on the web (OfficeOnline)"],
    ["fr", "OfficeOnline", "Excel pour le web (OfficeOnline)"],
    ["es", "OfficeOnline", "Excel para la Web (OfficeOnline)"],
    ["en", "PC", "Excel on Windows (PC)"],
    ["fr", "Mac", "Excel pour Mac (Mac)"],
    ["es", "iOS", "Excel para iPad (iOS)"],
    ["en", "Other", "Excel (Other)"],
  ] as const)(
    "names the platform in the pane's language (%s, %s): %s",
    (language, platform, name) => {
      const diagnostics = excelDiagnostics({ platform, version: "", isSetSupported: () => false });
      expect(applicationName(paneTexts(language, language), diagnostics)).toBe(name);
    },
  );

  it("names the browser preview in the pane's language", () => {
    expect(applicationName(paneTexts("en", "en-GB"), PREVIEW_DIAGNOSTICS)).toMatch(
      /^Browser preview, no Excel/,
    );
    expect(applicationName(paneTexts("fr", "fr-FR"), PREVIEW_DIAGNOSTICS)).toMatch(
      /^Aperçu dans le navigateur, sans Excel/,
    );
    expect(applicationName(paneTexts("es", "es-ES"), PREVIEW_DIAGNOSTICS)).toMatch(
      /^Vista previa en el navegador, sin Excel/,
    );
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
