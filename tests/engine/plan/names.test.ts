import {
  freeSheetName,
  identifierProblem,
  sameName,
  sheetNameProblem,
} from "../../../src/engine/plan/names";

describe("Excel names", () => {
  it.each(["Scoreboard", "Partner data", "Scoreboard (previous)", "x".repeat(31), "Données 2024"])(
    "accepts the sheet name %s",
    (name) => {
      expect(sheetNameProblem(name)).toBeUndefined();
    },
  );

  it.each([
    "",
    "x".repeat(32),
    "a/b",
    "a\\b",
    "a?b",
    "a*b",
    "a[b]",
    "a:b",
    "'quoted",
    "end'",
    "History",
    "history",
  ])("refuses the sheet name %j", (name) => {
    expect(sheetNameProblem(name)).toEqual(expect.any(String));
  });

  it("compares names without case", () => {
    expect(sameName("Scoreboard", "SCOREBOARD")).toBe(true);
    expect(sameName("Scoreboard", "Scoreboard 2")).toBe(false);
  });

  it("finds the first free sheet name and keeps it within 31 characters", () => {
    expect(freeSheetName("Scoreboard", ["About"])).toBe("Scoreboard");
    expect(freeSheetName("Scoreboard", ["scoreboard"])).toBe("Scoreboard (2)");
    expect(freeSheetName("Scoreboard", ["Scoreboard", "Scoreboard (2)", "SCOREBOARD (3)"])).toBe(
      "Scoreboard (4)",
    );
    const long = "A very long sheet name of 31 ch";
    expect(long).toHaveLength(31);
    const free = freeSheetName(long, [long]);
    expect(free).toBe("A very long sheet name of 3 (2)");
    expect(free.length).toBeLessThanOrEqual(31);
  });

  it.each(["C2C_Indicators", "_private", "WorstValueMode", "Band.Limit1", "Ação"])(
    "accepts the table or defined name %s",
    (name) => {
      expect(identifierProblem(name)).toBeUndefined();
    },
  );

  it.each([
    "",
    "1st",
    "has space",
    "A1",
    "xfd1048576",
    "R1C1",
    "R",
    "C",
    "rc",
    "a-b",
    "x".repeat(256),
  ])("refuses the table or defined name %j", (name) => {
    expect(identifierProblem(name)).toEqual(expect.any(String));
  });
});
