// Misuse is an exception: a host asked to apply a malformed plan throws this, listing
// every problem validatePlan found, before it changes anything in the workbook. A refusal (a
// conflict, protection) keeps its sentences as phrases of the problem catalogue, so the CLI and the
// pane say them in their language; its message is their English.

import { englishText, type Phrase } from "../language/problemTexts";

export class PlanError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`The workbook plan cannot be applied: ${problems.join("; ")}`);
    this.name = "PlanError";
    this.problems = problems;
  }
}

export type ConflictKind = "sheet" | "table" | "name";

/**
 * Applying the plan would overwrite something that belongs to the user: a sheet (unless the policy
 * allows a free name or it is an add-in-owned sheet being rebuilt), a table or a defined name, or
 * cells beside a table that a table edit would grow over.
 * Thrown before anything changes; callers that want a friendly message check listSheets first.
 */
export class PlanConflictError extends Error {
  readonly kind: ConflictKind;
  readonly conflictingName: string;
  /** Sheet-qualified cells in the way ("Checklist!H5"), when growing a table would cover them; else empty. */
  readonly cells: readonly string[];

  /** What is in the way, as a phrase of whole sentences (the message is its English). */
  readonly sentence: Phrase;

  constructor(
    kind: ConflictKind,
    conflictingName: string,
    sentence: Phrase,
    cells: readonly string[] = [],
  ) {
    super(englishText(sentence));
    this.name = "PlanConflictError";
    this.sentence = sentence;
    this.kind = kind;
    this.conflictingName = conflictingName;
    this.cells = cells;
  }
}

/** What a protection refusal names: one sheet, or the workbook's structure. */
export type ProtectedKind = "sheet" | "workbook";

/**
 * Applying the plan would change a protected sheet or a workbook whose structure is protected,
 * which Excel refuses partway through. Thrown before anything changes; the message is one sentence
 * a user can act on.
 */
export class PlanProtectedError extends Error {
  readonly kind: ProtectedKind;
  /** The protected sheet, for kind "sheet". */
  readonly sheet: string | undefined;

  /** The sentence as a phrase (the message is its English). */
  readonly sentence: Phrase;

  constructor(kind: ProtectedKind, sentence: Phrase, sheet?: string) {
    super(englishText(sentence));
    this.name = "PlanProtectedError";
    this.sentence = sentence;
    this.kind = kind;
    this.sheet = sheet;
  }
}
