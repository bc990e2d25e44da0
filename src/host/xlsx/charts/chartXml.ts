// DrawingML chart parts (xl/charts/chartN.xml) for the plan's radar, bar (clustered or stacked)
// and scatter charts. ExcelJS cannot
// write charts, so the xlsx host writes these itself. Every series refers to its sheet range and
// carries a cache of the values the plan computed, so the chart renders before any recalculation.
// Element order follows the ECMA-376 schema (CT_ChartSpace, CT_BarSer, CT_RadarSer, CT_ValAx…),
// which Excel enforces.

import { absoluteReference } from "../../../engine/plan/address";
import type { AxisPlan, ChartPlan } from "../../../engine/plan/types";
import { xmlText } from "../../../engine/sheetValues";

/** A chart of the plan with the values its ranges hold, as the plan computed them. */
export interface ChartData {
  readonly plan: ChartPlan;
  /** The sheet the chart and its ranges are on, as written. */
  readonly sheet: string;
  readonly categories: readonly string[];
  /** Values per series, in plan order; null where a cell is blank or not a number. */
  readonly values: readonly (readonly (number | null)[])[];
  /** A scatter's x values per series, in plan order (absent or empty for other kinds). */
  readonly xValues?: readonly (readonly (number | null)[])[];
}

/** Series colours when the plan gives none: the Okabe–Ito palette, told apart by colour-blind readers. */
export const DEFAULT_SERIES_COLOURS: readonly string[] = [
  "#0072B2",
  "#E69F00",
  "#009E73",
  "#CC79A7",
  "#56B4E9",
  "#D55E00",
  "#F0E442",
  "#000000",
];

const CATEGORY_AXIS_ID = 500_000_001;
const VALUE_AXIS_ID = 500_000_002;

export function chartXml(chart: ChartData): string {
  const { plan } = chart;
  const series = plan.series.map((_, index) => seriesXml(chart, index)).join("");
  const axes = `<c:axId val="${CATEGORY_AXIS_ID}"/><c:axId val="${VALUE_AXIS_ID}"/>`;
  const grouping = plan.grouping ?? "clustered";
  // Stacked bars sit on one another: overlap 100 % (ECMA-376 §21.2.2.131), as Excel writes them.
  const overlap = grouping === "clustered" ? "" : '<c:overlap val="100"/>';
  const body =
    plan.kind === "radar"
      ? `<c:radarChart><c:radarStyle val="marker"/><c:varyColors val="0"/>${series}${axes}</c:radarChart>`
      : plan.kind === "scatter"
        ? `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>${series}${axes}</c:scatterChart>`
        : `<c:barChart><c:barDir val="${plan.barDirection === "horizontal" ? "bar" : "col"}"/><c:grouping val="${grouping}"/><c:varyColors val="0"/>${series}<c:gapWidth val="80"/>${overlap}${axes}</c:barChart>`;
  const firstAxis = plan.kind === "scatter" ? scatterXAxisXml(plan) : categoryAxisXml(plan);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<c:date1904 val="0"/><c:roundedCorners val="0"/>' +
    "<c:chart>" +
    titleXml(plan.title) +
    '<c:autoTitleDeleted val="0"/>' +
    `<c:plotArea><c:layout/>${body}${firstAxis}${valueAxisXml(plan)}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    "</c:chart>" +
    "</c:chartSpace>"
  );
}

function titleXml(title: string): string {
  return (
    "<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p>" +
    '<a:pPr><a:defRPr sz="1400" b="1"/></a:pPr>' +
    `<a:r><a:rPr lang="en-GB" sz="1400" b="1"/><a:t>${xmlText(title)}</a:t></a:r>` +
    '</a:p></c:rich></c:tx><c:overlay val="0"/></c:title>'
  );
}

function seriesXml(chart: ChartData, index: number): string {
  const series = chart.plan.series[index];
  if (series === undefined) return "";
  const colour = (
    series.colour ??
    DEFAULT_SERIES_COLOURS[index % DEFAULT_SERIES_COLOURS.length] ??
    "#0072B2"
  )
    .slice(1)
    .toUpperCase();
  const fill = `<a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>`;
  const look =
    chart.plan.kind === "radar"
      ? `<c:spPr><a:ln w="28575" cap="rnd">${fill}<a:round/></a:ln></c:spPr>` +
        `<c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr>${fill}<a:ln>${fill}</a:ln></c:spPr></c:marker>`
      : chart.plan.kind === "scatter"
        ? // Points only: a line through cities in table order would mean nothing.
          `<c:spPr><a:ln w="19050"><a:noFill/></a:ln></c:spPr>` +
          `<c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr>${fill}<a:ln>${fill}</a:ln></c:spPr></c:marker>`
        : `<c:spPr>${fill}</c:spPr><c:invertIfNegative val="0"/>`;
  const values = numberReference(
    absoluteReference(chart.sheet, series.values),
    chart.values[index] ?? [],
  );
  // CT_ScatterSer: xVal then yVal, then smooth; the others: cat then val.
  const points =
    chart.plan.kind === "scatter"
      ? `<c:xVal>${numberReference(absoluteReference(chart.sheet, series.xValues ?? series.values), chart.xValues?.[index] ?? [])}</c:xVal>` +
        `<c:yVal>${values}</c:yVal><c:smooth val="0"/>`
      : `<c:cat>${stringReference(absoluteReference(chart.sheet, chart.plan.categories ?? series.values), chart.categories)}</c:cat>` +
        `<c:val>${values}</c:val>`;
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>` +
    `<c:tx><c:v>${xmlText(series.name)}</c:v></c:tx>` +
    look +
    points +
    "</c:ser>"
  );
}

function stringReference(reference: string, texts: readonly string[]): string {
  const points = texts
    .map((text, index) => `<c:pt idx="${index}"><c:v>${xmlText(text)}</c:v></c:pt>`)
    .join("");
  return `<c:strRef><c:f>${xmlText(reference)}</c:f><c:strCache><c:ptCount val="${texts.length}"/>${points}</c:strCache></c:strRef>`;
}

function numberReference(reference: string, values: readonly (number | null)[]): string {
  // A blank cell has no <c:pt>: the chart shows a gap there (dispBlanksAs="gap").
  const points = values
    .map((value, index) =>
      value === null ? "" : `<c:pt idx="${index}"><c:v>${String(value)}</c:v></c:pt>`,
    )
    .join("");
  return (
    `<c:numRef><c:f>${xmlText(reference)}</c:f>` +
    `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache></c:numRef>`
  );
}

function categoryAxisXml(plan: ChartPlan): string {
  const horizontal = plan.kind === "bar" && plan.barDirection === "horizontal";
  // Horizontal bars list categories bottom-up by default; maxMin keeps the sheet's top-down order.
  return (
    `<c:catAx><c:axId val="${CATEGORY_AXIS_ID}"/><c:scaling><c:orientation val="${horizontal ? "maxMin" : "minMax"}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? "l" : "b"}"/>` +
    '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `<c:crossAx val="${VALUE_AXIS_ID}"/><c:crosses val="autoZero"/>` +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>' +
    // Every bar is a goal or a principle: label each one instead of letting the renderer skip some.
    `${plan.kind === "bar" ? '<c:tickLblSkip val="1"/>' : ""}<c:noMultiLvlLbl val="0"/></c:catAx>`
  );
}

function valueAxisXml(plan: ChartPlan): string {
  const horizontal = plan.kind === "bar" && plan.barDirection === "horizontal";
  // With the categories reversed, the value axis crosses at the last category to stay at the bottom.
  return valueAxis(VALUE_AXIS_ID, CATEGORY_AXIS_ID, plan.valueAxis, {
    position: horizontal ? "b" : "l",
    crosses: horizontal ? "max" : "autoZero",
    gridlines: true,
    between: plan.kind === "scatter" ? "midCat" : "between",
  });
}

/** A scatter's x axis is a value axis too (CT_ValAx), below the plot. */
function scatterXAxisXml(plan: ChartPlan): string {
  return valueAxis(CATEGORY_AXIS_ID, VALUE_AXIS_ID, plan.xAxis, {
    position: "b",
    crosses: "autoZero",
    gridlines: false,
    between: "midCat",
  });
}

function valueAxis(
  id: number,
  crossing: number,
  axis: AxisPlan | undefined,
  look: {
    position: "b" | "l";
    crosses: "max" | "autoZero";
    gridlines: boolean;
    between: "between" | "midCat";
  },
): string {
  const max = axis?.max === undefined ? "" : `<c:max val="${axis.max}"/>`;
  const min = axis?.min === undefined ? "" : `<c:min val="${axis.min}"/>`;
  const format = xmlText(axis?.numberFormat ?? "General");
  const majorUnit = axis?.majorUnit === undefined ? "" : `<c:majorUnit val="${axis.majorUnit}"/>`;
  return (
    `<c:valAx><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/>${max}${min}</c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${look.position}"/>${look.gridlines ? "<c:majorGridlines/>" : ""}` +
    `<c:numFmt formatCode="${format}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${crossing}"/><c:crosses val="${look.crosses}"/><c:crossBetween val="${look.between}"/>${majorUnit}</c:valAx>`
  );
}
