// Bench (issue 2): score N (value, worst, end) triples with the engine and aggregate them into goal
// indices per unit, against a bare Float64Array loop doing the same arithmetic in the same run.
// Prints nanoseconds per value, the ratio engine / bare loop, and heap growth per value at two sizes
// so that "memory linear in the input" can be read off (bytes per value should stay flat).

import { groupMeans, scoreColumn } from "../src/engine/columns";
import { goalIndex, indicatorScore } from "../src/engine/scoring";
import { makeTriples, measure, type BenchLine, type Triples } from "./harness";

const GOALS = 17;

function engineGoalIndices(data: Triples, units: number): Float64Array {
  const perUnitGoal: (number | null)[][] = Array.from({ length: units * GOALS }, () => []);
  for (let i = 0; i < data.values.length; i++) {
    const score = indicatorScore(data.values[i]!, data.worst[i]!, data.end[i]!);
    perUnitGoal[data.group[i]!]!.push(score.ok ? score.value : null);
  }
  const indices = new Float64Array(units * GOALS);
  perUnitGoal.forEach((scores, k) => {
    const index = goalIndex(scores);
    indices[k] = index.ok ? index.value.index : NaN;
  });
  return indices;
}

// The columnar path the runner and the custom functions use for large inputs.
function columnGoalIndices(data: Triples, units: number, scores: Float64Array): Float64Array {
  scoreColumn(data.values, data.worst, data.end, scores);
  return groupMeans(scores, data.group, units * GOALS).mean;
}

// Both paths write each row's score into the same preallocated column (the product keeps per-row
// scores: the Score column), so they do the same memory traffic; a fresh 8 MB array per run would
// time the operating system's page faults, not the arithmetic.
function bareGoalIndices(data: Triples, units: number, scores: Float64Array): Float64Array {
  const sums = new Float64Array(units * GOALS);
  const counts = new Float64Array(units * GOALS);
  const { values, worst, end, group } = data;
  for (let i = 0; i < values.length; i++) {
    const share = (values[i]! - worst[i]!) / (end[i]! - worst[i]!);
    const score = 100 * Math.min(1, Math.max(0, share));
    scores[i] = score;
    const k = group[i]!;
    sums[k]! += score;
    counts[k]! += 1;
  }
  for (let k = 0; k < sums.length; k++) sums[k] = sums[k]! / counts[k]!;
  return sums;
}

export function benchEngineScoring(): BenchLine[] {
  const lines: BenchLine[] = [];
  // Warm-up on small data so that every path is compiled by the optimising JIT before it is timed.
  const warmUp = makeTriples(50_000, 50, GOALS, 7);
  for (let r = 0; r < 20; r++) {
    bareGoalIndices(warmUp, 50, new Float64Array(warmUp.values.length));
    columnGoalIndices(warmUp, 50, new Float64Array(warmUp.values.length));
    engineGoalIndices(warmUp, 50);
  }
  for (const [count, units] of [
    [1_000_000, 1_000],
    [250_000, 250],
  ] as const) {
    const data = makeTriples(count, units, GOALS, 20260101);
    const scores = new Float64Array(count);
    const bare = measure(() => bareGoalIndices(data, units, scores));
    const columnar = measure(() => columnGoalIndices(data, units, scores));
    const scalar = measure(() => engineGoalIndices(data, units));
    // The paths must agree, or the comparison means nothing.
    assertSame(bare.result, scalar.result, "scalar engine");
    assertSame(bare.result, columnar.result, "columnar engine");
    const size = `${count.toLocaleString("en")} values × ${units} units`;
    for (const [path, run, target] of [
      ["columnar", columnar, 3],
      ["scalar (one Result per value)", scalar, Infinity],
    ] as const) {
      lines.push({
        name: `engine ${path} score + goal index, ${size}`,
        nsPerValue: (run.ms * 1e6) / count,
        baselineNsPerValue: (bare.ms * 1e6) / count,
        ratio: run.ms / bare.ms,
        target,
        bytesPerValue: run.heapGrowth / count,
      });
    }
  }
  return lines;
}

function assertSame(expected: Float64Array, actual: Float64Array, what: string): void {
  let worstGap = 0;
  for (let k = 0; k < expected.length; k++)
    worstGap = Math.max(worstGap, Math.abs(expected[k]! - actual[k]!));
  if (!(worstGap <= 1e-9)) throw new Error(`${what} and the bare loop disagree by ${worstGap}`);
}
