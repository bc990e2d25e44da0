// The packed cell store against a Map keyed by position, on random addresses written in random
// order (with repeats) and in document order: every lookup, every style and the listing agree.
import type { CellValue } from "../../../../src/engine/sheetValues";
import { SheetCells } from "../../../../src/host/xlsx/package/sheetCells";

/** A small linear congruential generator, so a failure replays. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

interface Written {
  row: number;
  column: number;
  value: CellValue;
  styleIndex: number;
}

function randomCells(seed: number, count: number, inOrder: boolean): Written[] {
  const random = generator(seed);
  const pick = (limit: number): number => 1 + Math.floor(random() * limit);
  const values: CellValue[] = ["text", 0, -1.5, true, false, null, "", 42];
  const cells = Array.from({ length: count }, () => ({
    // Rows up to Excel's last (1,048,576) and columns up to its last (16,384), with clusters.
    row: random() < 0.5 ? pick(40) : pick(1_048_576),
    column: random() < 0.5 ? pick(6) : pick(16_384),
    value: values[Math.floor(random() * values.length)] ?? null,
    styleIndex: Math.floor(random() * 5),
  }));
  return inOrder ? cells.sort((a, b) => a.row - b.row || a.column - b.column) : cells;
}

function compared(written: readonly Written[], seed: number): void {
  const store = new SheetCells();
  const reference = new Map<string, Written>();
  for (const cell of written) {
    store.store(cell.row, cell.column, cell.value, cell.styleIndex);
    reference.set(`${cell.row}:${cell.column}`, cell);
  }
  const random = generator(seed + 1);
  const probes = [
    ...written,
    ...Array.from({ length: 200 }, () => ({
      row: 1 + Math.floor(random() * 1_048_576),
      column: 1 + Math.floor(random() * 16_384),
    })),
  ];
  for (const { row, column } of probes) {
    const expected = reference.get(`${row}:${column}`);
    expect(store.valueAt(row, column)).toStrictEqual(expected?.value ?? null);
    expect(store.styleIndexAt(row, column)).toBe(expected?.styleIndex);
    expect(store.at(row, column)).toStrictEqual(
      expected === undefined
        ? undefined
        : { value: expected.value, styleIndex: expected.styleIndex },
    );
  }
  expect(store.size).toBe(reference.size);
  const listed = [...store.entries()].map(({ row, column, cell }) => ({ row, column, ...cell }));
  const expectedListing = [...reference.values()]
    .sort((a, b) => a.row - b.row || a.column - b.column)
    .map(({ row, column, value, styleIndex }) => ({ row, column, value, styleIndex }));
  expect(listed).toStrictEqual(expectedListing);
}

describe("SheetCells", () => {
  it.each([1, 2, 3, 4, 5])("agrees with a Map on cells written out of order (seed %i)", (seed) => {
    compared(randomCells(seed, 1_000, false), seed);
  });

  it.each([6, 7])("agrees with a Map on cells written in document order (seed %i)", (seed) => {
    compared(randomCells(seed, 1_000, true), seed);
  });

  it("keeps the later of two writes to one cell, also when more cells follow", () => {
    const store = new SheetCells();
    store.store(2, 3, "first", 1);
    store.store(1, 1, "before", 0);
    store.store(2, 3, "second", 4);
    expect(store.at(2, 3)).toStrictEqual({ value: "second", styleIndex: 4 });
    store.store(5, 1, "after", 0);
    store.store(2, 3, "third", 2);
    expect(store.at(2, 3)).toStrictEqual({ value: "third", styleIndex: 2 });
    expect(store.valueAt(5, 1)).toBe("after");
    expect(store.size).toBe(3);
  });

  it("finds nothing in an empty store", () => {
    const store = new SheetCells();
    expect(store.at(1, 1)).toBeUndefined();
    expect(store.valueAt(1, 1)).toBeNull();
    expect([...store.entries()]).toStrictEqual([]);
  });
});
