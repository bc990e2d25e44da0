// The Programme sheet: blocks one under another, each knowing only its first row — principles,
// programme rules, principle band shares, goal / EC objective / overall SDG index distributions,
// trend shares, the DAC criteria — each chart to the right of its block, then the provenance line.

import { CATALOGUE_VERSION } from "../../catalogue";
import type { ChartPlan, ConditionalFormatPlan, SheetPlan } from "../../plan/types";
import { at, widthsFrom } from "../../templates/grid";
import { provenanceLine, type Stamp } from "../../templates/provenance";
import type { Block } from "../../templates/scoreboard/block";
import { compileSheet, type TemplateCell } from "../../templates/sheetTemplate";
import type { ProgrammeWords } from "../texts";
import type { Programme } from "../types";
import { sampleBanner } from "./banner";
import { bandSharesBlock } from "./bandSharesBlock";
import { dacBlock } from "./dacBlock";
import { indicesBlock, type IndexSources } from "./indicesBlock";
import {
  CITIES_SHEET,
  GOALS_SHEET,
  OBJECTIVES_SHEET,
  PARTNERSHIPS_SHEET,
  PROGRAMME_SHEET,
} from "./layout";
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
  words: ProgrammeWords,
): SheetPlan {
  const cities = programme.partnerships.reduce((total, p) => total + p.sdgIndices.length, 0);
  const head: TemplateCell[] = [
    {
      address: "A1",
      value: words.text("programme.title", {
        partnerships: programme.partnerships.length,
        cities,
      }),
      style: "title",
    },
    {
      address: "A2",
      value: words.text("programme.subtitle", {
        partnershipsSheet: PARTNERSHIPS_SHEET,
        goalsSheet: GOALS_SHEET,
        objectivesSheet: OBJECTIVES_SHEET,
        citiesSheet: CITIES_SHEET,
      }),
      style: "subtitle",
    },
    ...(options.sampleData ? sampleBanner(words, PRINCIPLE_HEADERS.length) : []),
  ];
  const blocks: Block[] = [principlesBlock(programme, words), rulesBlock(programme, words)];
  const next = (): number => blocks[blocks.length - 1]?.nextRow ?? 1;
  blocks.push(bandSharesBlock(programme, next(), words));
  blocks.push(indicesBlock(programme, sources, next(), words));
  blocks.push(trendSharesBlock(programme, sources.goalSlices, sources.cityRows, next(), words));
  blocks.push(dacBlock(programme, next(), words));
  const provenanceRow = next();

  const cells: TemplateCell[] = [
    ...head,
    ...blocks.flatMap((block) => block.cells),
    { address: at(provenanceRow, 1), value: provenance(programme, options, words), style: "note" },
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
function provenance(
  programme: Programme,
  options: ProgrammeSheetOptions,
  words: ProgrammeWords,
): string {
  const line = provenanceLine(options.stamp, programme.list, programme.settings, words.templates);
  if (programme.catalogueVersion === CATALOGUE_VERSION) return line;
  return words.text("programme.stampedWith", {
    line,
    version: programme.catalogueVersion ?? words.text("programme.noCatalogueVersion"),
  });
}
