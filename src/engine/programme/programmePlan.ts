// The programme workbook (`c2c consolidate`, the demo's programme.xlsx). Sheet *Programme*: each
// principle's average over the partnerships that have a score — AVERAGE formulas over the
// Partnerships table, so a coordinator who corrects or removes a row sees the averages follow — with
// 0–100 form, band and count, a bar chart and the provenance line. Sheet *Partnerships*: one row per
// partnership. Two sheets because the two tables want different column widths. Same styles and band
// colours as the templates.

import { CATALOGUE_VERSION, catalogue } from "../catalogue";
import {
  BLANK,
  call,
  div,
  eq,
  ge,
  ifThen,
  mul,
  num,
  ref,
  sub,
  text,
  type Expr,
} from "../formula/expr";
import type { ChartPlan, SheetPlan, WorkbookPlan } from "../plan/types";
import { at, letters, span, widthsFrom } from "../templates/grid";
import { provenanceLine, type Stamp } from "../templates/provenance";
import { bandLabelFormat } from "../templates/scoreboard/block";
import { compileSheet, shown, type TemplateCell } from "../templates/sheetTemplate";
import { CHART_COLOURS, NUMBER_FORMATS, PRINCIPLE_BAND_COLOURS, STYLES } from "../templates/styles";
import type { PrincipleBandLimits } from "../settings";
import type { PartnershipSummary, Programme } from "./types";

export const PROGRAMME_SHEET = "Programme";
export const PARTNERSHIPS_SHEET = "Partnerships";
export const PROGRAMME_TABLE = "C2C_Programme";

/** The label a principle average without any partnership score shows (grey, like a principle's). */
export const NO_AVERAGE_LABEL = "Insufficient answers";

export interface ProgrammePlanOptions {
  readonly stamp: Stamp;
  /** Shows the SAMPLE DATA banner (the demo). */
  readonly sampleData: boolean;
}

const AVERAGES_HEADER_ROW = 6;
const FIRST_AVERAGE_ROW = AVERAGES_HEADER_ROW + 1;
const AVERAGE_HEADERS = [
  "Principle",
  "Name",
  "Average (1–5)",
  "Average (0–100)",
  "Band",
  "Partnerships with a score",
] as const;
const AVERAGE_WIDTHS = [10, 36, 14, 16, 21, 25];

const TABLE_HEADER_ROW = 4;
const FIRST_PARTNERSHIP_ROW = TABLE_HEADER_ROW + 1;
/** The first principle column of the Partnerships table (after Source, Partnership, Cities, Respondents). */
const FIRST_PRINCIPLE_COLUMN = 5;

export function programmePlan(programme: Programme, options: ProgrammePlanOptions): WorkbookPlan {
  return {
    styles: { ...STYLES },
    sheets: [averagesSheet(programme, options), partnershipsSheet(programme, options)],
    names: [],
  };
}

function averagesSheet(programme: Programme, options: ProgrammePlanOptions): SheetPlan {
  const alignmentRow = FIRST_AVERAGE_ROW + catalogue.principles.length;
  const lastPartnershipRow = TABLE_HEADER_ROW + programme.partnerships.length;
  const tableColumn = (column: number): Expr =>
    ref(
      PARTNERSHIPS_SHEET,
      `${letters(column)}${FIRST_PARTNERSHIP_ROW}:${letters(column)}${lastPartnershipRow}`,
    );
  const limits = programme.settings.principleBandLimits;
  const chartLastRow = alignmentRow + 6;

  const cells: TemplateCell[] = [
    {
      address: "A1",
      value: `Programme view: ${programme.partnerships.length} partnerships`,
      style: "title",
    },
    {
      address: "A2",
      value:
        "Each principle's average over the partnerships that have a score (1–5), as the OECD pilot reported its averages; each partnership on the Partnerships sheet.",
      style: "subtitle",
    },
    ...(options.sampleData ? sampleBanner(AVERAGE_HEADERS.length) : []),
    {
      address: at(AVERAGES_HEADER_ROW - 1, 1),
      value: "Principles across the programme",
      style: "sectionHeading",
    },
    ...AVERAGE_HEADERS.map((header, index): TemplateCell => ({
      address: at(AVERAGES_HEADER_ROW, index + 1),
      value: header,
      style: "header",
    })),
  ];
  programme.principles.forEach((average, index) => {
    const row = FIRST_AVERAGE_ROW + index;
    cells.push(
      { address: at(row, 1), value: average.principle, style: "label" },
      { address: at(row, 2), value: average.name, style: "label" },
      ...averageCells(row, tableColumn(FIRST_PRINCIPLE_COLUMN + index), average, limits),
    );
  });
  cells.push(
    { address: at(alignmentRow, 1), value: "Overall", style: "label" },
    { address: at(alignmentRow, 2), value: "Alignment with the G20 principles", style: "label" },
    ...averageCells(
      alignmentRow,
      tableColumn(FIRST_PRINCIPLE_COLUMN + catalogue.principles.length),
      programme.alignment,
      limits,
    ),
    // Below the chart, which it would otherwise run under.
    { address: at(chartLastRow + 2, 1), value: provenance(programme, options), style: "note" },
  );

  const chart: ChartPlan = {
    kind: "bar",
    barDirection: "horizontal",
    title: "Principle averages across the programme (1–5)",
    anchor: span(
      AVERAGES_HEADER_ROW - 1,
      AVERAGE_HEADERS.length + 2,
      chartLastRow,
      AVERAGE_HEADERS.length + 9,
    ),
    categories: span(FIRST_AVERAGE_ROW, 2, alignmentRow - 1, 2),
    series: [
      {
        name: "Average (1–5)",
        values: span(FIRST_AVERAGE_ROW, 3, alignmentRow - 1, 3),
        colour: CHART_COLOURS.principles,
      },
    ],
    valueAxis: { min: 1, max: 5, numberFormat: NUMBER_FORMATS.fivePoint },
  };
  return compileSheet({
    name: PROGRAMME_SHEET,
    owned: true,
    cells,
    conditionalFormats: [
      bandLabelFormat(span(FIRST_AVERAGE_ROW, 5, alignmentRow, 5), PRINCIPLE_BAND_COLOURS),
    ],
    charts: [chart],
    columnWidths: widthsFrom(AVERAGE_WIDTHS),
    print: { orientation: "landscape", fitToWidth: true },
  });
}

function partnershipsSheet(programme: Programme, options: ProgrammePlanOptions): SheetPlan {
  const columns = [
    "Source",
    "Partnership",
    "Cities",
    "Respondents",
    ...catalogue.principles.map((principle) => principle.id),
    "Alignment",
    "Contested items",
    "Indicator coverage",
    "SDG index (latest year, by city)",
  ];
  const lastRow = TABLE_HEADER_ROW + programme.partnerships.length;
  const cells: TemplateCell[] = [
    { address: "A1", value: "Partnerships", style: "title" },
    {
      address: "A2",
      value:
        "One row per partnership consolidated: principle scores on 1–5, blank where the partnership has no score.",
      style: "subtitle",
    },
    ...(options.sampleData ? sampleBanner(4, 3) : []),
    ...columns.map((header, index): TemplateCell => ({
      address: at(TABLE_HEADER_ROW, index + 1),
      value: header,
      style: "header",
    })),
    ...programme.partnerships.flatMap((partnership, index) =>
      partnershipCells(FIRST_PARTNERSHIP_ROW + index, partnership),
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

/** The SAMPLE DATA banner across the first columns of a row, so its text runs over a coloured band. */
function sampleBanner(width: number, row = 3): TemplateCell[] {
  return Array.from({ length: width }, (_, index): TemplateCell => ({
    address: at(row, index + 1),
    value:
      index === 0 ? "SAMPLE DATA: generated partnerships for the demo, not real results." : null,
    style: "sampleData",
  }));
}

/** Average (1–5), its 0–100 form, band and count, as formulas over one column of the Partnerships table. */
function averageCells(
  row: number,
  column: Expr,
  average: {
    readonly average: number | null;
    readonly averageOutOf100: number | null;
    readonly band: string | null;
    readonly partnershipsWithScore: number;
  },
  limits: PrincipleBandLimits,
): TemplateCell[] {
  const averageCell = ref(PROGRAMME_SHEET, at(row, 3));
  const isBlank = eq(averageCell, BLANK);
  const band = (limit: number, label: string, otherwise: Expr): Expr =>
    ifThen(ge(averageCell, num(limit)), text(label), otherwise);
  return [
    {
      address: at(row, 3),
      value: shown(average.average),
      style: "computedFivePoint",
      expr: ifThen(eq(call("COUNT", column), num(0)), BLANK, call("AVERAGE", column)),
    },
    {
      address: at(row, 4),
      value: shown(average.averageOutOf100),
      style: "computedHundred",
      expr: ifThen(isBlank, BLANK, mul(div(sub(averageCell, num(1)), num(4)), num(100))),
    },
    {
      address: at(row, 5),
      value: average.band ?? NO_AVERAGE_LABEL,
      style: "computedText",
      expr: ifThen(
        isBlank,
        text(NO_AVERAGE_LABEL),
        band(
          limits.advanced,
          "Advanced",
          band(
            limits.established,
            "Established",
            band(limits.developing, "Developing", text("Weak")),
          ),
        ),
      ),
    },
    {
      address: at(row, 6),
      value: average.partnershipsWithScore,
      style: "computedWhole",
      expr: call("COUNT", column),
    },
  ];
}

function partnershipCells(row: number, partnership: PartnershipSummary): TemplateCell[] {
  const principleCells = catalogue.principles.map((principle, index): TemplateCell => ({
    address: at(row, FIRST_PRINCIPLE_COLUMN + index),
    value: partnership.principleScores[principle.id],
    numberFormat: NUMBER_FORMATS.fivePoint,
  }));
  const after = FIRST_PRINCIPLE_COLUMN + catalogue.principles.length;
  return [
    { address: at(row, 1), value: partnership.source },
    { address: at(row, 2), value: partnership.name },
    { address: at(row, 3), value: partnership.cities.join(", ") },
    { address: at(row, 4), value: partnership.respondents, numberFormat: NUMBER_FORMATS.whole },
    ...principleCells,
    {
      address: at(row, after),
      value: partnership.alignment,
      numberFormat: NUMBER_FORMATS.fivePoint,
    },
    {
      address: at(row, after + 1),
      value: partnership.contestedItems,
      numberFormat: NUMBER_FORMATS.whole,
    },
    {
      address: at(row, after + 2),
      value: partnership.dataCoverage,
      numberFormat: NUMBER_FORMATS.percent,
    },
    { address: at(row, after + 3), value: sdgIndexText(partnership) },
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

// The Scoreboard's provenance line (the workbooks were scored now, with this catalogue), and the
// catalogue version the workbooks were stamped with when that is another one.
function provenance(programme: Programme, options: ProgrammePlanOptions): string {
  const line = provenanceLine(options.stamp, programme.list, programme.settings);
  if (programme.catalogueVersion === CATALOGUE_VERSION) return line;
  return `${line} · the workbooks were stamped with catalogue ${programme.catalogueVersion ?? "(none)"}`;
}
