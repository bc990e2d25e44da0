// The Scoreboard sheet: generated, owned by the add-in and protected without a password. Header,
// principles with their radar chart, one SDG profile per city with its bar chart, the DAC criteria,
// strengths and priorities, data coverage, the action plan and the provenance line, one part under another.

import type { ChartPlan, ConditionalFormatPlan } from "../../plan/types";
import { at, widthsFrom } from "../grid";
import { provenanceLines, type Stamp } from "../provenance";
import { PRINT_ONE_PAGE_WIDE, type SheetTemplate, type TemplateCell } from "../sheetTemplate";
import { TAB_COLOURS } from "../styles";
import type { Block, ScoreboardContext } from "./block";
import { cityBlock } from "./cityBlock";
import { dacBlock } from "./dacBlock";
import { principlesBlock } from "./principlesBlock";
import { actionsBlock, dataCoverageBlock, highlightsBlock } from "./summaryBlocks";

export function scoreboardSheet(context: ScoreboardContext, stamp: Stamp): SheetTemplate {
  const { assessment, scores, words } = context;
  const partnership = assessment.partnership;
  const list = words.text("scoreboard.list", { list: words.token("list", partnership.list) });
  const reportingYear =
    partnership.reportingYear === null
      ? ""
      : ` · ${words.text("scoreboard.reportingYear", { year: partnership.reportingYear })}`;
  const cells: TemplateCell[] = [
    {
      address: "A1",
      value: words.text("scoreboard.title", { partnership: partnership.name }),
      style: "title",
    },
    {
      address: "A2",
      value: `${partnership.cities.join(" · ")} · ${list}${reportingYear}`,
      style: "subtitle",
    },
    { address: "A3", value: words.text("scoreboard.note"), style: "note" },
  ];
  const conditionalFormats: ConditionalFormatPlan[] = [];
  const charts: ChartPlan[] = [];
  const take = (block: Block): number => {
    cells.push(...block.cells);
    conditionalFormats.push(...block.conditionalFormats);
    charts.push(...block.charts);
    return block.nextRow;
  };

  const principles = principlesBlock(context, 5);
  let row = take(principles);
  const rowOfGoal = new Map<string, ReadonlyMap<number, number>>();
  const overallIndexCells: string[] = [];
  for (const city of scores.cities) {
    const block = cityBlock(context, city, row);
    rowOfGoal.set(city.city, block.rowOfGoal);
    overallIndexCells.push(block.overallIndexCell);
    row = take(block);
  }
  row = take(
    dacBlock(context, row, { rowOfPrinciple: principles.rowOfPrinciple, overallIndexCells }),
  );
  row = take(
    highlightsBlock(context, row, { rowOfPrinciple: principles.rowOfPrinciple, rowOfGoal }),
  );
  row = take(dataCoverageBlock(context, row));
  row = take(actionsBlock(context, row));
  // The provenance over a few short lines: one long line would run past the printed page's edge.
  provenanceLines(stamp, partnership.list, scores.settings, words).forEach((line, index) => {
    cells.push({ address: at(row + index, 1), value: line, style: "note" });
  });

  return {
    name: context.sheet,
    owned: true,
    cells,
    conditionalFormats,
    charts,
    columnWidths: widthsFrom([14, 44, 14, 14, 22, 22, 22, 16, 12, 12, 12, 12, 12, 12, 12, 12]),
    freeze: { rows: 3, columns: 0 },
    protection: { unlockedRanges: [] },
    tabColour: TAB_COLOURS.scoreboard,
    print: PRINT_ONE_PAGE_WIDE,
  };
}
