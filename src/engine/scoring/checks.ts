// Checks shared by the scoring functions. Each returns the error to give back, or undefined when the
// input is fine, so a function reads as a list of its preconditions followed by its formula.

import { invalidInput, outOfRange, type Result } from "../result";

/** Formats a number for a message: at most 4 decimals, no trailing zeros (66.6667, 3, 0.5). */
export function formatNumber(value: number): string {
  return String(Number(value.toFixed(4)));
}

export function checkFinite(name: string, value: number): Result<never> | undefined {
  if (Number.isFinite(value)) return undefined;
  return invalidInput(`${name} is not a finite number (${String(value)})`);
}

export function checkWithin(
  name: string,
  value: number,
  low: number,
  high: number,
): Result<never> | undefined {
  const notFinite = checkFinite(name, value);
  if (notFinite) return notFinite;
  if (value >= low && value <= high) return undefined;
  return outOfRange(
    `${name} ${formatNumber(value)} is outside ${formatNumber(low)}–${formatNumber(high)}`,
  );
}

/** A 0–100 score (indicator score, goal index). */
export const checkHundredScore = (name: string, value: number): Result<never> | undefined =>
  checkWithin(name, value, 0, 100);

/** A score on the checklist's 1–5 scale (item or principle score). */
export const checkFivePointScore = (name: string, value: number): Result<never> | undefined =>
  checkWithin(name, value, 1, 5);

/** A share between 0 and 1 given as a setting (minimum answered share, coverage threshold). */
export function checkShare(name: string, value: number): Result<never> | undefined {
  const notFinite = checkFinite(name, value);
  if (notFinite) return notFinite;
  if (value >= 0 && value <= 1) return undefined;
  return invalidInput(`${name} ${formatNumber(value)} must be a share between 0 and 1`);
}
