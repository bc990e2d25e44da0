// Collects the problems found while reading a workbook, each with the cell (or table) it is about.
// Readers never throw on user data: they note what is wrong, treat it as missing, and go on.

import {
  phrase,
  problemAt,
  type PhraseParameters,
  type ProblemCode,
} from "../language/problemTexts";
import type { Problem } from "../model/types";

export class ProblemList {
  private readonly found: Problem[] = [];

  warn(address: string, code: ProblemCode, parameters?: PhraseParameters): void {
    this.found.push(problemAt(address, "warning", phrase(code, parameters)));
  }

  error(address: string, code: ProblemCode, parameters?: PhraseParameters): void {
    this.found.push(problemAt(address, "error", phrase(code, parameters)));
  }

  get problems(): readonly Problem[] {
    return this.found;
  }
}
