import { parseRange, type RangeBounds } from "../../../src/engine/plan/address";
import { PlanConflictError, PlanError } from "../../../src/engine/plan/planError";
import { phrase } from "../../../src/engine/language/problemTexts";
import {
  formulaAfterGrowth,
  insertedColumnsRange,
  newlyCoveredPositions,
  rangeAfterGrowth,
  refuseBlockedShift,
  refuseCoveredCells,
  refuseMovedCells,
  resolveTableEdits,
  type TableShape,
} from "../../../src/engine/plan/tableGrowth";
import { validatePlan } from "../../../src/engine/plan/validatePlan";

const bounds = (range: string): RangeBounds => {
  const parsed = parseRange(range);
  if (parsed === undefined) throw new Error(range);
  return parsed;
};

// Checklist table B3:F6: Item · Ana · Youssef · Item score · Evidence, three data rows.
const checklist: TableShape = {
  name: "C2C_Checklist",
  sheet: "Checklist",
  bounds: bounds("B3:F6"),
  headers: ["Item", "Ana", "Youssef", "Item score", "Evidence"],
  hasHeaderRow: true,
  hasTotalsRow: false,
};
const find = (name: string): TableShape | undefined =>
  name.toLowerCase() === "c2c_checklist" ? checklist : undefined;

describe("resolveTableEdits", () => {
  it("places new columns before the named one, pads their values, and appends rows over the grown width", () => {
    const [growth] = resolveTableEdits(
      [
        {
          table: "c2c_checklist",
          insertColumns: {
            before: "ITEM SCORE",
            columns: [{ header: "Li", values: [1, 2] }, { header: "Zoe" }],
          },
          appendRows: [{ item: "9.9", zoe: "?" }],
        },
      ],
      find,
    );
    expect(growth).toEqual({
      table: "C2C_Checklist",
      sheet: "Checklist",
      before: bounds("B3:F6"),
      after: bounds("B3:H7"),
      insertAt: 5,
      styleSource: 4,
      inserted: [
        { header: "Li", values: [1, 2, null] },
        { header: "Zoe", values: [null, null, null] },
      ],
      appended: [["9.9", null, null, null, "?", null, null]],
      headers: ["Item", "Ana", "Youssef", "Li", "Zoe", "Item score", "Evidence"],
      newlyCovered: [bounds("B7:H7")],
    });
    expect(newlyCoveredPositions(growth!)).toHaveLength(7);
  });

  it("inserts at the end without `before`, and copies no style before the first column", () => {
    const [atEnd] = resolveTableEdits(
      [{ table: "C2C_Checklist", insertColumns: { columns: [{ header: "Notes" }] } }],
      find,
    );
    expect([atEnd?.insertAt, atEnd?.styleSource, atEnd?.headers.at(-1)]).toEqual([7, 6, "Notes"]);
    const [first] = resolveTableEdits(
      [{ table: "C2C_Checklist", insertColumns: { before: "Item", columns: [{ header: "No." }] } }],
      find,
    );
    expect([first?.insertAt, first?.styleSource]).toEqual([2, undefined]);
  });

  it("lists every problem: unknown table, column, repeated header, too many values, totals row", () => {
    const withTotals = (name: string): TableShape | undefined =>
      name === "T" ? { ...checklist, name: "T", hasTotalsRow: true } : find(name);
    expect(() =>
      resolveTableEdits(
        [
          { table: "Nope", appendRows: [{ a: 1 }] },
          {
            table: "C2C_Checklist",
            insertColumns: { before: "Score", columns: [{ header: "ana", values: [1, 2, 3, 4] }] },
            appendRows: [{ Li: 1 }],
          },
          { table: "T", appendRows: [{ Item: "x" }] },
        ],
        withTotals,
      ),
    ).toThrow(
      new PlanError([
        'table edit of "Nope": the workbook has no such table',
        'table edit of "C2C_Checklist": no column "Score" to insert before (the table has "Item", "Ana", "Youssef", "Item score", "Evidence")',
        'table edit of "C2C_Checklist": the table already has a column "ana"',
        'table edit of "C2C_Checklist": 4 values for the new column "ana", but the table has 3 data rows',
        'table edit of "C2C_Checklist": appended row 1: no column "Li"',
        'table edit of "T": the table has a totals row; rows cannot be added below it',
      ]),
    );
  });
});

describe("refuseCoveredCells", () => {
  it("names the occupied cells, eight at most", () => {
    const growths = resolveTableEdits(
      [{ table: "C2C_Checklist", appendRows: Array.from({ length: 3 }, () => ({ Item: "x" })) }],
      find,
    );
    const error = (() => {
      try {
        refuseCoveredCells(growths, (growth) => newlyCoveredPositions(growth));
      } catch (caught: unknown) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(PlanConflictError);
    expect((error as PlanConflictError).cells).toHaveLength(15);
    expect((error as PlanConflictError).message).toBe(
      'Growing the table "C2C_Checklist" to B3:F9 would cover cells that hold data: Checklist!B7, Checklist!C7, Checklist!D7, Checklist!E7, Checklist!F7, Checklist!B8, Checklist!C8, Checklist!D8 and 7 more. Move them away from the table and try again.',
    );
    expect(() => {
      refuseCoveredCells(growths, () => []);
    }).not.toThrow();
  });
});

describe("refuseMovedCells", () => {
  it("names the cells appending would push down, with the reason the host gives", () => {
    const growths = resolveTableEdits(
      [{ table: "C2C_Checklist", appendRows: [{ Item: "x" }] }],
      find,
    );
    const moved = [
      { row: 12, column: 3 },
      { row: 40, column: 6 },
    ];
    expect(() => {
      refuseMovedCells(growths, () => moved, phrase("conflict.insertingExcel"));
    }).toThrow(
      new Error(
        'Adding rows to the table "C2C_Checklist" would push the cells below it down, out of line with the rest of their rows: Checklist!C12, Checklist!F40. This version of Excel inserts new table rows, shifting what lies below, instead of adding them below the table (Excel JavaScript API 1.15 and later do; updating Office avoids this). Move those cells away from below the table and try again.',
      ),
    );
    expect(() => {
      refuseMovedCells(growths, () => [], phrase("conflict.insertingExcel"));
    }).not.toThrow();
  });
});

describe("ranges over a growing table", () => {
  const [growth] = resolveTableEdits(
    [
      {
        table: "C2C_Checklist",
        insertColumns: { before: "Item score", columns: [{ header: "Li" }, { header: "Zoe" }] },
        appendRows: [{ Item: "x" }],
      },
    ],
    find,
  );
  if (growth === undefined) throw new Error("no growth");

  it.each([
    ["C4:D6", "C4:D7", "E4:F7"], // the answer dropdown: grows down, and the new columns copy it
    ["E4:E6", "G4:G7", undefined], // Item score: moves right, grows down
    ["D4:E6", "D4:G7", undefined], // spans the insertion column: widens
    ["C2:D9", "C2:D9", "E4:F7"], // reaches outside the table's rows: stays; the copy keeps to the table
    ["J1:J3", "J1:J3", undefined], // beside the table, above its rows: stays
    ["J4:K5", "L4:M5", undefined], // beside the table in its rows: moves right with them
    ["E3:E6", "G3:G6", undefined], // header row included: moves, does not grow down
  ])("%s becomes %s", (range, grown, copied) => {
    const after = rangeAfterGrowth(bounds(range), growth);
    expect(after).toEqual(bounds(grown));
    const copy = insertedColumnsRange(after, growth);
    expect(copy).toEqual(copied === undefined ? undefined : bounds(copied));
  });
});

describe("validatePlan on table edits", () => {
  it("reports what needs no workbook to see", () => {
    expect(
      validatePlan({
        styles: {},
        sheets: [],
        names: [],
        tableEdits: [
          { table: "Bad name", insertColumns: { columns: [] } },
          {
            table: "C2C_Checklist",
            insertColumns: {
              columns: [
                { header: "Li", values: [Number.NaN] },
                { header: " li " },
                { header: " " },
              ],
            },
            appendRows: [{ A: 1, a: 2 }],
          },
          { table: "c2c_checklist" },
        ],
      }),
    ).toEqual([
      'table edit of "Bad name": the name "Bad name" must start with a letter or "_" and hold only letters, digits, "_" and "."',
      'table edit of "Bad name": no columns to insert',
      'table edit of "Bad name": inserts no column and appends no row',
      'table edit of "C2C_Checklist", new column "Li", value 1: NaN is not a finite number',
      'table edit of "C2C_Checklist": the new column " li " appears twice',
      'table edit of "C2C_Checklist": a new column has no header',
      'table edit of "C2C_Checklist", appended row 1: the column "a" is given twice',
      'table edit of "c2c_checklist": the table is edited twice; put both changes in one edit',
      'table edit of "c2c_checklist": inserts no column and appends no row',
    ]);
  });
});

describe("refuseBlockedShift", () => {
  const [growth] = resolveTableEdits(
    [{ table: "C2C_Checklist", insertColumns: { columns: [{ header: "Li" }] } }],
    find,
  );
  if (growth === undefined) throw new Error("no growth");

  it("lets cells beside the table shift, but not another table or past the last column", () => {
    expect(() => {
      refuseBlockedShift(growth, 12, [{ name: "Above", bounds: bounds("H1:I2") }]);
    }).not.toThrow();
    expect(() => {
      refuseBlockedShift(growth, 12, [{ name: "Beside", bounds: bounds("H6:I9") }]);
    }).toThrow(/The table "Beside" stands beside "C2C_Checklist" in its rows/);
    expect(() => {
      refuseBlockedShift(growth, 16_384, []);
    }).toThrow(/past the sheet's last column/);
  });
});

describe("formulaAfterGrowth", () => {
  // Two columns inserted at E (column 5) of B3:F6.
  const [growth] = resolveTableEdits(
    [
      {
        table: "C2C_Checklist",
        insertColumns: { before: "Item score", columns: [{ header: "Li" }, { header: "Zoe" }] },
      },
    ],
    find,
  );
  if (growth === undefined) throw new Error("no growth");

  it.each([
    ['=$F4="contested"', '=$H4="contested"'], // a moved column, absolute
    ["=E4>=3", "=G4>=3"],
    ["=D4>=3", "=D4>=3"], // left of the insertion
    ["=AVERAGE($C$4:$E$6)", "=AVERAGE($C$4:$G$6)"], // spans it: widens
    ["=F9>0", "=F9>0"], // below the table's rows
    ['=F4="E4"', '=H4="E4"'], // text stays
    ["=Other!F4+LOG10(F4)", "=Other!F4+LOG10(H4)"], // another sheet, a function name
  ])("%s becomes %s", (formula, shifted) => {
    expect(formulaAfterGrowth(formula, growth)).toBe(shifted);
  });
});
