// Misuse is an exception: importing answers into a workbook that has nowhere to put
// them (no checklist table, or one without an Item ID column) throws this, saying what is missing.

export class ImportAnswersError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "IntakeError";
  }
}
