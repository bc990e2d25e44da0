// Rules every indicator of the long list obeys (docs/method.md §4): coverage of the goals, end and
// worst on the right sides of each other, honest bases, and clear marking of local indicators.
import { catalogue, indicatorsInList } from "../../src/engine/catalogue";

const PRODUCT_DEFAULT = "product default — review locally";
const BASIS_KINDS = [
  "2030 Agenda",
  "international standard",
  "natural maximum",
  "peer benchmark",
  PRODUCT_DEFAULT,
];
const long = indicatorsInList("long");

describe("the long list", () => {
  it("has at least 80 indicators", () => {
    expect(long.length).toBeGreaterThanOrEqual(80);
  });

  it.each(Array.from({ length: 17 }, (_, i) => i + 1))(
    "covers goal %i with at least two indicators",
    (goal) => {
      expect(long.filter((i) => i.goal === goal).length).toBeGreaterThanOrEqual(2);
    },
  );

  it("has unique ids, also when case is ignored", () => {
    const ids = long.map((i) => i.id.toLowerCase());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("lists indicators by goal, the order of every SDG report", () => {
    const goals = long.map((i) => i.goal);
    expect(goals).toEqual([...goals].sort((a, b) => a - b));
  });

  it("ties each indicator to a target of its own goal and a known objective", () => {
    const objectives = new Set(catalogue.objectives.map((o) => o.id));
    for (const indicator of long) {
      expect(indicator.target.split(".")[0]).toBe(String(indicator.goal));
      expect(objectives.has(indicator.objective)).toBe(true);
      expect(indicator.name.length).toBeGreaterThan(5);
      expect(indicator.unit.length).toBeGreaterThan(0);
    }
  });
});

describe("end and worst values", () => {
  it.each(long.map((i) => [i.id, i] as const))(
    "%s: the end value is on the better side of the worst value",
    (_id, indicator) => {
      const { end, worst, polarity } = indicator;
      if (end.kind === "relative-to-baseline") {
        // A reduction of the baseline: only meaningful when lower is better.
        expect(polarity).toBe("lower");
        expect(end.factor).toBeGreaterThan(0);
        expect(end.factor).toBeLessThan(1);
      } else if (polarity === "higher") {
        expect(end.value).toBeGreaterThan(worst);
      } else {
        expect(end.value).toBeLessThan(worst);
      }
    },
  );

  it("uses relative end values only where the target halves or cuts by a proportion", () => {
    const relative = long.filter((i) => i.end.kind === "relative-to-baseline");
    expect(relative.map((i) => i.id).sort()).toEqual([
      "1.2.1",
      "1.2.2",
      "12.3.1",
      "3.4.1",
      "3.6.1",
    ]);
    for (const indicator of relative) {
      expect(indicator.endBasis.kind).toBe("2030 Agenda");
      expect(indicator.endBasis.source).toMatch(/half|halve|one third/);
    }
  });

  it.each([
    ["1.2.2", 0.5],
    ["3.6.1", 0.5],
    ["12.3.1", 0.5],
    ["3.4.1", 2 / 3], // "reduce by one third" leaves two thirds of the baseline
  ])("%s ends at %p × baseline", (id, factor) => {
    const end = long.find((i) => i.id === id)?.end;
    expect(end?.kind).toBe("relative-to-baseline");
    expect(end?.kind === "relative-to-baseline" ? end.factor : Number.NaN).toBeCloseTo(factor, 12);
  });

  it.each([
    ["3.1.1", 70, "less than 70 per 100,000"],
    ["3.2.1", 25, "25 per 1,000"],
    ["3.2.2", 12, "12 per 1,000"],
    ["14.5.1", 10, "at least 10 per cent"],
    ["8.7.1", 0, "end child labour"],
    ["16.9.1", 100, "legal identity for all"],
  ])("%s ends at %p, the number target text states (%s)", (id, value, words) => {
    const indicator = long.find((i) => i.id === id);
    expect(indicator?.end).toEqual({ kind: "absolute", value });
    expect(indicator?.endBasis.kind).toBe("2030 Agenda");
    expect(indicator?.endBasis.source).toContain(words);
  });

  it("keeps shares between 0 and 100", () => {
    for (const indicator of long.filter((i) => i.unit === "%")) {
      const end = indicator.end.kind === "absolute" ? indicator.end.value : 0;
      expect([end, indicator.worst].every((v) => v >= 0 && v <= 100)).toBe(true);
    }
  });
});

describe("bases", () => {
  it.each(long.map((i) => [i.id, i] as const))(
    "%s: both bases have a known kind; all but product defaults name a source",
    (_id, indicator) => {
      for (const basis of [indicator.endBasis, indicator.worstBasis]) {
        expect(BASIS_KINDS).toContain(basis.kind);
        if (basis.kind !== PRODUCT_DEFAULT) expect(basis.source?.length).toBeGreaterThan(3);
      }
    },
  );

  it("records every worst value as a product default: worst values are local judgement (docs/method.md §4)", () => {
    expect(long.filter((i) => i.worstBasis.kind !== PRODUCT_DEFAULT).map((i) => i.id)).toEqual([]);
  });

  it("names the international standard behind each such end value", () => {
    const standards = long.filter((i) => i.endBasis.kind === "international standard");
    expect(standards.map((i) => i.id).sort()).toEqual([
      "11.3.1",
      "11.6.2",
      "11.7.1",
      "11.b.2",
      "3.c.1",
      "6.4.2",
    ]);
    for (const indicator of standards)
      expect(indicator.endBasis.source).toMatch(/WHO|UN-Habitat|Sendai|FAO/);
  });
});

describe("origin", () => {
  it("marks partnership indicators C2C-… and only those", () => {
    for (const indicator of long)
      expect(indicator.origin === "partnership").toBe(indicator.id.startsWith("C2C-"));
  });

  it("marks localised indicators <target>.L and only those", () => {
    for (const indicator of long)
      expect(indicator.origin === "localised").toBe(indicator.id.endsWith(".L"));
  });

  it("gives UN global indicators a UN code goal.target.number", () => {
    for (const indicator of long.filter((i) => i.origin === "UN global")) {
      expect(indicator.id).toMatch(/^\d{1,2}\.[0-9a-z]{1,2}\.\d{1,2}$/);
      expect(indicator.id.startsWith(`${indicator.target}.`)).toBe(true);
    }
  });

  it("holds more UN global indicators than local ones", () => {
    const global = long.filter((i) => i.origin === "UN global").length;
    expect(global).toBeGreaterThan(long.length / 2);
  });
});
