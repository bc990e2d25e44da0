// The programme workbook (`c2c consolidate`, the demo's programme.xlsx): one sheet with each
// principle's average over the partnerships that have a score — written as AVERAGE formulas over
// the partnership table below it, so a coordinator who corrects or removes a row sees the averages
// follow — a bar chart of those averages, and each partnership's row. The same plan shape as the
// templates', with their styles and band colours.

import { CATALOGUE_VERSION, catalogue } from "../catalogue";
import { BLANK, call, div, eq, ge, ifThen, mul, num, ref, sub, text, type Expr } from "../formula/expr";
import type { CellStylePlan, ChartPlan, ConditionalFormatPlan, WorkbookPlan } from "../plan/types";
import { at, letters, span, widthsFrom } from "../templates/grid";
import { compileSheet, shown, type TemplateCell } from "../templates/sheetTemplate";
import { CHART_COLOURS, NUMBER_FORMATS, PRINCIPLE_BAND_COLOURS, STYLES } from "../templates/styles";
import { provenanceLine, type Stamp } from "../templates/provenance";
import { bandLabelFormat } from "../templates/scoreboard/block";
import type { PrincipleBandLimits } from "../settings";
import type { PartnershipSummary, Programme } from "./types";

export const PROGRAMME_SHEET = "Programme";
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
const AVERAGE_HEADERS = ["Principle", "Name", "Average (1–5)", "Average (0–100)", "Band", "Partnerships with a score"] as const;

/** Columns of the partnership table, left to right; principle columns start at FIRST_PRINCIPLE_COLUMN. */
const FIRST_PRINCIPLE_COLUMN = 5;

export function programmePlan(programme: Programme, options: ProgrammePlanOptions): WorkbookPlan {
  const principleCount = catalogue.principles.length;
  const alignmentRow = FIRST_AVERAGE_ROW + principleCount;
  const tableHeaderRow = alignmentRow + 4;
  const firstPartnershipRow = tableHeaderRow + 1;
  const lastPartnershipRow = tableHeaderRow + programme.partnerships.length;
  const alignmentColumn = FIRST_PRINCIPLE_COLUMN + principleCount;
  const tableColumns = [
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
  const columnRange = (column: number): Expr => ref(PROGRAMME_SHEET, `${letters(column)}${firstPartnershipRow}:${letters(column)}${lastPartnershipRow}`);
  const limits = programme.settings.principleBandLimits;

  const cells: TemplateCell[] = [
    { address: "A1", value: `Programme view: ${programme.partnerships.length} partnerships`, style: "title" },
    {
      address: "A2",
      value: "Each principle's average over the partnerships that have a score (1–5), as the OECD pilot reported its averages.",
      style: "subtitle",
    },
    ...(options.sampleData ? [{ address: "A3", value: "SAMPLE DATA: generated partnerships for the demo, not real results.", style: "sampleData" as const }] : []),
    { address: at(AVERAGES_HEADER_ROW - 1, 1), value: "Principles across the programme", style: "sectionHeading" },
    ...AVERAGE_HEADERS.map((header, index): TemplateCell => ({ address: at(AVERAGES_HEADER_ROW, index + 1), value: header, style: "header" })),
  ];

  programme.principles.forEach((average, index) => {
    const row = FIRST_AVERAGE_ROW + index;
    cells.push(
      { address: at(row, 1), value: average.principle, style: "label" },
      { address: at(row, 2), value: average.name, style: "label" },
      ...averageCells(row, columnRange(FIRST_PRINCIPLE_COLUMN + index), average, limits),
    );
  });
  cells.push(
    { address: at(alignmentRow, 1), value: "Overall", style: "label" },
    { address: at(alignmentRow, 2), value: "Alignment with the G20 principles", style: "label" },
    ...averageCells(alignmentRow, columnRange(alignmentColumn), programme.alignment, limits),
  );

  cells.push(
    { address: at(tableHeaderRow - 1, 1), value: "Partnerships", style: "sectionHeading" },
    ...tableColumns.map((header, index): TemplateCell => ({ address: at(tableHeaderRow, index + 1), value: header, style: "header" })),
  );
  programme.partnerships.forEach((partnership, index) => {
    cells.push(...partnershipCells(firstPartnershipRow + index, partnership));
  });
  cells.push({ address: at(lastPartnershipRow + 2, 1), value: provenance(programme, options), style: "note" });

  const bands: ConditionalFormatPlan = bandLabelFormat(span(FIRST_AVERAGE_ROW, 5, alignmentRow, 5), PRINCIPLE_BAND_COLOURS);
  const chart: ChartPlan = {
    kind: "bar",
    barDirection: "horizontal",
    title: "Principle averages across the programme (1–5)",
    anchor: span(AVERAGES_HEADER_ROW - 1, 8, alignmentRow + 2, 15),
    categories: span(FIRST_AVERAGE_ROW, 2, alignmentRow - 1, 2),
    series: [{ name: "Average (1–5)", values: span(FIRST_AVERAGE_ROW, 3, alignmentRow - 1, 3), colour: CHART_COLOURS.principles }],
    valueAxis: { min: 1, max: 5, numberFormat: NUMBER_FORMATS.fivePoint },
  };

  const sheet = compileSheet({
    name: PROGRAMME_SHEET,
    owned: true,
    cells,
    tables: [
      {
        name: PROGRAMME_TABLE,
        range: span(tableHeaderRow, 1, lastPartnershipRow, tableColumns.length),
        columns: tableColumns,
        style: "TableStyleMedium2",
        showRowStripes: true,
      },
    ],
    conditionalFormats: [bands],
    charts: [chart],
    columnWidths: widthsFrom([14, 40, 28, 12, ...catalogue.principles.map(() => 7), 10, 10, 11, 40]),
    print: { orientation: "landscape", fitToWidth: true },
  });
  const styles: Record<string, CellStylePlan> = { ...STYLES };
  return { styles, sheets: [sheet], names: [] };
}

/** Average (1–5), its 0–100 form, band and count, as formulas over one column of the partnership table. */
function averageCells(
  row: number,
  column: Expr,
  average: { readonly average: number | null; readonly averageOutOf100: number | null; readonly band: string | null; readonly partnershipsWithScore: number },
  limits: PrincipleBandLimits,
): TemplateCell[] {
  const averageCell = ref(PROGRAMME_SHEET, at(row, 3));
  const isBlank = eq(averageCell, BLANK);
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
        ifThen(
          ge(averageCell, num(limits.advanced)),
          text("Advanced"),
          ifThen(ge(averageCell, num(limits.established)), text("Established"), ifThen(ge(averageCell, num(limits.developing)), text("Developing"), text("Weak"))),
        ),
      ),
    },
    { address: at(row, 6), value: average.partnershipsWithScore, style: "computedWhole", expr: call("COUNT", column) },
  ];
}

function partnershipCells(row: number, partnership: PartnershipSummary): TemplateCell[] {
  const principleCells = catalogue.principles.map(
    (principle, index): TemplateCell => ({
      address: at(row, FIRST_PRINCIPLE_COLUMN + index),
      value: partnership.principleScores[principle.id],
      numberFormat: NUMBER_FORMATS.fivePoint,
    }),
  );
  const after = FIRST_PRINCIPLE_COLUMN + catalogue.principles.length;
  return [
    { address: at(row, 1), value: partnership.source },
    { address: at(row, 2), value: partnership.name },
    { address: at(row, 3), value: partnership.cities.join(", ") },
    { address: at(row, 4), value: partnership.respondents, numberFormat: NUMBER_FORMATS.whole },
    ...principleCells,
    { address: at(row, after), value: partnership.alignment, numberFormat: NUMBER_FORMATS.fivePoint },
    { address: at(row, after + 1), value: partnership.contestedItems, numberFormat: NUMBER_FORMATS.whole },
    { address: at(row, after + 2), value: partnership.dataCoverage, numberFormat: NUMBER_FORMATS.percent },
    { address: at(row, after + 3), value: sdgIndexText(partnership) },
  ];
}

/** "Lindhaven 72.4 (2024) · Sokoni 48.1 (2024)"; empty without indicator data. */
function sdgIndexText(partnership: PartnershipSummary): string {
  return partnership.sdgIndices
    .map((entry) => `${entry.city} ${entry.index === null ? "no data" : entry.index.toFixed(1)} (${entry.year})`)
    .join(" · ");
}

// The Scoreboard's provenance line (the workbooks were scored now, with this catalogue), and the
// catalogue version the workbooks were stamped with when that is another one.
function provenance(programme: Programme, options: ProgrammePlanOptions): string {
  const line = provenanceLine(options.stamp, programme.list, programme.settings);
  if (programme.catalogueVersion === CATALOGUE_VERSION) return line;
  return `${line} · the workbooks were stamped with catalogue ${programme.catalogueVersion ?? "(none)"}`;
}
