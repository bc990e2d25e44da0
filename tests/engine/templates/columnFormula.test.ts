// columnFormula prints a column's formula once per shape and fills in each row's references: its
// text must be exactly what printing the row's own expression gives, in both dialects.
import { call, ref, text } from "../../../src/engine/formula/expr";
import { scoreFormula } from "../../../src/engine/formula/indicatorFormulas";
import { planFormula } from "../../../src/engine/formula/print";
import { columnFormula } from "../../../src/engine/templates/columnFormula";

const slots = ["value", "worst", "end"] as const;

describe("columnFormula", () => {
  it.each([
    ["Indicators", { value: false, worst: false, end: false }],
    ["Indicators", { value: true, worst: false, end: true }],
    ["Partner data", { value: true, worst: true, end: true }],
    ["It's data", { value: false, worst: true, end: false }],
  ])("prints the Score formula on %s as its own expression does (%o)", (sheet, percent) => {
    const printer = columnFormula(slots, (cells) =>
      scoreFormula(cells.value, cells.worst, cells.end, percent),
    );
    for (const [value, worst, end] of [
      ["F2", "G2", "H2"],
      ["F9300", "F17", "H9300"],
      ["AB1048576", "A1", "XFD7"],
    ] as const) {
      const expected = planFormula(
        scoreFormula(ref(sheet, value), ref(sheet, worst), ref(sheet, end), percent),
      );
      expect(
        printer({
          value: { sheet, address: value },
          worst: { sheet, address: worst },
          end: { sheet, address: end },
        }),
      ).toEqual(expected);
    }
  });

  it("puts each slot's reference where the slot is, however often and in whatever order", () => {
    const printer = columnFormula(["a", "b"] as const, (cells) =>
      call("IF", cells.b, cells.a, call("SUM", cells.b, text("a"), cells.a, cells.b)),
    );
    expect(
      printer({ a: { sheet: "S", address: "A2" }, b: { sheet: "T u", address: "B3" } }),
    ).toEqual({
      live: "=IF('T u'!$B$3,S!$A$2,SUM('T u'!$B$3,\"a\",S!$A$2,'T u'!$B$3))",
      portable: "=IF('T u'!$B$3,S!$A$2,SUM('T u'!$B$3,\"a\",S!$A$2,'T u'!$B$3))",
    });
  });
});
