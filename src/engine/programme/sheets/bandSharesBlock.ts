// The share of partnerships in each principle band, per principle and for alignment: COUNTIFS over
// the principle's column of C2C_Programme against the rule cells, divided by the partnerships with a
// score (0 when none has); a stacked bar beside it.

import { catalogue } from "../../catalogue";
import { call, concat, div, eq, ifThen, num, ref, sub, text, type Expr } from "../../formula/expr";
import type { ChartPlan } from "../../plan/types";
import type { PrincipleBand } from "../../scoring";
import { at, span } from "../../templates/grid";
import type { Block } from "../../templates/scoreboard/block";
import type { TemplateCell } from "../../templates/sheetTemplate";
import { PRINCIPLE_BAND_COLOURS } from "../../templates/styles";
import { PRINCIPLE_BANDS } from "../labels";
import type { ProgrammeWords } from "../texts";
import type { Programme } from "../types";
import { PROGRAMME_SHEET, ruleCell, type ProgrammeRuleCell } from "./layout";
import { ALIGNMENT_COLUMN, FIRST_PRINCIPLE_COLUMN } from "./partnershipsSheet";
import { CHART_COLUMN, CHART_WIDTH, partnershipColumn } from "./principlesBlock";

/** The rule cell a band starts at; Weak has none (below Developing). */
const BAND_FLOOR: Readonly<Record<PrincipleBand, ProgrammeRuleCell | null>> = {
  Advanced: "principleAdvanced",
  Established: "principleEstablished",
  Developing: "principleDeveloping",
  Weak: null,
};

export function bandSharesBlock(
  programme: Programme,
  firstRow: number,
  words: ProgrammeWords,
): Block {
  const headerRow = firstRow + 1;
  const first = headerRow + 1;
  const rows: readonly {
    id: string;
    name: string;
    shares: Record<PrincipleBand, number>;
    column: number;
  }[] = [
    ...programme.principles.map((average, index) => ({
      id: average.principle,
      name: words.templates.catalogue("principleNames", average.principle, average.name),
      shares: average.bandShares,
      column: FIRST_PRINCIPLE_COLUMN + index,
    })),
    {
      id: words.text("principles.overall"),
      name: words.text("principles.alignment"),
      shares: programme.alignment.bandShares,
      column: ALIGNMENT_COLUMN,
    },
  ];
  const cells: TemplateCell[] = [
    { address: at(firstRow, 1), value: words.text("bandShares.heading"), style: "sectionHeading" },
    ...[
      words.text("header.principle"),
      words.text("header.name"),
      ...PRINCIPLE_BANDS.map((band) => words.templates.label(band)),
    ].map((header, index): TemplateCell => ({
      address: at(headerRow, index + 1),
      value: header,
      style: "header",
    })),
  ];
  rows.forEach((entry, index) => {
    const row = first + index;
    const column = partnershipColumn(programme, entry.column);
    cells.push(
      { address: at(row, 1), value: entry.id, style: "label" },
      { address: at(row, 2), value: entry.name, style: "label" },
      ...PRINCIPLE_BANDS.map((band, bandIndex): TemplateCell => ({
        address: at(row, 3 + bandIndex),
        value: entry.shares[band],
        style: "computedPercent",
        expr: shareFormula(column, band),
      })),
    );
  });
  const last = first + rows.length - 1;
  const principlesLast = first + catalogue.principles.length - 1;
  const chart: ChartPlan = {
    kind: "bar",
    barDirection: "horizontal",
    grouping: "stacked",
    title: words.text("bandShares.chartTitle"),
    anchor: span(firstRow, CHART_COLUMN, Math.max(last, firstRow + 16), CHART_COLUMN + CHART_WIDTH),
    categories: span(first, 2, principlesLast, 2),
    series: PRINCIPLE_BANDS.map((band, index) => ({
      name: words.templates.label(band),
      values: span(first, 3 + index, principlesLast, 3 + index),
      colour: colourOf(band),
    })),
    valueAxis: { min: 0, max: 1, numberFormat: "0%" },
  };
  return {
    cells,
    conditionalFormats: [],
    charts: [chart],
    nextRow: Math.max(last, firstRow + 16) + 2,
  };
}

function atLeast(column: Expr, rule: ProgrammeRuleCell): Expr {
  return call("COUNTIFS", column, concat(text(">="), ref(PROGRAMME_SHEET, ruleCell(rule))));
}

/** (count from the band's floor − count from the next band's floor) / count; 0 without scores. */
function shareFormula(column: Expr, band: PrincipleBand): Expr {
  const count = call("COUNT", column);
  const bandIndex = PRINCIPLE_BANDS.indexOf(band);
  const floor = BAND_FLOOR[band];
  const above = PRINCIPLE_BANDS[bandIndex - 1];
  const ceiling = above === undefined ? null : BAND_FLOOR[above];
  const from = floor === null ? count : atLeast(column, floor);
  const inBand = ceiling === null ? from : sub(from, atLeast(column, ceiling));
  return ifThen(eq(count, num(0)), num(0), div(inBand, count));
}

function colourOf(band: string): string {
  return PRINCIPLE_BAND_COLOURS.find(([label]) => label === band)?.[1].fill ?? "#BFBFBF";
}
