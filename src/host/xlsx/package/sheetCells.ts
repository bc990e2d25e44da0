// The cells read from one worksheet part, held packed: each cell's position as one number in a
// Float64Array (row × 2^15 + column), its value in an array beside it and its style index in a
// Uint32Array, rather than an object and a Map entry per cell. A sheet of 200,000 cells then costs
// three arrays, not 200,000 objects for the collector to trace. The readers write cells in document
// order (rows, then cells, ascending), so the keys arrive sorted and a cell is found by binary
// search; the lookups of a table read row by row, so the slot last found and the one after it are tried
// first. A cell written out of order (a file may list them so) sorts the store once, on the next
// read, the later of two writes to one cell kept, as a Map would.

import type { CellValue } from "../../../engine/sheetValues";

export interface StoredCell {
  readonly value: CellValue;
  /** Index into the workbook's cell formats (the s attribute; 0 when absent). */
  readonly styleIndex: number;
}

/** More than Excel's 16,384 columns, so row * span + column is one number per cell. */
const COLUMN_SPAN = 1 << 15;
const FIRST_CAPACITY = 64;

/** The cells of one sheet, found by position; blank cells may be absent. */
export class SheetCells {
  private keys = new Float64Array(FIRST_CAPACITY);
  private styles = new Uint32Array(FIRST_CAPACITY);
  private values: CellValue[] = [];
  private count = 0;
  private sorted = true;
  /** The slot the last lookup found, so it and the next cell along are tried first. */
  private lastFound = -1;

  get size(): number {
    this.settle();
    return this.count;
  }

  set(row: number, column: number, cell: StoredCell): void {
    this.store(row, column, cell.value, cell.styleIndex);
  }

  /** Stores a cell without a StoredCell object: the readers' path. */
  store(row: number, column: number, value: CellValue, styleIndex: number): void {
    const key = row * COLUMN_SPAN + column;
    const { count } = this;
    if (count === this.keys.length) this.grow();
    if (count > 0 && key <= (this.keys[count - 1] ?? 0)) this.sorted = false;
    this.keys[count] = key;
    this.styles[count] = styleIndex;
    this.values[count] = value;
    this.count = count + 1;
  }

  at(row: number, column: number): StoredCell | undefined {
    const slot = this.slotOf(row, column);
    if (slot < 0) return undefined;
    return { value: this.values[slot] ?? null, styleIndex: this.styles[slot] ?? 0 };
  }

  /** A cell's value; null when the cell is absent or blank. */
  valueAt(row: number, column: number): CellValue {
    const slot = this.slotOf(row, column);
    return slot < 0 ? null : (this.values[slot] ?? null);
  }

  /** A cell's style index; undefined when the cell is absent. */
  styleIndexAt(row: number, column: number): number | undefined {
    const slot = this.slotOf(row, column);
    return slot < 0 ? undefined : this.styles[slot];
  }

  /** Every stored cell with its position, by row and then column. */
  *entries(): IterableIterator<{ row: number; column: number; cell: StoredCell }> {
    this.settle();
    for (let slot = 0; slot < this.count; slot++) {
      const key = this.keys[slot] ?? 0;
      yield {
        row: Math.floor(key / COLUMN_SPAN),
        column: key % COLUMN_SPAN,
        cell: { value: this.values[slot] ?? null, styleIndex: this.styles[slot] ?? 0 },
      };
    }
  }

  private slotOf(row: number, column: number): number {
    this.settle();
    const key = row * COLUMN_SPAN + column;
    const { keys, lastFound } = this;
    // A table asks for a cell's value and then its style (the same slot), then the next cell.
    if (lastFound >= 0 && keys[lastFound] === key) return lastFound;
    const next = lastFound + 1;
    if (next < this.count && keys[next] === key) return (this.lastFound = next);
    let low = 0;
    let high = this.count - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const found = keys[middle] ?? 0;
      if (found === key) return (this.lastFound = middle);
      if (found < key) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    keys.set(this.keys);
    const styles = new Uint32Array(this.styles.length * 2);
    styles.set(this.styles);
    this.keys = keys;
    this.styles = styles;
  }

  /** Sorts the slots by position after an out-of-order write, keeping each cell's last write. */
  private settle(): void {
    if (this.sorted) return;
    const { count, keys, styles, values } = this;
    const order = Array.from({ length: count }, (_, slot) => slot).sort(
      (a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || a - b,
    );
    const sortedKeys = new Float64Array(Math.max(FIRST_CAPACITY, count));
    const sortedStyles = new Uint32Array(sortedKeys.length);
    const sortedValues: CellValue[] = [];
    let kept = 0;
    for (const [position, slot] of order.entries()) {
      const key = keys[slot] ?? 0;
      // Of several writes to one cell, the last in `order` is the latest: keep only it.
      if (position + 1 < count && keys[order[position + 1] ?? 0] === key) continue;
      sortedKeys[kept] = key;
      sortedStyles[kept] = styles[slot] ?? 0;
      sortedValues[kept] = values[slot] ?? null;
      kept++;
    }
    this.keys = sortedKeys;
    this.styles = sortedStyles;
    this.values = sortedValues;
    this.count = kept;
    this.sorted = true;
    this.lastFound = -1;
  }
}
