// The default simplified list, transcribed here by hand from the table in docs/method.md §4 and
// compared with the data, so a slip in either shows up.
import { indicatorsInList } from "../../src/engine/catalogue";
import type {
  IndicatorDefinition,
  ObjectiveId,
  Polarity,
  ValueBasis,
} from "../../src/engine/catalogue/types";

const PRODUCT_DEFAULT = "product default — review locally";

/** End as printed in the table: a number, or "0.5×" for 0.5 × baseline. */
type TableEnd = number | "0.5×";

/** id, target, unit, better, end, end basis kind, worst, objective */
type TableRow = readonly [
  string,
  string,
  string,
  Polarity,
  TableEnd,
  ValueBasis["kind"],
  number,
  ObjectiveId,
];

const AGENDA = "2030 Agenda";
const STANDARD = "international standard";
const MAXIMUM = "natural maximum";

const TABLE: readonly TableRow[] = [
  ["11.1.1", "11.1", "%", "lower", 0, AGENDA, 60, "INC"],
  ["11.2.1", "11.2", "%", "higher", 100, AGENDA, 0, "GRN"],
  ["11.3.1", "11.3", "ratio", "lower", 1, STANDARD, 3, "GRN"],
  ["11.3.2", "11.3", "score", "higher", 100, MAXIMUM, 0, "GOV"],
  ["11.5.1", "11.5", "per 100 000", "lower", 0, PRODUCT_DEFAULT, 1000, "GRN"],
  ["11.6.1", "11.6", "%", "higher", 100, MAXIMUM, 0, "GRN"],
  ["11.6.2", "11.6", "µg/m³", "lower", 5, STANDARD, 50, "GRN"],
  ["11.7.1", "11.7", "%", "higher", 45, STANDARD, 0, "INC"],
  ["11.b.2", "11.b", "score", "higher", 100, STANDARD, 0, "GRN"],
  ["1.2.1", "1.2", "%", "lower", "0.5×", AGENDA, 60, "INC"],
  ["5.5.1", "5.5", "%", "higher", 50, AGENDA, 0, "GOV"],
  ["6.1.1", "6.1", "%", "higher", 100, AGENDA, 0, "INC"],
  ["6.2.1", "6.2", "%", "higher", 100, AGENDA, 0, "INC"],
  ["7.1.1", "7.1", "%", "higher", 100, AGENDA, 0, "PRO"],
  ["8.5.2", "8.5", "%", "lower", 3, PRODUCT_DEFAULT, 30, "PRO"],
  ["8.6.1", "8.6", "%", "lower", 10, PRODUCT_DEFAULT, 50, "PRO"],
  ["16.6.2", "16.6", "%", "higher", 100, MAXIMUM, 0, "GOV"],
  ["16.7.2", "16.7", "%", "higher", 100, MAXIMUM, 0, "GOV"],
  ["17.1.L", "17.1", "%", "higher", 50, PRODUCT_DEFAULT, 0, "GOV"],
  ["17.8.1", "17.8", "%", "higher", 100, MAXIMUM, 0, "PRO"],
  ["C2C-FIN", "17.17", "%", "higher", 50, PRODUCT_DEFAULT, 0, "GOV"],
  ["C2C-DATA", "17.18", "%", "higher", 100, MAXIMUM, 0, "GOV"],
  ["C2C-P2P", "17.16", "count", "higher", 12, PRODUCT_DEFAULT, 0, "GOV"],
  ["C2C-CAP", "17.9", "%", "higher", 20, PRODUCT_DEFAULT, 0, "GOV"],
];

const simplified = indicatorsInList("simplified");

function byId(id: string): IndicatorDefinition {
  const indicator = simplified.find((i) => i.id === id);
  if (indicator === undefined) throw new Error(`${id} is not in the simplified list`);
  return indicator;
}

describe("the simplified list", () => {
  it("holds exactly the table's 24 ids", () => {
    expect(simplified.map((i) => i.id).sort()).toEqual(TABLE.map((row) => row[0]).sort());
  });

  it.each(TABLE)(
    "%s: target %s, unit %s, %s is better, end %p (%s), worst %p, objective %s",
    (id, target, unit, polarity, end, endKind, worst, objective) => {
      const indicator = byId(id);
      expect(indicator.target).toBe(target);
      expect(indicator.goal).toBe(Number(target.split(".")[0]));
      expect(indicator.unit).toBe(unit);
      expect(indicator.polarity).toBe(polarity);
      expect(indicator.end).toEqual(
        end === "0.5×"
          ? { kind: "relative-to-baseline", factor: 0.5 }
          : { kind: "absolute", value: end },
      );
      expect(indicator.endBasis.kind).toBe(endKind);
      expect(indicator.worst).toBe(worst);
      expect(indicator.objective).toBe(objective);
      expect(indicator.list).toBe("simplified");
    },
  );

  it("records every worst value as a product default (docs/method.md §4)", () => {
    expect(
      simplified.filter((i) => i.worstBasis.kind !== PRODUCT_DEFAULT).map((i) => i.id),
    ).toEqual([]);
  });

  it.each([
    ["11.6.2", "WHO"],
    ["11.6.2", "2021"],
    ["11.3.1", "UN-Habitat metadata"],
    ["11.7.1", "UN-Habitat guidance"],
    ["11.b.2", "Sendai Framework"],
    ["5.5.1", "parity"],
    ["6.1.1", "universal"],
    ["7.1.1", "universal"],
    ["6.2.1", "for all"],
    ["1.2.1", "half"],
    ["11.3.2", "scale maximum"],
    ["11.5.1", "significantly reduce"],
  ])("%s names its basis: %s", (id, words) => {
    expect(byId(id).endBasis.source).toContain(words);
  });

  it("marks the partnership indicators and the local revenue indicator by origin", () => {
    expect(
      simplified
        .filter((i) => i.origin === "partnership")
        .map((i) => i.id)
        .sort(),
    ).toEqual(["C2C-CAP", "C2C-DATA", "C2C-FIN", "C2C-P2P"]);
    expect(byId("17.1.L").origin).toBe("localised");
  });
});
