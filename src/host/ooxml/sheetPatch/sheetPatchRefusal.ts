// A patch the runner will not make to a user's sheet, in one sentence naming the sheet and the
// cells (an array formula an edit would cut through); thrown before anything is written.

export class SheetPatchRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SheetPatchRefusal";
  }
}
