// Misuse is an exception: importing answers into a workbook that has nowhere to put
// them (no checklist table, or one without an Item ID column) throws this, saying what is missing:
// `reason` for the place that shows it to render in its language, `message` in English.

import { englishText, type Phrase } from "../language/problemTexts";

export class ImportAnswersError extends Error {
  constructor(readonly reason: Phrase) {
    super(englishText(reason));
    this.name = "IntakeError";
  }
}
