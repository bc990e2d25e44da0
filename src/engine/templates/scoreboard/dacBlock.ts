// The DAC criteria lens on the Scoreboard (framework.md §5): the six criteria on 0–100, each the
// mean of its sources that have a score — the principles' 0–100 cells of the principles table and
// the partnership's SDG index, a row below them that averages the cities' overall SDG index cells.
// The formulas are standard functions over those cells (AVERAGE and COUNT skip the empty text a
// source without a score shows), the same in both dialects: no C2C function computes a criterion.
// The sources are the lens of the settings when the plan is made; a changed Settings row shows on
// the next refresh (docs/decisions/0015-dac-criteria-lens.md). No band: see the same decision.

import type { PrincipleId } from "../../catalogue/types";
import { DAC_LABELS, formatDacSources, partnershipSdgIndex, type DacSource } from "../../dac";
import { BLANK, call, ref, type Expr } from "../../formula/expr";
import { at } from "../grid";
import { shown, type TemplateCell } from "../sheetTemplate";
import type { Block, ScoreboardContext } from "./block";
import type { TemplateTextKey } from "../texts";
import { PRINCIPLE_HEADERS } from "./principlesBlock";

export interface DacSourceCells {
  /** Sheet row of each principle's line in the principles table (its 0–100 score is column D). */
  readonly rowOfPrinciple: ReadonlyMap<PrincipleId, number>;
  /** Each city's overall SDG index cell, in the cities' order. */
  readonly overallIndexCells: readonly string[];
}

const PRINCIPLE_HUNDRED_COLUMN = PRINCIPLE_HEADERS.indexOf("Score (0–100)") + 1;

/** The block's column headers, in their columns' order (the withheld copy finds the block by the first). */
export const DAC_HEADERS = [
  "scoreboard.dacCriterion",
  "scoreboard.dacSources",
  "scoreboard.scoreHundred",
  "scoreboard.dacWithScore",
  "scoreboard.dacListed",
] as const satisfies readonly TemplateTextKey[];
export const DAC_SCORE_COLUMN = DAC_HEADERS.indexOf("scoreboard.scoreHundred") + 1;
export const DAC_WITH_SCORE_COLUMN = DAC_HEADERS.indexOf("scoreboard.dacWithScore") + 1;

const DAC_NOTES = [
  "scoreboard.dacNoteMean",
  "scoreboard.dacNoteSources",
  "scoreboard.dacNoteBand",
] as const satisfies readonly TemplateTextKey[];

/** The mean of the cells that hold a number; "" when none does. */
const meanOfCells = (cells: readonly Expr[]): Expr =>
  call("IFERROR", call("AVERAGE", ...cells), BLANK);

export function dacBlock(
  context: ScoreboardContext,
  firstRow: number,
  sources: DacSourceCells,
): Block {
  const { sheet, scores, words } = context;
  const cells: TemplateCell[] = [
    {
      address: at(firstRow, 1),
      value: words.text("scoreboard.dacHeading"),
      style: "sectionHeading",
    },
    ...DAC_NOTES.map((key, index): TemplateCell => ({
      address: at(firstRow + 1 + index, 1),
      value: words.text(key),
      style: "note",
    })),
  ];
  const header = firstRow + 1 + DAC_NOTES.length;
  DAC_HEADERS.forEach((key, index) =>
    cells.push({ address: at(header, index + 1), value: words.text(key), style: "header" }),
  );
  const sdgIndexRow = header + 1 + scores.dacCriteria.length;
  const sourceCell = (source: DacSource): Expr | undefined => {
    if (source === DAC_LABELS.sdgIndexSource) return ref(sheet, at(sdgIndexRow, 3));
    const row = sources.rowOfPrinciple.get(source);
    return row === undefined ? undefined : ref(sheet, at(row, PRINCIPLE_HUNDRED_COLUMN));
  };

  scores.dacCriteria.forEach((result, index) => {
    const row = header + 1 + index;
    const listed = result.sources.map((entry) => entry.source);
    const refs = listed.flatMap((source) => {
      const found = sourceCell(source);
      return found === undefined ? [] : [found];
    });
    cells.push(
      {
        address: at(row, 1),
        value: words.catalogue("dacCriteria", result.criterion, result.name),
        style: "label",
      },
      { address: at(row, 2), value: formatDacSources(listed), style: "label" },
      {
        address: at(row, 3),
        value: shown(result.score),
        style: "computedHundred",
        ...(refs.length === 0 ? {} : { expr: meanOfCells(refs) }),
      },
      {
        address: at(row, 4),
        value: result.used.length,
        style: "computedWhole",
        ...(refs.length === 0 ? {} : { expr: call("COUNT", ...refs) }),
      },
      { address: at(row, 5), value: listed.length, style: "label" },
    );
  });

  const cityCells = sources.overallIndexCells.map((address) => ref(sheet, address));
  const cityIndices = scores.cities.map((city) => city.overall.index);
  cells.push(
    { address: at(sdgIndexRow, 1), value: DAC_LABELS.sdgIndexSource, style: "header" },
    {
      address: at(sdgIndexRow, 2),
      value: words.text("scoreboard.dacSdgIndexName"),
      style: "header",
    },
    {
      address: at(sdgIndexRow, 3),
      value: shown(partnershipSdgIndex(cityIndices)),
      style: "computedHundred",
      ...(cityCells.length === 0 ? {} : { expr: meanOfCells(cityCells) }),
    },
    {
      address: at(sdgIndexRow, 4),
      value: cityIndices.filter((index) => index !== null).length,
      style: "computedWhole",
      ...(cityCells.length === 0 ? {} : { expr: call("COUNT", ...cityCells) }),
    },
    { address: at(sdgIndexRow, 5), value: scores.cities.length, style: "label" },
  );
  return { cells, conditionalFormats: [], charts: [], nextRow: sdgIndexRow + 2 };
}
