// The runner's exit codes, for pipelines (issue 4): 0 done (warnings only printed), 1 done but with
// warnings under --strict, 2 stopped — unreadable input, a workbook with neither a checklist nor an
// indicator table, a refusal (output exists, parts would be lost, partnerships differ) or a usage
// error. Nothing is written when the code is 2.

export const EXIT = {
  ok: 0,
  strictWarnings: 1,
  stopped: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** 1 under --strict when there were warnings, else 0. */
export function exitAfterWarnings(warnings: number, strict: boolean): ExitCode {
  return strict && warnings > 0 ? EXIT.strictWarnings : EXIT.ok;
}
