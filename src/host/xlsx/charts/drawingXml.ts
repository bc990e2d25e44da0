// The drawing part (xl/drawings/drawingN.xml) that places a sheet's charts over cell ranges, and
// its relationships to the chart parts.

import { parseRange } from "../../../engine/plan/address";
import { xmlText } from "../../../engine/sheetValues";

export interface PlacedChart {
  /** The cells the chart covers, e.g. "H2:P20". */
  readonly anchor: string;
  readonly title: string;
  /** The relationship id of the chart part in the drawing's rels, e.g. "rId1". */
  readonly relationshipId: string;
}

const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const CHART_RELATIONSHIP =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
export const DRAWING_RELATIONSHIP =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";

export function drawingXml(charts: readonly PlacedChart[]): string {
  const anchors = charts.map((chart, index) => anchorXml(chart, index)).join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    anchors +
    "</xdr:wsDr>"
  );
}

function anchorXml(chart: PlacedChart, index: number): string {
  const bounds = parseRange(chart.anchor);
  if (bounds === undefined) throw new RangeError(`"${chart.anchor}" is not a range`);
  // Drawing coordinates are 0-based; the "to" corner is the top-left of the cell after the range.
  const corner = (tag: string, column: number, row: number): string =>
    `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    '<xdr:twoCellAnchor editAs="oneCell">' +
    corner("from", bounds.start.column - 1, bounds.start.row - 1) +
    corner("to", bounds.end.column, bounds.end.row) +
    '<xdr:graphicFrame macro="">' +
    `<xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="Chart ${index + 1}" descr="${xmlText(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${chart.relationshipId}"/>` +
    "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
  );
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

export function relationshipsXml(relationships: readonly Relationship[]): string {
  const items = relationships
    .map(
      (relationship) =>
        `<Relationship Id="${xmlText(relationship.id)}" Type="${xmlText(relationship.type)}" Target="${xmlText(relationship.target)}"/>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELATIONSHIPS_NS}">${items}</Relationships>`;
}
