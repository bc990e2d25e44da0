// The Programme sheet's first block: per principle (and for overall alignment) across the
// partnerships that have a score — the mean (the pilot's figure), its 0–100 form and band, the
// count, and the median, quartiles, minimum and maximum — each a formula over its column of
// C2C_Programme, with a bar chart of the means.

import { catalogue } from "../../catalogue";
import { BLANK, div, eq, ifThen, mul, num, ref, sub, type Expr } from "../../formula/expr";
import type { ChartPlan } from "../../plan/types";
import { at, letters, span } from "../../templates/grid";
import { bandLabelFormat, type Block } from "../../templates/scoreboard/block";
import { shown, type TemplateCell } from "../../templates/sheetTemplate";
import { CHART_COLOURS, NUMBER_FORMATS, PRINCIPLE_BAND_COLOURS } from "../../templates/styles";
import type { ProgrammeTextKey, ProgrammeWords } from "../texts";
import type { AlignmentAverage, PrincipleAverage, Programme } from "../types";
import { principleBandFormula } from "./bandFormulas";
import {
  FIRST_PRINCIPLE_ROW,
  FIRST_TABLE_ROW,
  PARTNERSHIPS_SHEET,
  PRINCIPLES_HEADER_ROW,
  PROGRAMME_SHEET,
  TABLE_HEADER_ROW,
} from "./layout";
import { ALIGNMENT_COLUMN, FIRST_PRINCIPLE_COLUMN } from "./partnershipsSheet";
import { countCell, meanCell, SPREAD_HEADERS, spreadCells } from "./spreadCells";

/** The label a principle average without any partnership score shows (grey, like a principle's). */
export const NO_AVERAGE_LABEL = "Insufficient answers";

export const PRINCIPLE_HEADERS: readonly ProgrammeTextKey[] = [
  "header.principle",
  "header.name",
  "header.average5",
  "header.average100",
  "header.band",
  "header.partnershipsWithScore",
  ...SPREAD_HEADERS,
];

/** Where the Programme sheet's charts start, right of its widest block. */
export const CHART_COLUMN = 15;
export const CHART_WIDTH = 8;

/** A column of C2C_Programme on the Partnerships sheet, over the partnerships' rows. */
export function partnershipColumn(programme: Programme, column: number): Expr {
  const last = TABLE_HEADER_ROW + Math.max(programme.partnerships.length, 1);
  return ref(PARTNERSHIPS_SHEET, `${letters(column)}${FIRST_TABLE_ROW}:${letters(column)}${last}`);
}

export function principlesBlock(programme: Programme, words: ProgrammeWords): Block {
  const alignmentRow = FIRST_PRINCIPLE_ROW + catalogue.principles.length;
  const cells: TemplateCell[] = [
    {
      address: at(PRINCIPLES_HEADER_ROW - 1, 1),
      value: words.text("principles.heading"),
      style: "sectionHeading",
    },
    ...PRINCIPLE_HEADERS.map((header, index): TemplateCell => ({
      address: at(PRINCIPLES_HEADER_ROW, index + 1),
      value: words.text(header),
      style: "header",
    })),
  ];
  programme.principles.forEach((average, index) => {
    const row = FIRST_PRINCIPLE_ROW + index;
    cells.push(
      { address: at(row, 1), value: average.principle, style: "label" },
      {
        address: at(row, 2),
        value: words.templates.catalogue("principleNames", average.principle, average.name),
        style: "label",
      },
      ...averageCells(
        row,
        partnershipColumn(programme, FIRST_PRINCIPLE_COLUMN + index),
        average,
        words,
      ),
    );
  });
  cells.push(
    { address: at(alignmentRow, 1), value: words.text("principles.overall"), style: "label" },
    { address: at(alignmentRow, 2), value: words.text("principles.alignment"), style: "label" },
    ...averageCells(
      alignmentRow,
      partnershipColumn(programme, ALIGNMENT_COLUMN),
      programme.alignment,
      words,
    ),
  );
  const chart: ChartPlan = {
    kind: "bar",
    barDirection: "horizontal",
    title: words.text("principles.chartTitle"),
    anchor: span(
      PRINCIPLES_HEADER_ROW - 1,
      CHART_COLUMN,
      alignmentRow + 1,
      CHART_COLUMN + CHART_WIDTH,
    ),
    categories: span(FIRST_PRINCIPLE_ROW, 2, alignmentRow - 1, 2),
    series: [
      {
        name: words.text("header.average5"),
        values: span(FIRST_PRINCIPLE_ROW, 3, alignmentRow - 1, 3),
        colour: CHART_COLOURS.principles,
      },
    ],
    valueAxis: { min: 1, max: 5, numberFormat: NUMBER_FORMATS.fivePoint },
  };
  return {
    cells,
    conditionalFormats: [
      bandLabelFormat(
        span(FIRST_PRINCIPLE_ROW, 5, alignmentRow, 5),
        PRINCIPLE_BAND_COLOURS,
        words.templates,
      ),
    ],
    charts: [chart],
    nextRow: alignmentRow + 2,
  };
}

/** Mean (1–5), 0–100, band and count, then the spread, as formulas over one column of C2C_Programme. */
function averageCells(
  row: number,
  column: Expr,
  average: PrincipleAverage | AlignmentAverage,
  words: ProgrammeWords,
): TemplateCell[] {
  const averageCell = ref(PROGRAMME_SHEET, at(row, 3));
  const noAverage = words.templates.label(NO_AVERAGE_LABEL);
  return [
    meanCell(row, 3, column, average.distribution, "computedFivePoint"),
    {
      address: at(row, 4),
      value: shown(average.averageOutOf100),
      style: "computedHundred",
      expr: ifThen(
        eq(averageCell, BLANK),
        BLANK,
        mul(div(sub(averageCell, num(1)), num(4)), num(100)),
      ),
    },
    {
      address: at(row, 5),
      value: words.templates.label(average.band ?? NO_AVERAGE_LABEL),
      style: "computedText",
      expr: principleBandFormula(averageCell, noAverage, words),
    },
    countCell(row, 6, column, average.partnershipsWithScore),
    ...spreadCells(row, 7, column, average.distribution, "computedFivePoint"),
  ];
}
