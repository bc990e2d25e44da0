// Misuse is an exception: asking a template for a workbook it cannot make (no
// respondent, fewer than two cities, no year) throws this, naming what is missing. The sentence is
// a phrase of the problem catalogue, said in the CLI's or the pane's language; the message is its
// English.

import { englishText, type Phrase } from "../language/problemTexts";

export class TemplateError extends Error {
  readonly sentence: Phrase;

  constructor(sentence: Phrase) {
    super(englishText(sentence));
    this.name = "TemplateError";
    this.sentence = sentence;
  }
}
