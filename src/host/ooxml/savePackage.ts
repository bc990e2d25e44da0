// Saves the package model as .xlsx bytes: every generated sheet written whole by the runner's own
// worksheet writer, its tables and its charts (the DrawingML of charts/) as parts of their own,
// the styles appended to, and the workbook-level parts. ExcelJS is not involved.

import JSZip from "jszip";
import { RELATIONSHIP_NS } from "../../xlsxWriter/ooxml";
import { generatedSheetXml } from "../../xlsxWriter/generatedSheetXml";
import { StylesBuilder } from "../../xlsxWriter/stylesBuilder";
import {
  TABLE_CONTENT_TYPE,
  TABLE_RELATIONSHIP,
  tablePartXml,
} from "../../xlsxWriter/tablePartXml";
import { XLSX_MIME_TYPE } from "../../xlsxWriter/valuesWorkbook";
import { chartData } from "../xlsx/charts/chartData";
import { chartXml } from "../xlsx/charts/chartXml";
import { CHART_RELATIONSHIP, DRAWING_RELATIONSHIP, drawingXml } from "../xlsx/charts/drawingXml";
import type { GeneratedSheet, PackageModel } from "./packageModel";
import {
  contentTypesXml,
  OFFICE_DOCUMENT_RELATIONSHIPS,
  relationshipsXml,
  workbookXml,
  WORKSHEET_CONTENT_TYPE,
  type PartRelationship,
  type WorkbookSheet,
} from "./workbookParts";

const CHART_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
const STYLES_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const WORKBOOK_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

/** The parts a save writes, by path: the ledger of what this save made. */
export type PartTexts = Map<string, string>;

export async function savePackage(model: PackageModel): Promise<Uint8Array> {
  const parts = packageParts(model);
  const zip = new JSZip();
  // Packages written by Excel hold no folder entries; JSZip would add them by default.
  for (const [path, text] of parts) zip.file(path, text, { createFolders: false });
  return zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    mimeType: XLSX_MIME_TYPE,
  });
}

/** Every part of the saved package as text, [Content_Types].xml first (readers look for it there). */
export function packageParts(model: PackageModel): PartTexts {
  const visible = model.sheets.findIndex((sheet) => !sheet.hidden);
  if (visible < 0) throw new Error("a workbook needs at least one visible sheet");
  const viewed = model.sheets.findIndex((sheet) => sheet.sheetId === model.view?.sheetId);
  const activeTab = viewed >= 0 && model.sheets[viewed]?.hidden === false ? viewed : visible;

  const parts: PartTexts = new Map([["[Content_Types].xml", ""]]);
  const contentTypes = new Map<string, string>([["xl/workbook.xml", WORKBOOK_CONTENT_TYPE]]);
  const styles = new StylesBuilder(model.stylesPart);
  const numbering = { table: 0, drawing: 0, chart: 0 };
  const workbookRelationships: PartRelationship[] = [];
  const workbookSheets: WorkbookSheet[] = [];

  model.sheets.forEach((sheet, index) => {
    const path = `xl/worksheets/sheet${index + 1}.xml`;
    const relationships: PartRelationship[] = [];
    const tables = (sheet.plan.tables ?? []).map((table) => {
      const tablePath = `xl/tables/table${++numbering.table}.xml`;
      parts.set(tablePath, tablePartXml(table, numbering.table));
      contentTypes.set(tablePath, TABLE_CONTENT_TYPE);
      return addRelationship(
        relationships,
        TABLE_RELATIONSHIP,
        `../tables/table${numbering.table}.xml`,
      );
    });
    const drawing = writeCharts(sheet, parts, contentTypes, numbering);
    const drawingId =
      drawing === undefined
        ? undefined
        : addRelationship(relationships, DRAWING_RELATIONSHIP, drawing);
    parts.set(
      path,
      generatedSheetXml(sheet.plan, {
        styles: sheet.styles,
        builder: styles,
        protectedSheet: sheet.protectedSheet,
        parts: { tables, ...(drawingId === undefined ? {} : { drawing: drawingId }) },
        selected: index === activeTab,
        ...(index === activeTab && model.view !== undefined
          ? { selection: model.view.selection }
          : {}),
      }),
    );
    contentTypes.set(path, WORKSHEET_CONTENT_TYPE);
    if (relationships.length > 0)
      parts.set(`xl/worksheets/_rels/sheet${index + 1}.xml.rels`, relationshipsXml(relationships));
    workbookSheets.push({
      name: sheet.name,
      sheetId: sheet.sheetId,
      hidden: sheet.hidden,
      relationshipId: addRelationship(
        workbookRelationships,
        `${RELATIONSHIP_NS}/worksheet`,
        `worksheets/sheet${index + 1}.xml`,
      ),
    });
  });

  // Written after the sheets, which filled the styles builder.
  parts.set("xl/styles.xml", styles.xml());
  contentTypes.set("xl/styles.xml", STYLES_CONTENT_TYPE);
  addRelationship(workbookRelationships, `${RELATIONSHIP_NS}/styles`, "styles.xml");
  parts.set("xl/workbook.xml", workbookXml(workbookSheets, model.names, activeTab));
  parts.set("xl/_rels/workbook.xml.rels", relationshipsXml(workbookRelationships));
  parts.set("_rels/.rels", OFFICE_DOCUMENT_RELATIONSHIPS);
  parts.set("[Content_Types].xml", contentTypesXml(contentTypes));
  return parts;
}

function addRelationship(relationships: PartRelationship[], type: string, target: string): string {
  const id = `rId${relationships.length + 1}`;
  relationships.push({ id, type, target });
  return id;
}

/** The sheet's charts as chart parts in one drawing; the drawing's target from the sheet, if any. */
function writeCharts(
  sheet: GeneratedSheet,
  parts: PartTexts,
  contentTypes: Map<string, string>,
  numbering: { drawing: number; chart: number },
): string | undefined {
  const charts = sheet.plan.charts ?? [];
  if (charts.length === 0) return undefined;
  const chartRelationships: PartRelationship[] = [];
  const placed = charts.map((chart) => {
    const chartPath = `xl/charts/chart${++numbering.chart}.xml`;
    // The charts' ranges and caches refer to the sheet under the name it is written with.
    parts.set(chartPath, chartXml(chartData(chart, sheet.plan, sheet.name)));
    contentTypes.set(chartPath, CHART_CONTENT_TYPE);
    const relationshipId = addRelationship(
      chartRelationships,
      CHART_RELATIONSHIP,
      `../charts/chart${numbering.chart}.xml`,
    );
    return { anchor: chart.anchor, title: chart.title, relationshipId };
  });
  const drawingPath = `xl/drawings/drawing${++numbering.drawing}.xml`;
  parts.set(drawingPath, drawingXml(placed));
  parts.set(
    `xl/drawings/_rels/drawing${numbering.drawing}.xml.rels`,
    relationshipsXml(chartRelationships),
  );
  contentTypes.set(drawingPath, DRAWING_CONTENT_TYPE);
  return `../drawings/drawing${numbering.drawing}.xml`;
}
