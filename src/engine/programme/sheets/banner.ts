// The SAMPLE DATA banner of the demo's programme workbook, on every sheet it has.

import { at } from "../../templates/grid";
import type { TemplateCell } from "../../templates/sheetTemplate";
import type { ProgrammeWords } from "../texts";

/** The banner across the first columns of a row, so its text runs over a coloured band. */
export function sampleBanner(words: ProgrammeWords, width: number, row = 3): TemplateCell[] {
  return Array.from({ length: width }, (_, index): TemplateCell => ({
    address: at(row, index + 1),
    value: index === 0 ? words.text("banner.sampleData") : null,
    style: "sampleData",
  }));
}
