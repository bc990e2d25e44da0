// The parts of one generated sheet: its worksheet part written whole by the runner's own worksheet
// writer, its table parts, and its charts (the DrawingML of src/host/xlsx/charts) in one drawing.
// Shared by the save of a new package and of an opened one; only how new parts are named differs.

import { generatedSheetXml } from "../../xlsxWriter/generatedSheetXml";
import type { StylesBuilder } from "../../xlsxWriter/stylesBuilder";
import {
  TABLE_CONTENT_TYPE,
  TABLE_RELATIONSHIP,
  tablePartXml,
} from "../../xlsxWriter/tablePartXml";
import type { RangeBounds } from "../../engine/plan/address";
import { relationshipsPathOf } from "../xlsx/packageParts";
import { chartData } from "../xlsx/charts/chartData";
import { chartXml } from "../xlsx/charts/chartXml";
import { CHART_RELATIONSHIP, DRAWING_RELATIONSHIP, drawingXml } from "../xlsx/charts/drawingXml";
import type { GeneratedSheet } from "./packageModel";
import { relativeTarget, type PartNamer } from "./partNames";
import { relationshipsXml, type PartRelationship } from "./workbookParts";

export const CHART_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
export const DRAWING_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";

/** The parts a save writes, by path: the ledger of what this save made. */
export type PartTexts = Map<string, string>;

/** Where a save puts what it writes: the parts' texts and the content type of each. */
export interface PartSink {
  readonly parts: PartTexts;
  readonly contentTypes: Map<string, string>;
}

export interface SheetView {
  /** The sheet is the tab the workbook opens on. */
  readonly selected: boolean;
  readonly selection?: RangeBounds;
}

/** Writes the sheet at `path` with its table, drawing and chart parts (and its .rels, if any). */
export function writeGeneratedSheet(
  sheet: GeneratedSheet,
  path: string,
  sink: PartSink,
  namer: PartNamer,
  styles: StylesBuilder,
  view: SheetView,
): void {
  const relationships: PartRelationship[] = [];
  const tables = (sheet.plan.tables ?? []).map((table) => {
    const named = namer.table();
    sink.parts.set(named.path, tablePartXml(table, named.id));
    sink.contentTypes.set(named.path, TABLE_CONTENT_TYPE);
    return addRelationship(relationships, TABLE_RELATIONSHIP, relativeTarget(path, named.path));
  });
  const drawing = writeCharts(sheet, sink, namer);
  const drawingId =
    drawing === undefined
      ? undefined
      : addRelationship(relationships, DRAWING_RELATIONSHIP, relativeTarget(path, drawing));
  sink.parts.set(
    path,
    generatedSheetXml(sheet.plan, {
      styles: sheet.styles,
      builder: styles,
      protectedSheet: sheet.protectedSheet,
      parts: { tables, ...(drawingId === undefined ? {} : { drawing: drawingId }) },
      selected: view.selected,
      ...(view.selection === undefined ? {} : { selection: view.selection }),
    }),
  );
  if (relationships.length > 0)
    sink.parts.set(relationshipsPathOf(path), relationshipsXml(relationships));
}

export function addRelationship(
  relationships: PartRelationship[],
  type: string,
  target: string,
  taken: ReadonlySet<string> = new Set(),
): string {
  let number = relationships.length + 1;
  const used = new Set([...taken, ...relationships.map((relationship) => relationship.id)]);
  while (used.has(`rId${number}`)) number++;
  const id = `rId${number}`;
  relationships.push({ id, type, target });
  return id;
}

/** The sheet's charts as chart parts in one drawing; the drawing's path, if any. */
function writeCharts(sheet: GeneratedSheet, sink: PartSink, namer: PartNamer): string | undefined {
  const charts = sheet.plan.charts ?? [];
  if (charts.length === 0) return undefined;
  const drawingPath = namer.drawing();
  const chartRelationships: PartRelationship[] = [];
  const placed = charts.map((chart) => {
    const chartPath = namer.chart();
    // The charts' ranges and caches refer to the sheet under the name it is written with.
    sink.parts.set(chartPath, chartXml(chartData(chart, sheet.plan, sheet.name)));
    sink.contentTypes.set(chartPath, CHART_CONTENT_TYPE);
    const relationshipId = addRelationship(
      chartRelationships,
      CHART_RELATIONSHIP,
      relativeTarget(drawingPath, chartPath),
    );
    return { anchor: chart.anchor, title: chart.title, relationshipId };
  });
  sink.parts.set(drawingPath, drawingXml(placed));
  sink.parts.set(relationshipsPathOf(drawingPath), relationshipsXml(chartRelationships));
  sink.contentTypes.set(drawingPath, DRAWING_CONTENT_TYPE);
  return drawingPath;
}
