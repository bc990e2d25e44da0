import {
  mergeSettings,
  ownedSheets,
  settingsFromRows,
  settingsRows,
} from "../../../src/engine/plan/addinSettings";

describe("add-in settings rows", () => {
  it("round-trips settings through the sheet layout, keys sorted", () => {
    const rows = settingsRows({ list: "long", catalogueVersion: "2023.1" });
    expect(rows).toEqual([
      ["Key", "Value"],
      ["catalogueVersion", "2023.1"],
      ["list", "long"],
    ]);
    expect(settingsFromRows(rows)).toEqual({ list: "long", catalogueVersion: "2023.1" });
  });

  it("reads numbers, blanks and errors a user may have typed as text, skips rows without a key", () => {
    expect(
      settingsFromRows([
        ["Key", "Value"],
        ["year", 2024],
        ["blank", null],
        ["error", { errorCode: "#REF!" }],
        [null, "orphan"],
        [7, "numeric key"],
      ]),
    ).toEqual({
      year: "2024",
      blank: "",
      error: "#REF!",
    });
  });

  it("merges changes, removing keys set to null", () => {
    expect(mergeSettings({ a: "1", b: "2" }, { b: null, c: "3" })).toEqual({ a: "1", c: "3" });
  });

  it("refuses what a cell cannot hold", () => {
    expect(() => mergeSettings({}, { "": "x" })).toThrow(RangeError);
    expect(() => mergeSettings({}, { big: "x".repeat(32_768) })).toThrow(RangeError);
  });

  it("reads the owned-sheet list, treating anything unreadable as none", () => {
    expect(ownedSheets({ ownedSheets: '["Scoreboard","Programme"]' })).toEqual([
      "Scoreboard",
      "Programme",
    ]);
    expect(ownedSheets({ ownedSheets: "not json" })).toEqual([]);
    expect(ownedSheets({ ownedSheets: '{"a":1}' })).toEqual([]);
    expect(ownedSheets({ ownedSheets: '["ok", 3]' })).toEqual(["ok"]);
    expect(ownedSheets({})).toEqual([]);
  });
});
