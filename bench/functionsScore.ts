// Bench (issue 3): =C2C.SCORE over a 100,000-row range in one call, against calling the engine
// directly on the same arrays (indicatorScore per cell, building the same rows of results). The
// custom function adds argument reading, shape checks and the error boundary; target ≤ 1.5×.

import "../tests/functions/customFunctionsRuntime"; // Excel's CustomFunctions runtime, as under Jest
import { score } from "../src/functions/functions";
import { indicatorScore } from "../src/engine/scoring";
import { makeTriples, measure, type BenchLine } from "./harness";

const ROWS = 100_000;

type Column = number[][];

function engineDirect(values: Column, worst: Column, end: Column): number[][] {
  const out = new Array<number[]>(values.length);
  for (let row = 0; row < values.length; row++) {
    const scored = indicatorScore(values[row]![0]!, worst[row]![0]!, end[row]![0]!);
    out[row] = [scored.ok ? scored.value : NaN];
  }
  return out;
}

export function benchFunctionsScore(): BenchLine[] {
  const data = makeTriples(ROWS, 1, 1, 424242);
  const column = (from: Float64Array): Column => Array.from(from, (v) => [v]);
  const [values, worst, end] = [column(data.values), column(data.worst), column(data.end)];
  for (let r = 0; r < 5; r++) {
    engineDirect(values, worst, end);
    score(values, worst, end);
  }
  // Interleaved rounds, best of each, so that load from other processes hits both alike.
  let bestEngine = Infinity;
  let bestFunction = Infinity;
  let heapGrowth = 0;
  let lastEngine: number[][] = [];
  let lastFunction: unknown[][] = [];
  for (let round = 0; round < 15; round++) {
    const engine = measure(() => engineDirect(values, worst, end), 1);
    const custom = measure(() => score(values, worst, end), 1);
    bestEngine = Math.min(bestEngine, engine.ms);
    bestFunction = Math.min(bestFunction, custom.ms);
    heapGrowth = Math.max(heapGrowth, custom.heapGrowth);
    lastEngine = engine.result;
    lastFunction = custom.result;
  }
  for (let row = 0; row < ROWS; row++) {
    const expected = lastEngine[row]![0]!;
    const actual = lastFunction[row]![0];
    if (typeof actual !== "number" || Math.abs(actual - expected) > 1e-9) {
      throw new Error(
        `C2C.SCORE and the engine disagree at row ${row}: ${String(actual)} vs ${expected}`,
      );
    }
  }
  return [
    {
      name: `=C2C.SCORE over a ${ROWS.toLocaleString("en")}-row range vs the engine on the same arrays`,
      nsPerValue: (bestFunction * 1e6) / ROWS,
      baselineNsPerValue: (bestEngine * 1e6) / ROWS,
      ratio: bestFunction / bestEngine,
      target: 1.5,
      bytesPerValue: heapGrowth / ROWS,
    },
  ];
}
