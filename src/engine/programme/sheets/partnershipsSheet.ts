// The Partnerships sheet: C2C_Programme, one row per partnership consolidated (source, name,
// cities, respondents, the ten principle scores, alignment, contested items, indicator coverage and
// each city's SDG index as text, kept for the tools that read it), its scores coloured by band: the
// heat map of partnerships × principles.

import { catalogue } from "../../catalogue";
import type { SheetPlan } from "../../plan/types";
import { at, span, widthsFrom } from "../../templates/grid";
import { compileSheet, type TemplateCell } from "../../templates/sheetTemplate";
import { NUMBER_FORMATS } from "../../templates/styles";
import type { PartnershipSummary, Programme } from "../types";
import { sampleBanner } from "./banner";
import { bandLegend, principleHeatMap } from "./heatMapFormats";
import { FIRST_TABLE_ROW, PARTNERSHIPS_SHEET, PROGRAMME_TABLE, TABLE_HEADER_ROW } from "./layout";

/** The first principle column of C2C_Programme (after Source, Partnership, Cities, Respondents). */
export const FIRST_PRINCIPLE_COLUMN = 5;
/** Alignment, right after the ten principles. */
export const ALIGNMENT_COLUMN = FIRST_PRINCIPLE_COLUMN + catalogue.principles.length;
export const SDG_TEXT_HEADER = "SDG index (latest year, by city)";

export function partnershipsSheet(programme: Programme, sampleData: boolean): SheetPlan {
  const columns = [
    "Source",
    "Partnership",
    "Cities",
    "Respondents",
    ...catalogue.principles.map((principle) => principle.id),
    "Alignment",
    "Contested items",
    "Indicator coverage",
    SDG_TEXT_HEADER,
  ];
  const lastRow = TABLE_HEADER_ROW + programme.partnerships.length;
  const legend = bandLegend(3, FIRST_PRINCIPLE_COLUMN + 1, "principle");
  const cells: TemplateCell[] = [
    { address: "A1", value: "Partnerships", style: "title" },
    {
      address: "A2",
      value:
        "One row per partnership consolidated: principle scores on 1–5, blank where the partnership has no score, coloured by band.",
      style: "subtitle",
    },
    ...(sampleData ? sampleBanner(4, 3) : []),
    ...legend.cells,
    ...columns.map((header, index): TemplateCell => ({
      address: at(TABLE_HEADER_ROW, index + 1),
      value: header,
      style: "header",
    })),
    ...programme.partnerships.flatMap((partnership, index) =>
      partnershipCells(FIRST_TABLE_ROW + index, partnership),
    ),
  ];
  return compileSheet({
    name: PARTNERSHIPS_SHEET,
    owned: true,
    cells,
    tables: [
      {
        name: PROGRAMME_TABLE,
        range: span(TABLE_HEADER_ROW, 1, lastRow, columns.length),
        columns,
        style: "TableStyleMedium2",
        showRowStripes: true,
      },
    ],
    conditionalFormats: [
      principleHeatMap(
        span(FIRST_TABLE_ROW, FIRST_PRINCIPLE_COLUMN, lastRow, ALIGNMENT_COLUMN),
        at(FIRST_TABLE_ROW, FIRST_PRINCIPLE_COLUMN),
        programme.settings.principleBandLimits,
      ),
      legend.format,
    ],
    columnWidths: widthsFrom([
      30,
      44,
      30,
      13,
      ...catalogue.principles.map(() => 8),
      11,
      16,
      19,
      46,
    ]),
    freeze: { rows: TABLE_HEADER_ROW, columns: 2 },
    print: { orientation: "landscape", fitToWidth: true },
  });
}

function partnershipCells(row: number, partnership: PartnershipSummary): TemplateCell[] {
  const principleCells = catalogue.principles.map((principle, index): TemplateCell => ({
    address: at(row, FIRST_PRINCIPLE_COLUMN + index),
    value: partnership.principleScores[principle.id],
    numberFormat: NUMBER_FORMATS.fivePoint,
  }));
  return [
    { address: at(row, 1), value: partnership.source },
    { address: at(row, 2), value: partnership.name },
    { address: at(row, 3), value: partnership.cities.join(", ") },
    { address: at(row, 4), value: partnership.respondents, numberFormat: NUMBER_FORMATS.whole },
    ...principleCells,
    {
      address: at(row, ALIGNMENT_COLUMN),
      value: partnership.alignment,
      numberFormat: NUMBER_FORMATS.fivePoint,
    },
    {
      address: at(row, ALIGNMENT_COLUMN + 1),
      value: partnership.contestedItems,
      numberFormat: NUMBER_FORMATS.whole,
    },
    {
      address: at(row, ALIGNMENT_COLUMN + 2),
      value: partnership.dataCoverage,
      numberFormat: NUMBER_FORMATS.percent,
    },
    { address: at(row, ALIGNMENT_COLUMN + 3), value: sdgIndexText(partnership) },
  ];
}

/** "Lindhaven 72.4 (2024) · Sokoni 48.1 (2024)"; empty without indicator data. */
function sdgIndexText(partnership: PartnershipSummary): string {
  return partnership.sdgIndices
    .map(
      (entry) =>
        `${entry.city} ${entry.index === null ? "no data" : entry.index.toFixed(1)} (${entry.year})`,
    )
    .join(" · ");
}
