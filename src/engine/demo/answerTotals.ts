// Calibration of the pilot sample. When every respondent gives a numeric answer to every item of a
// principle, the principle score is exactly (sum of all answers) / (respondents × items): the mean
// of item means with equal counts. So a partnership's principle score is set by one whole number,
// the total of its answers, and the programme average by the totals of all partnerships. These
// helpers choose the totals and then spread each total over the answer grid.

import type { RandomSource } from "./seededRandom";

export interface TotalSlot {
  /** Answers behind the score: respondents × items. */
  readonly answers: number;
  /** The score this partnership should have, before calibration. */
  readonly target: number;
}

/**
 * One total per slot, each within [answers, 5 × answers], whose scores (total / answers) have a
 * mean as close to `average` as whole totals allow. Each total starts at its rounded target; then
 * single steps of ±1 move the mean towards the average: the largest step that does not overshoot,
 * or, when every step overshoots, the one that lands closest, as long as it lands closer than
 * before. When it stops, the error is at most half the step of any slot that can still move
 * towards the average: 1 / (2 · slots · answers).
 */
export function calibratedTotals(slots: readonly TotalSlot[], average: number): number[] {
  const totals = slots.map((slot) => clampTotal(Math.round(slot.target * slot.answers), slot.answers));
  const meanScore = (): number => totals.reduce((sum, total, i) => sum + total / (slots[i]?.answers ?? 1), 0) / slots.length;
  for (;;) {
    const error = meanScore() - average;
    const direction = error > 0 ? -1 : 1;
    const moves = slots.flatMap((slot, index) => {
      const total = (totals[index] ?? 0) + direction;
      return total === clampTotal(total, slot.answers) ? [{ index, step: 1 / slot.answers / slots.length }] : [];
    });
    const short = moves.filter((move) => move.step <= Math.abs(error)).sort((a, b) => b.step - a.step)[0];
    const over = moves.map((move) => ({ ...move, after: move.step - Math.abs(error) })).sort((a, b) => a.after - b.after)[0];
    const move = short ?? (over !== undefined && over.after < Math.abs(error) ? over : undefined);
    if (move === undefined || error === 0) return totals;
    totals[move.index] = (totals[move.index] ?? 0) + direction;
  }
}

function clampTotal(total: number, answers: number): number {
  return Math.min(5 * answers, Math.max(answers, total));
}

/**
 * `count` answers from 1 to 5 summing to `total`: each starts near the mean with some noise (so
 * items and respondents differ), then single answers move up or down until the sum is right.
 */
export function answersWithTotal(count: number, total: number, random: RandomSource): number[] {
  if (total < count || total > 5 * count) throw new RangeError(`${count} answers from 1 to 5 cannot sum to ${total}`);
  const level = total / count;
  const answers = Array.from({ length: count }, () => Math.round(Math.min(5, Math.max(1, level + random.noise(1.6)))));
  let difference = total - answers.reduce((sum, answer) => sum + answer, 0);
  while (difference !== 0) {
    const index = random.integer(0, count - 1);
    const answer = answers[index] ?? 1;
    const moved = answer + Math.sign(difference);
    if (moved < 1 || moved > 5) continue;
    answers[index] = moved;
    difference -= Math.sign(difference);
  }
  return answers;
}
