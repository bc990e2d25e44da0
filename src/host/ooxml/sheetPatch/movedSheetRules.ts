// The parts of a worksheet after <sheetData> that name its cells, once a table grew: conditional
// formats and data validations (Excel 2007's and the x14 extensions' alike) take their ranges by
// movedRanges and their formulas by movedFormula (cellMoves.ts, the rule every host follows), and a
// validation over the column the new columns copy reaches over them too, as the ExcelJS host copies
// a dropdown; merged cells and hyperlinks move with their cells. Nothing else is touched.

import { formatRange, parseRange } from "../../../engine/plan/address";
import { insertedColumnsRange, type TableGrowth } from "../../../engine/plan/tableGrowth";
import { xmlText } from "../../../engine/sheetValues/xmlText";
import { movedFormula, movedRanges } from "../../plan/cellMoves";
import { unescapeXml } from "../../xlsx/xml";
import { findSheetData } from "./sheetScanner";

export function moveSheetRules(xml: string, growth: TableGrowth): string {
  const { end } = findSheetData(xml);
  const rest = xml
    .slice(end)
    .replace(
      // Lazy attributes, so a self-closing validation (a prompt without a list) ends at its "/>".
      /<((?:\w+:)?dataValidation)(?:\s[^>]*?)?(?:\/>|>[\s\S]*?<\/\1>)/g,
      (block) => movedBlock(block, growth, true),
    )
    .replace(/<((?:\w+:)?conditionalFormatting)(\s[^>]*)?>[\s\S]*?<\/\1>/g, (block) =>
      movedBlock(block, growth, false),
    )
    .replace(
      /(<(?:\w+:)?(?:mergeCell|hyperlink)\s[^>]*?\bref=")([^"]*)(")/g,
      (_, before: string, ref: string, after: string) =>
        `${before}${movedRanges(ref, growth)}${after}`,
    );
  return rest === xml.slice(end) ? xml : xml.slice(0, end) + rest;
}

/** One validation or conditional format with its ranges and formulas moved. */
function movedBlock(block: string, growth: TableGrowth, copiesDropdown: boolean): string {
  const ranges = (sqref: string): string => {
    const moved = movedRanges(sqref, growth);
    if (!copiesDropdown) return moved;
    const added = moved.split(/\s+/).flatMap((part) => {
      const bounds = parseRange(part);
      const inserted = bounds === undefined ? undefined : insertedColumnsRange(bounds, growth);
      return inserted === undefined ? [] : [formatRange(inserted)];
    });
    return [moved, ...added].join(" ");
  };
  return block
    .replace(
      /(\ssqref=")([^"]*)(")/,
      (_, before: string, sqref: string, after: string) => `${before}${ranges(sqref)}${after}`,
    )
    .replace(
      /(<(?:\w+:)?sqref>)([^<]*)(<\/(?:\w+:)?sqref>)/g,
      (_, before: string, sqref: string, after: string) => `${before}${ranges(sqref)}${after}`,
    )
    .replace(
      /(<(?:\w+:)?(?:formula|formula1|formula2|f)>)([^<]*)(<\/(?:\w+:)?(?:formula|formula1|formula2|f)>)/g,
      (_, before: string, text: string, after: string) => {
        const formula = unescapeXml(text);
        const moved = movedFormula(formula, growth);
        return moved === formula
          ? `${before}${text}${after}`
          : `${before}${xmlText(moved)}${after}`;
      },
    );
}
