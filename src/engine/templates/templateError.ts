// Misuse is an exception: asking a template for a workbook it cannot make (no
// respondent, fewer than two cities, no year) throws this, naming what is missing.

export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TemplateError";
  }
}
