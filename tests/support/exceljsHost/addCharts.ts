// Adds chart parts to an .xlsx package ExcelJS has written: per sheet with charts, one drawing part
// (xl/drawings/drawingN.xml + rels) holding the charts (xl/charts/chartN.xml), the sheet's
// <drawing r:id> with its relationship, and the [Content_Types].xml overrides.

import JSZip from "jszip";
import { xmlText } from "../../../src/engine/sheetValues";
import { elementsAttributes } from "../../../src/host/xlsx/xml";
import { chartXml, type ChartData } from "../../../src/host/xlsx/charts/chartXml";
import {
  CHART_RELATIONSHIP,
  DRAWING_RELATIONSHIP,
  drawingXml,
  relationshipsXml,
  type Relationship,
} from "../../../src/host/xlsx/charts/drawingXml";
import {
  readRelationships,
  relationshipsPathOf,
  sheetPartPaths,
} from "../../../src/host/xlsx/packageParts";

const CHART_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";

// CT_Worksheet puts <drawing> after these elements and before the rest; it goes before the first of
// the elements that must follow it.
const ELEMENTS_AFTER_DRAWING = [
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** The package with the charts added; sheets are named as written in the workbook. */
export async function addChartsToPackage(
  xlsx: Uint8Array,
  chartsBySheet: ReadonlyMap<string, readonly ChartData[]>,
): Promise<Uint8Array> {
  if (chartsBySheet.size === 0) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  const sheetPaths = await sheetPartPaths(zip);
  const contentTypes = new ContentTypes(await readText(zip, "[Content_Types].xml"));
  const nextDrawing = freeNumbering(zip, /^xl\/drawings\/drawing(\d+)\.xml$/);
  const nextChart = freeNumbering(zip, /^xl\/charts\/chart(\d+)\.xml$/);

  for (const [sheet, charts] of chartsBySheet) {
    if (charts.length === 0) continue;
    const sheetPath = sheetPaths.get(sheet);
    if (sheetPath === undefined)
      throw new Error(`the package has no sheet "${sheet}" to put charts on`);
    const sheetXml = await readText(zip, sheetPath);
    if (/<drawing\s/.test(sheetXml))
      throw new Error(`the sheet "${sheet}" already has a drawing; charts cannot be added to it`);

    const drawingNumber = nextDrawing();
    const drawingPath = `xl/drawings/drawing${drawingNumber}.xml`;
    const chartRelationships: Relationship[] = [];
    const placed = charts.map((chart, index) => {
      const chartPath = `xl/charts/chart${nextChart()}.xml`;
      writePart(zip, chartPath, chartXml(chart));
      contentTypes.override(`/${chartPath}`, CHART_CONTENT_TYPE);
      const relationshipId = `rId${index + 1}`;
      chartRelationships.push({
        id: relationshipId,
        type: CHART_RELATIONSHIP,
        target: `../charts/${chartPath.slice("xl/charts/".length)}`,
      });
      return { anchor: chart.plan.anchor, title: chart.plan.title, relationshipId };
    });
    writePart(zip, drawingPath, drawingXml(placed));
    writePart(
      zip,
      `xl/drawings/_rels/drawing${drawingNumber}.xml.rels`,
      relationshipsXml(chartRelationships),
    );
    contentTypes.override(`/${drawingPath}`, DRAWING_CONTENT_TYPE);

    const sheetRelsPath = relationshipsPathOf(sheetPath);
    const sheetRelationships =
      zip.file(sheetRelsPath) === null ? [] : readRelationships(await readText(zip, sheetRelsPath));
    const drawingId = freeRelationshipId(sheetRelationships);
    sheetRelationships.push({
      id: drawingId,
      type: DRAWING_RELATIONSHIP,
      target: `../drawings/drawing${drawingNumber}.xml`,
    });
    writePart(zip, sheetRelsPath, relationshipsXml(sheetRelationships));
    writePart(zip, sheetPath, withDrawingElement(sheetXml, drawingId));
  }
  writePart(zip, "[Content_Types].xml", contentTypes.xml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

// Packages written by Excel and ExcelJS hold no folder entries; JSZip would add them by default.
function writePart(zip: JSZip, path: string, xml: string): void {
  zip.file(path, xml, { createFolders: false });
}

async function readText(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (file === null) throw new Error(`the package has no part ${path}`);
  return file.async("string");
}

function freeNumbering(zip: JSZip, pattern: RegExp): () => number {
  let highest = 0;
  zip.forEach((path) => {
    const match = pattern.exec(path);
    if (match !== null) highest = Math.max(highest, Number(match[1]));
  });
  return () => ++highest;
}

function freeRelationshipId(relationships: readonly Relationship[]): string {
  const taken = new Set(relationships.map((relationship) => relationship.id));
  let counter = relationships.length + 1;
  while (taken.has(`rId${counter}`)) counter++;
  return `rId${counter}`;
}

function withDrawingElement(sheetXml: string, relationshipId: string): string {
  const element = `<drawing r:id="${xmlText(relationshipId)}"/>`;
  const positions = ELEMENTS_AFTER_DRAWING.map((name) =>
    sheetXml.search(new RegExp(`<${name}[\\s>/]`)),
  ).filter((index) => index >= 0);
  const at = positions.length > 0 ? Math.min(...positions) : sheetXml.lastIndexOf("</worksheet>");
  if (at < 0) throw new Error("the worksheet part has no </worksheet>");
  const withElement = sheetXml.slice(0, at) + element + sheetXml.slice(at);
  // ExcelJS declares the r: namespace on every worksheet; make sure of it for any other writer.
  return /<worksheet[^>]*\sxmlns:r=/.test(withElement)
    ? withElement
    : withElement.replace(
        "<worksheet",
        '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
      );
}

class ContentTypes {
  private text: string;

  constructor(xml: string) {
    this.text = xml;
  }

  override(partName: string, contentType: string): void {
    const exists = elementsAttributes(this.text, "Override").some(
      (attributes) => attributes.PartName === partName,
    );
    if (exists) return;
    this.text = this.text.replace(
      "</Types>",
      `<Override PartName="${xmlText(partName)}" ContentType="${contentType}"/></Types>`,
    );
  }

  get xml(): string {
    return this.text;
  }
}
