// Collects the problems found while reading a workbook, each with the cell (or table) it is about.
// Readers never throw on user data: they note what is wrong, treat it as missing, and go on.

import type { Problem } from "../model/types";

export class ProblemList {
  private readonly found: Problem[] = [];

  warn(address: string, message: string): void {
    this.found.push({ address, message, severity: "warning" });
  }

  error(address: string, message: string): void {
    this.found.push({ address, message, severity: "error" });
  }

  get problems(): readonly Problem[] {
    return this.found;
  }
}
