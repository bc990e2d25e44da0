// Singular or plural by the language's own rule: French counts 0 as singular.

import { takesSingular } from "../../../src/engine/language";
import { warningCount } from "../../../src/cli/texts";

describe("takesSingular", () => {
  it.each([
    ["en", 0, false],
    ["en", 1, true],
    ["en", 2, false],
    ["fr", 0, true],
    ["fr", 1, true],
    ["fr", 2, false],
    ["es", 0, false],
    ["es", 1, true],
    ["es", 2, false],
  ] as const)("%s %d → %s", (language, count, singular) => {
    expect(takesSingular(language, count)).toBe(singular);
  });

  it("gives the CLI's warning counts", () => {
    expect([0, 1, 2].map((count) => warningCount("fr", count))).toEqual([
      "0 avertissement",
      "1 avertissement",
      "2 avertissements",
    ]);
    expect([0, 1, 2].map((count) => warningCount("en", count))).toEqual([
      "0 warnings",
      "1 warning",
      "2 warnings",
    ]);
    expect(warningCount("es", 0)).toBe("0 advertencias");
  });
});
