// A small seeded random source for the sample data. The demo workbooks must come out the same on
// every machine and every run (tests compare their numbers, users compare their files), so nothing
// here touches Math.random. mulberry32: 32-bit state, good enough spread for sample data, and a few
// lines anyone can check.

export interface RandomSource {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number in [low, high], both included. */
  integer(low: number, high: number): number;
  /** True with the given probability. */
  chance(probability: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** A number around 0 from a triangular distribution on [-width, width]: sample noise without outliers. */
  noise(width: number): number;
}

export function seededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    integer: (low, high) => low + Math.floor(next() * (high - low + 1)),
    chance: (probability) => next() < probability,
    pick: <T>(items: readonly T[]): T => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new RangeError("cannot pick from an empty list");
      return item;
    },
    noise: (width) => (next() - next()) * width,
  };
}
