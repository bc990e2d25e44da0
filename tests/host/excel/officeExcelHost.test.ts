// officeExcelHost binds the host to the Office.js globals; here the globals are the fake's.

import { officeExcelHost } from "../../../src/host/excel";
import { FakeExcel } from "./fakeExcel";

describe("officeExcelHost", () => {
  const globals = globalThis as { Excel?: unknown; Office?: unknown };

  afterEach(() => {
    delete globals.Excel;
    delete globals.Office;
  });

  it("runs through Excel.run and asks Office.context.requirements which sets exist", async () => {
    const fake = new FakeExcel({ apiVersion: "1.8" });
    fake.addSheet("Sheet1");
    const asked: string[] = [];
    globals.Excel = { run: fake.run };
    globals.Office = {
      context: {
        requirements: {
          isSetSupported: (name: string, version: string) => {
            asked.push(`${name} ${version}`);
            return fake.isSetSupported(name, version);
          },
        },
      },
    };
    const host = officeExcelHost();
    expect(await host.listSheets()).toEqual([{ name: "Sheet1", owned: false }]);
    const report = await host.applyPlan(
      {
        styles: {},
        sheets: [
          {
            name: "Notes",
            owned: false,
            cells: [{ address: "A1", value: "hello" }],
            print: { orientation: "portrait", fitToWidth: false },
          },
        ],
        names: [],
      },
      { dialect: "live", existingSheet: "fail" },
    );
    expect(report.warnings).toHaveLength(1);
    expect(asked).toEqual([
      "ExcelApi 1.7",
      "ExcelApi 1.8",
      "ExcelApi 1.8",
      "ExcelApi 1.9",
      "ExcelApi 1.9",
      "ExcelApi 1.15",
    ]);
    expect(fake.value("Notes", "A1")).toBe("hello");
  });
});
