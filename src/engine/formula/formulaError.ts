// Misuse is an exception: a template that asks for something no formula can say (a
// C2C call in the portable dialect, an infinite number) is a bug in the template, not bad data.

export class FormulaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FormulaError";
  }
}
