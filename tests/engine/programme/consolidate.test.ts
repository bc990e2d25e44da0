import { catalogue, type PrincipleId } from "../../../src/engine/catalogue";
import { pilotProgramme } from "../../../src/engine/demo";
import { consolidate, type PartnershipSummary } from "../../../src/engine/programme";
import { EMPTY_DISTRIBUTION } from "../../../src/engine/programme/distribution";
import { itemScore, principleScore } from "../../../src/engine/scoring";
import { summary } from "./programmeFixtures";

const averageOf = (summaries: readonly PartnershipSummary[], principle: PrincipleId) => {
  const result = consolidate(summaries, { force: false });
  return result.programme?.principles.find((entry) => entry.principle === principle);
};

describe("consolidate: principle averages over the partnerships that have a score", () => {
  it("leaves a partnership without a score out of the average instead of counting it as 0", () => {
    const summaries = [
      summary("a.xlsx", { scores: { TA: 3 } }),
      summary("b.xlsx"),
      summary("c.xlsx", { scores: { TA: 4 } }),
    ];
    const ta = averageOf(summaries, "TA");
    expect(ta?.average).toBeCloseTo(3.5, 12);
    expect(ta?.partnershipsWithScore).toBe(2);
    expect(ta?.averageOutOf100).toBeCloseTo(62.5, 12);
    expect(ta?.band).toBe("Established");
  });

  it("gives no average, band or 0–100 value to a principle no partnership has a score for", () => {
    const mlg = averageOf([summary("a.xlsx", { scores: { TA: 3 } })], "MLG");
    expect(mlg).toEqual({
      principle: "MLG",
      name: "Multi-level governance",
      average: null,
      averageOutOf100: null,
      band: null,
      partnershipsWithScore: 0,
      distribution: EMPTY_DISTRIBUTION,
      bandShares: { Advanced: 0, Established: 0, Developing: 0, Weak: 0 },
    });
  });

  it("lists the ten principles in the catalogue's order and keeps the partnerships in the order given", () => {
    const summaries = [summary("b.xlsx"), summary("a.xlsx")];
    const programme = consolidate(summaries, { force: false }).programme;
    expect(programme?.principles.map((entry) => entry.principle)).toEqual(
      catalogue.principles.map((principle) => principle.id),
    );
    expect(programme?.partnerships.map((entry) => entry.source)).toEqual(["b.xlsx", "a.xlsx"]);
  });

  it("averages the alignment scores that exist and bands them on the 1–5 scale", () => {
    const programme = consolidate(
      [summary("a", { alignment: 2.5 }), summary("b", { alignment: 1.9 }), summary("c")],
      { force: false },
    ).programme;
    expect(programme?.alignment.average).toBeCloseTo(2.2, 12);
    expect(programme?.alignment.averageOutOf100).toBeCloseTo(30, 12);
    expect(programme?.alignment.band).toBe("Developing");
    expect(programme?.alignment.partnershipsWithScore).toBe(2);
  });

  it("bands with the band limits every partnership agrees on", () => {
    const limits = { developing: 1.5, established: 2.5, advanced: 3.4 };
    const settings = { ...summary("x").settings, principleBandLimits: limits };
    const first = summary("a", { scores: { TA: 3.5 }, settings });
    const second = summary("b", { scores: { TA: 3.4 }, settings });
    expect(averageOf([first, second], "TA")?.band).toBe("Advanced");
  });

  it("says so, and builds no programme, when given no partnership", () => {
    const result = consolidate([], { force: true });
    expect(result.programme).toBeNull();
    expect(result.problems).toMatchObject([
      { address: "programme", message: "no partnership to consolidate", severity: "error" },
    ]);
  });
});

describe("consolidate: the 27 pilot partnerships reproduce the pilot's averages", () => {
  // Principle scores from the answers, with the engine's item and principle functions.
  const summaries = pilotProgramme().map((assessment, index) => {
    const scores = Object.fromEntries(
      catalogue.principles.map((principle) => {
        const items = assessment.checklist
          .filter((row) => row.principle === principle.id)
          .map((row) => {
            const score = itemScore(row.answers);
            return score.ok ? score.value : null;
          });
        const result = principleScore(items);
        return [principle.id, result.ok ? result.value.score : null];
      }),
    );
    return summary(`partnership-${index + 1}.xlsx`, { scores });
  });

  it.each([
    ["P2P", "3.70"],
    ["TA", "3.44"],
    ["STK", "3.12"],
  ] as const)("%s averages %s", (principle, published) => {
    expect(averageOf(summaries, principle)?.average?.toFixed(2)).toBe(published);
  });

  it("puts every other principle below 3 and financing lowest", () => {
    const averages = consolidate(summaries, { force: false }).programme?.principles ?? [];
    const others = averages.filter((entry) => !["P2P", "TA", "STK"].includes(entry.principle));
    expect(others.every((entry) => (entry.average ?? Infinity) < 3)).toBe(true);
    const lowest = [...averages].sort(
      (a, b) => (a.average ?? Infinity) - (b.average ?? Infinity),
    )[0];
    expect(lowest?.principle).toBe("FIN");
    expect(averages.find((entry) => entry.principle === "DIG")?.partnershipsWithScore).toBe(25);
  });
});

describe("consolidate: partnerships scored differently are refused unless forced", () => {
  it.each([
    {
      field: "indicator list",
      summaries: [summary("a.xlsx"), summary("b.xlsx", { list: "long" }), summary("c.xlsx")],
      message:
        "the workbooks differ in indicator list: simplified in a.xlsx, c.xlsx; long in b.xlsx",
      address: "b.xlsx",
    },
    {
      field: "worst-value mode",
      summaries: [
        summary("a.xlsx", { worstValueMode: "peer" }),
        summary("b.xlsx"),
        summary("c.xlsx", { worstValueMode: "baseline" }),
      ],
      message:
        "the workbooks differ in worst-value mode: peer in a.xlsx; fixed in b.xlsx; baseline in c.xlsx",
      address: "b.xlsx, c.xlsx",
    },
    {
      field: "catalogue version",
      summaries: [
        summary("a.xlsx", { catalogueVersion: "2025.3" }),
        summary("b.xlsx", { catalogueVersion: null }),
      ],
      message: "the workbooks differ in catalogue version: 2025.3 in a.xlsx; not stamped in b.xlsx",
      address: "b.xlsx",
    },
  ])("$field: names the files on each side", ({ summaries, message, address }) => {
    const refused = consolidate(summaries, { force: false });
    expect(refused.programme).toBeNull();
    expect(refused.problems).toMatchObject([
      {
        address,
        message: `${message}; their averages would not compare (use --force to consolidate anyway)`,
        severity: "error",
      },
    ]);

    const forced = consolidate(summaries, { force: true });
    expect(forced.programme?.partnerships).toHaveLength(summaries.length);
    expect(forced.problems).toMatchObject([
      {
        address,
        message: `${message}; consolidated anyway (--force), so the averages mix them`,
        severity: "warning",
      },
    ]);
  });

  it("reports each differing field once", () => {
    const result = consolidate(
      [
        summary("a.xlsx"),
        summary("b.xlsx", { list: "long", worstValueMode: "peer", catalogueVersion: "1999.1" }),
      ],
      { force: false },
    );
    expect(result.problems.map((problem) => problem.message.split(":")[0])).toEqual([
      "the workbooks differ in indicator list",
      "the workbooks differ in worst-value mode",
      "the workbooks differ in catalogue version",
    ]);
  });

  it("takes the first partnership's list, mode and version for a forced programme", () => {
    const programme = consolidate([summary("a.xlsx", { list: "long" }), summary("b.xlsx")], {
      force: true,
    }).programme;
    expect([programme?.list, programme?.worstValueMode]).toEqual(["long", "fixed"]);
  });
});
