// The recording fake refuses what Excel refuses under protection, so a host that forgot to check
// first fails here as it would in Excel: structure changes in a workbook whose structure is
// protected, and writes into a protected sheet.

import { FakeExcel } from "./fakeExcel";

function protectedWorkbook(): FakeExcel {
  const fake = new FakeExcel();
  fake.addSheet("Notes", [["mine"]]);
  fake.addSheet("Data", [["x"]]);
  fake.workbook.structureProtected = true;
  return fake;
}

describe("the fake under workbook structure protection", () => {
  it("reads workbook.protection.protected after a sync", async () => {
    const fake = protectedWorkbook();
    const seen = await fake.run(async (context) => {
      const protection = context.workbook.protection;
      protection.load("protected");
      await context.sync();
      return protection.protected;
    });
    expect(seen).toBe(true);
  });

  it.each<[string, (fake: FakeExcel) => Promise<unknown>]>([
    [
      "adding a sheet",
      (fake) => fake.run((context) => Promise.resolve(context.workbook.worksheets.add("New"))),
    ],
    [
      "renaming a sheet",
      (fake) =>
        fake.run((context) => {
          context.workbook.worksheets.getItem("Notes").name = "Renamed";
          return Promise.resolve();
        }),
    ],
    [
      "deleting a sheet",
      (fake) =>
        fake.run((context) => {
          context.workbook.worksheets.getItem("Notes").delete();
          return Promise.resolve();
        }),
    ],
    [
      "hiding a sheet",
      (fake) =>
        fake.run((context) => {
          context.workbook.worksheets.getItem("Notes").visibility = "Hidden";
          return Promise.resolve();
        }),
    ],
  ])("refuses %s with AccessDenied and leaves the sheets as they were", async (_what, change) => {
    const fake = protectedWorkbook();
    await expect(change(fake)).rejects.toThrow(/^AccessDenied/);
    expect(fake.workbook.sheets.map((sheet) => [sheet.name, sheet.visibility])).toEqual([
      ["Notes", "Visible"],
      ["Data", "Visible"],
    ]);
  });

  it("refuses values written into a protected sheet", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Notes", [["mine"]]);
    fake.sheet("Notes").protection = { protected: true };
    await expect(
      fake.run((context) => {
        context.workbook.worksheets.getItem("Notes").getRange("A1").values = [["theirs"]];
        return Promise.resolve();
      }),
    ).rejects.toThrow(/^AccessDenied/);
  });
});
