// Patching a user's worksheet part in place: pure text in, text out, no knowledge of the package
// model (docs/decisions/0011-patching-user-sheets.md). The package host calls these for a kept
// sheet the plan edits (edit-cells, grow-table); every byte they do not rewrite stays as it was.

export { patchWorksheetCells, type CellEdit } from "./patchCells";
export { growTableInSheet } from "./growTableInSheet";
export { growTablePart } from "./growTablePart";
export {
  growthRefusalPhrases,
  growthRefusals,
  movedBounds,
  type GrowthPackage,
} from "./growthRefusals";
export { lastUsedColumnInSheet, occupiedCellsInSheet } from "./sheetReads";
export { SheetPatchRefusal } from "./sheetPatchRefusal";
