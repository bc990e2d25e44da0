// The Partnerships sheet: C2C_Programme, one row per partnership consolidated (source, name,
// cities, respondents, the ten principle scores, alignment, contested items, indicator coverage and
// each city's SDG index as text, kept for the tools that read it, then the six DAC criteria on
// 0–100 by the programme's lens, then the partnership's own coverage threshold and band limits,
// ruleColumns.ts) and its own DAC lens (the sources of each criterion, as its Settings hold them), its
// scores coloured by band: the heat map of partnerships × principles.

import { catalogue } from "../../catalogue";
import { DAC_CRITERIA, formatDacSources } from "../../dac";
import { dacLensKey } from "../../model/contract";
import type { SheetPlan } from "../../plan/types";
import { at, span, widthsFrom } from "../../templates/grid";
import { compileSheet, type TemplateCell } from "../../templates/sheetTemplate";
import { NUMBER_FORMATS } from "../../templates/styles";
import type { ProgrammeWords } from "../texts";
import type { PartnershipSummary, Programme } from "../types";
import { sampleBanner } from "./banner";
import { DAC_SOURCES_HEADERS } from "../tableHeaders";
import { RULE_COLUMNS } from "./ruleColumns";
import { bandLegend, principleHeatMap } from "./heatMapFormats";
import {
  FIRST_TABLE_ROW,
  PARTNERSHIPS_SHEET,
  PROGRAMME_SHEET,
  PROGRAMME_TABLE,
  TABLE_HEADER_ROW,
} from "./layout";

/** The first principle column of C2C_Programme (after Source, Partnership, Cities, Respondents). */
export const FIRST_PRINCIPLE_COLUMN = 5;
/** Alignment, right after the ten principles. */
export const ALIGNMENT_COLUMN = FIRST_PRINCIPLE_COLUMN + catalogue.principles.length;
export const SDG_TEXT_HEADER = "SDG index (latest year, by city)";
/** The first DAC criterion column ("DAC relevance"), right after the SDG index text. */
export const FIRST_DAC_COLUMN = ALIGNMENT_COLUMN + 4;
/** "DAC relevance" …: the Settings key of the criterion, whose sources the column's scores use. */
export const DAC_COLUMN_HEADERS = DAC_CRITERIA.map(dacLensKey);
/** The first of the partnership's own rules ("Coverage threshold"), right after the DAC criteria. */
export const FIRST_RULE_COLUMN = FIRST_DAC_COLUMN + DAC_CRITERIA.length;
/** The partnership's own DAC lens ("DAC relevance sources" …), right after its rules. */
export const FIRST_DAC_SOURCES_COLUMN = FIRST_RULE_COLUMN + RULE_COLUMNS.length;

export function partnershipsSheet(
  programme: Programme,
  sampleData: boolean,
  words: ProgrammeWords,
): SheetPlan {
  const header = (english: string): string => words.templates.header(english);
  const columns = [
    header("Source"),
    header("Partnership"),
    header("Cities"),
    header("Respondents"),
    ...catalogue.principles.map((principle) => principle.id),
    header("Alignment"),
    header("Contested items"),
    header("Indicator coverage"),
    header(SDG_TEXT_HEADER),
    ...DAC_COLUMN_HEADERS.map(header),
    ...RULE_COLUMNS.map((column) => header(column.header)),
    ...DAC_SOURCES_HEADERS.map(header),
  ];
  const lastRow = TABLE_HEADER_ROW + programme.partnerships.length;
  const legend = bandLegend(3, FIRST_PRINCIPLE_COLUMN + 1, "principle", words);
  const cells: TemplateCell[] = [
    { address: "A1", value: words.text("partnerships.title"), style: "title" },
    {
      address: "A2",
      value: words.text("partnerships.subtitle", { programmeSheet: PROGRAMME_SHEET }),
      style: "subtitle",
    },
    ...(sampleData ? sampleBanner(words, 4, 3) : []),
    ...legend.cells,
    ...columns.map((column, index): TemplateCell => ({
      address: at(TABLE_HEADER_ROW, index + 1),
      value: column,
      style: "header",
    })),
    ...programme.partnerships.flatMap((partnership, index) => [
      ...partnershipCells(FIRST_TABLE_ROW + index, partnership, words),
      ...dacCells(FIRST_TABLE_ROW + index, programme, index),
      ...ruleCells(FIRST_TABLE_ROW + index, partnership),
      ...dacSourceCells(FIRST_TABLE_ROW + index, partnership),
    ]),
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
      ...DAC_CRITERIA.map(() => 14),
      ...RULE_COLUMNS.map((column) => column.header.length + 2),
      ...DAC_SOURCES_HEADERS.map((english) => english.length + 2),
    ]),
    freeze: { rows: TABLE_HEADER_ROW, columns: 2 },
    print: { orientation: "landscape", fitToWidth: true },
  });
}

function partnershipCells(
  row: number,
  partnership: PartnershipSummary,
  words: ProgrammeWords,
): TemplateCell[] {
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
    { address: at(row, ALIGNMENT_COLUMN + 3), value: sdgIndexText(partnership, words) },
  ];
}

/** The partnership's six DAC criteria on 0–100 (blank without a score), `index` its place in the programme. */
function dacCells(row: number, programme: Programme, index: number): TemplateCell[] {
  return programme.dacCriteria.map((criterion, offset): TemplateCell => ({
    address: at(row, FIRST_DAC_COLUMN + offset),
    value: criterion.partnerships[index]?.score ?? null,
    numberFormat: NUMBER_FORMATS.hundred,
  }));
}

/** The partnership's own coverage threshold and band limits, from its Settings. */
function ruleCells(row: number, partnership: PartnershipSummary): TemplateCell[] {
  return RULE_COLUMNS.map((column, offset): TemplateCell => ({
    address: at(row, FIRST_RULE_COLUMN + offset),
    value: column.valueOf(partnership.settings),
    numberFormat: column.numberFormat,
  }));
}

/** The partnership's own sources of each DAC criterion, from its Settings ("TA, STK"). */
function dacSourceCells(row: number, partnership: PartnershipSummary): TemplateCell[] {
  return DAC_CRITERIA.map((criterion, offset): TemplateCell => ({
    address: at(row, FIRST_DAC_SOURCES_COLUMN + offset),
    value: formatDacSources(partnership.settings.dacLens[criterion]),
  }));
}

/**
 * "Lindhaven 72.4 (2024) · Sokoni 48.1 (2024)"; a city without an index says "No data" in the
 * workbook's words, and French and Spanish write the decimal comma ("Lindhaven 72,4 (2024)"), as
 * this is text a person reads (compare reads it back in any language); empty without indicator data.
 */
function sdgIndexText(partnership: PartnershipSummary, words: ProgrammeWords): string {
  const english = words.language === "en";
  const noData = english ? "no data" : words.templates.label("No data");
  const shown = (index: number): string =>
    english ? index.toFixed(1) : index.toFixed(1).replace(".", ",");
  return partnership.sdgIndices
    .map(
      (entry) =>
        `${entry.city} ${entry.index === null ? noData : shown(entry.index)} (${entry.year})`,
    )
    .join(" · ");
}
