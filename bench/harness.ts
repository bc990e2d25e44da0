// Shared bench helpers: deterministic data, timing (best of several runs after a warm-up) and heap
// growth, and the printed table.

export interface Triples {
  readonly values: Float64Array;
  readonly worst: Float64Array;
  readonly end: Float64Array;
  readonly unit: Uint32Array;
  readonly goal: Uint8Array;
  /** unit × goals + goal: the (unit, goal) cell a row's score is aggregated into. */
  readonly group: Uint32Array;
}

export interface BenchLine {
  readonly name: string;
  readonly nsPerValue: number;
  readonly baselineNsPerValue: number;
  readonly ratio: number;
  readonly target: number;
  readonly bytesPerValue: number;
}

/** Mulberry32: a small seeded generator, so every run benches the same data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Half the indicators higher-is-better (worst 0, end 100), half lower-is-better (worst 50, end 5). */
export function makeTriples(count: number, units: number, goals: number, seed: number): Triples {
  const random = seededRandom(seed);
  const data: Triples = {
    values: new Float64Array(count),
    worst: new Float64Array(count),
    end: new Float64Array(count),
    unit: new Uint32Array(count),
    goal: new Uint8Array(count),
    group: new Uint32Array(count),
  };
  const perUnit = Math.ceil(count / units);
  for (let i = 0; i < count; i++) {
    const higherIsBetter = i % 2 === 0;
    data.worst[i] = higherIsBetter ? 0 : 50;
    data.end[i] = higherIsBetter ? 100 : 5;
    data.values[i] = random() * 110 - 5;
    data.unit[i] = Math.floor(i / perUnit);
    data.goal[i] = (i % perUnit) % goals;
    data.group[i] = data.unit[i]! * goals + data.goal[i]!;
  }
  return data;
}

export interface Measured<T> {
  readonly result: T;
  readonly ms: number;
  readonly heapGrowth: number;
}

export function measure<T>(run: () => T, repeats = 9): Measured<T> {
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  let result = run();
  const heapGrowth = Math.max(0, process.memoryUsage().heapUsed - heapBefore);
  let best = Infinity;
  for (let r = 0; r < repeats; r++) {
    const start = process.hrtime.bigint();
    result = run();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { result, ms: best, heapGrowth };
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

export function printLines(lines: readonly BenchLine[]): void {
  const rows = lines.map((line) => [
    line.name,
    line.nsPerValue.toFixed(1),
    line.baselineNsPerValue.toFixed(1),
    `${line.ratio.toFixed(2)}×`,
    Number.isFinite(line.target) ? `≤ ${line.target}×` : "(info)",
    !Number.isFinite(line.target) ? "" : line.ratio <= line.target ? "met" : "MISSED",
    line.bytesPerValue.toFixed(0),
  ]);
  const header = [
    "bench",
    "ns/value",
    "baseline ns/value",
    "ratio",
    "target",
    "",
    "heap bytes/value",
  ];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const format = (cells: readonly string[]) =>
    cells.map((cell, c) => cell.padEnd(widths[c]!)).join("  ");
  console.log(format(header));
  for (const row of rows) console.log(format(row));
  console.log(`peak RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
}
