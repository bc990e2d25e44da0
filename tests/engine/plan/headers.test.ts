import { normaliseHeader } from "../../../src/engine/plan/headers";

describe("normaliseHeader", () => {
  it.each([
    ["Item ID", "itemid"],
    ["item id", "itemid"],
    ["ItemID", "itemid"],
    ["  ITEM   ID ", "itemid"],
    ["Item\u00a0ID", "itemid"],
    ["Item\tID\n", "itemid"],
    ["End value", "endvalue"],
    ["Disaggregated (y/n)", "disaggregated(y/n)"],
  ])("%j → %s", (header, key) => {
    expect(normaliseHeader(header)).toBe(key);
  });

  it("treats composed and decomposed accents alike", () => {
    expect(normaliseHeader("Re\u0301gion")).toBe(normaliseHeader("Région"));
  });
});
