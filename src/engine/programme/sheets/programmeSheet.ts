// The Programme sheet: blocks one under another, each knowing only its first row — principles,
// programme rules, principle band shares, goal / EC objective / overall SDG index distributions,
// trend shares — each with its chart to the right, then the provenance line. A further lens of the
// framework across the programme (the DAC criteria) is one more block in PROGRAMME_BLOCKS' order,
// after the trend shares.

import { CATALOGUE_VERSION } from "../../catalogue";
import type { ChartPlan, ConditionalFormatPlan, SheetPlan } from "../../plan/types";
import { at, widthsFrom } from "../../templates/grid";
import { provenanceLine, type Stamp } from "../../templates/provenance";
import type { Block } from "../../templates/scoreboard/block";
import { compileSheet, type TemplateCell } from "../../templates/sheetTemplate";
import type { Programme } from "../types";
import { sampleBanner } from "./banner";
import { bandSharesBlock } from "./bandSharesBlock";
import { indicesBlock, type IndexSources } from "./indicesBlock";
import { PROGRAMME_SHEET } from "./layout";
import { principlesBlock, PRINCIPLE_HEADERS } from "./principlesBlock";
import { rulesBlock } from "./rulesBlock";
import { trendSharesBlock } from "./trendSharesBlock";

export interface ProgrammeSheetOptions {
  readonly stamp: Stamp;
  readonly sampleData: boolean;
}

export function programmeSheet(
  programme: Programme,
  sources: IndexSources,
  options: ProgrammeSheetOptions,
): SheetPlan {
  const cities = programme.partnerships.reduce((total, p) => total + p.sdgIndices.length, 0);
  const head: TemplateCell[] = [
    {
      address: "A1",
      value: `Programme view: ${programme.partnerships.length} partnerships, ${cities} cities with indicator data`,
      style: "title",
    },
    {
      address: "A2",
      value:
        "Both components of the framework across the programme: each principle over the partnerships that have a score (the mean is the figure the OECD pilot reported), each goal and EC objective over the cities whose coverage meets the threshold. Tables on the Partnerships, Goals and Objectives sheets; heat map of cities × goals on the Cities sheet.",
      style: "subtitle",
    },
    ...(options.sampleData ? sampleBanner(PRINCIPLE_HEADERS.length) : []),
  ];
  const blocks: Block[] = [principlesBlock(programme), rulesBlock(programme)];
  const next = (): number => blocks[blocks.length - 1]?.nextRow ?? 1;
  blocks.push(bandSharesBlock(programme, next()));
  blocks.push(indicesBlock(programme, sources, next()));
  blocks.push(trendSharesBlock(programme, sources.goalSlices, sources.cityRows, next()));
  // The DAC criteria across the programme go here, as one more block.
  const provenanceRow = next();

  const cells: TemplateCell[] = [
    ...head,
    ...blocks.flatMap((block) => block.cells),
    { address: at(provenanceRow, 1), value: provenance(programme, options), style: "note" },
  ];
  const conditionalFormats: ConditionalFormatPlan[] = blocks.flatMap(
    (block) => block.conditionalFormats,
  );
  const charts: ChartPlan[] = blocks.flatMap((block) => block.charts);
  return compileSheet({
    name: PROGRAMME_SHEET,
    owned: true,
    cells,
    conditionalFormats,
    charts,
    columnWidths: widthsFrom([10, 36, 14, 16, 21, 14, 14, 14, 14, 14, 14, 16, 14]),
    print: { orientation: "landscape", fitToWidth: true },
  });
}

// The Scoreboard's provenance line (the workbooks were scored now, with this catalogue), and the
// catalogue version the workbooks were stamped with when that is another one.
function provenance(programme: Programme, options: ProgrammeSheetOptions): string {
  const line = provenanceLine(options.stamp, programme.list, programme.settings);
  if (programme.catalogueVersion === CATALOGUE_VERSION) return line;
  return `${line} · the workbooks were stamped with catalogue ${programme.catalogueVersion ?? "(none)"}`;
}
