// The DrawingML of the programme's charts: stacked bars (one bar per category, series on one
// another, as Excel writes them) and a scatter whose series carry their x values; well-formed, in
// the element order ECMA-376 prescribes (CT_BarChart, CT_ScatterSer, CT_ValAx).

import { SaxesParser } from "saxes";
import { chartXml, type ChartData } from "../../../src/host/xlsx/charts/chartXml";

function wellFormed(xml: string): boolean {
  const parser = new SaxesParser({ xmlns: true });
  let ok = true;
  parser.on("error", () => {
    ok = false;
  });
  parser.write(xml).close();
  return ok;
}

/** The local names of the elements in document order. */
function elementOrder(xml: string): string[] {
  return [...xml.matchAll(/<c:([A-Za-z]+)[\s/>]/gu)].map((match) => match[1] ?? "");
}

const stacked: ChartData = {
  plan: {
    kind: "bar",
    barDirection: "horizontal",
    grouping: "stacked",
    title: "Shares",
    anchor: "M1:T20",
    categories: "B2:B3",
    series: [
      { name: "Advanced", values: "C2:C3", colour: "#0072B2" },
      { name: "Weak", values: "D2:D3", colour: "#D55E00" },
    ],
    valueAxis: { min: 0, max: 1, numberFormat: "0%" },
  },
  sheet: "Programme",
  categories: ["Territorial approach", "Financing"],
  values: [
    [0.25, 0],
    [0.75, 1],
  ],
};

const scatter: ChartData = {
  plan: {
    kind: "scatter",
    title: "Goal indices",
    anchor: "L1:U22",
    series: [{ name: "A city's goal index", xValues: "E5:E7", values: "J5:J7", colour: "#009E73" }],
    xAxis: { min: 0, max: 18, majorUnit: 1, numberFormat: "0" },
    valueAxis: { min: 0, max: 100 },
  },
  sheet: "Goals",
  categories: [],
  values: [[80, null, 60]],
  xValues: [[6, 6, 11]],
};

describe("chart kinds of the programme workbook", () => {
  it("stacks bars: grouping stacked, overlap 100 after the gap width, before the axis ids", () => {
    const xml = chartXml(stacked);
    expect(wellFormed(xml)).toBe(true);
    expect(xml).toContain('<c:grouping val="stacked"/>');
    const order = elementOrder(xml);
    const at = (name: string): number => order.indexOf(name);
    expect(at("gapWidth")).toBeLessThan(at("overlap"));
    expect(at("overlap")).toBeLessThan(at("axId"));
    expect(xml).toContain('<c:overlap val="100"/>');
    expect(xml).toContain("<c:f>Programme!$C$2:$C$3</c:f>");
  });

  it("keeps a clustered bar as it was: no overlap", () => {
    const xml = chartXml({ ...stacked, plan: { ...stacked.plan, grouping: undefined } });
    expect(xml).toContain('<c:grouping val="clustered"/>');
    expect(xml).not.toContain("<c:overlap");
  });

  it("draws a scatter: x then y values with their caches, markers without lines, two value axes", () => {
    const xml = chartXml(scatter);
    expect(wellFormed(xml)).toBe(true);
    expect(xml).toContain('<c:scatterChart><c:scatterStyle val="lineMarker"/>');
    const order = elementOrder(xml);
    expect(order.indexOf("xVal")).toBeLessThan(order.indexOf("yVal"));
    expect(order.indexOf("yVal")).toBeLessThan(order.indexOf("smooth"));
    expect(xml).toContain("<c:xVal><c:numRef><c:f>Goals!$E$5:$E$7</c:f>");
    expect(xml).toContain("<c:yVal><c:numRef><c:f>Goals!$J$5:$J$7</c:f>");
    // The blank y value has no point: no marker is drawn for it.
    expect(xml).toContain(
      '<c:ptCount val="3"/><c:pt idx="0"><c:v>80</c:v></c:pt><c:pt idx="2"><c:v>60</c:v></c:pt>',
    );
    expect(xml).toContain('<a:ln w="19050"><a:noFill/></a:ln>');
    expect(order.filter((name) => name === "valAx")).toHaveLength(2);
    expect(order).not.toContain("catAx");
    expect(xml).toContain('<c:max val="18"/><c:min val="0"/>');
    expect(xml).toContain('<c:majorUnit val="1"/>');
  });
});
