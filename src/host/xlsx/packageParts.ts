// Finding parts in an .xlsx package (a zip of XML parts linked by relationship files): which part
// holds which sheet, and where a relationship points.

import type JSZip from "jszip";
import type { Relationship } from "./charts/drawingXml";
import { elementsAttributes } from "./xml";

/** The relationships of a .rels part. */
export function readRelationships(xml: string): Relationship[] {
  return elementsAttributes(xml, "Relationship").flatMap((attributes) => {
    const { Id: id, Type: type, Target: target } = attributes;
    return id === undefined || type === undefined || target === undefined
      ? []
      : [{ id, type, target }];
  });
}

/** The package path a relationship target points at, from the folder of the part that holds it. */
export function packagePath(fromFolder: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const segments = fromFolder === "" ? [] : fromFolder.split("/");
  for (const segment of target.split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== "." && segment !== "") segments.push(segment);
  }
  return segments.join("/");
}

/** The folder of a part: "xl/worksheets/sheet1.xml" → "xl/worksheets". */
export function folderOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return slash < 0 ? "" : partPath.slice(0, slash);
}

/** The .rels part of a part: "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
export function relationshipsPathOf(partPath: string): string {
  const folder = folderOf(partPath);
  const file = partPath.slice(folder.length === 0 ? 0 : folder.length + 1);
  return `${folder === "" ? "" : `${folder}/`}_rels/${file}.rels`;
}

/** Sheet name → worksheet part path, from xl/workbook.xml and its relationships. */
export async function sheetPartPaths(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await zip.file("xl/workbook.xml")?.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
  const paths = new Map<string, string>();
  if (workbook === undefined || rels === undefined) return paths;
  const targets = new Map(
    readRelationships(rels).map((relationship) => [relationship.id, relationship.target]),
  );
  for (const sheet of elementsAttributes(workbook, "sheet")) {
    // The relationships namespace is "r:" in every writer we know, but the prefix is the writer's choice.
    const relationshipId = Object.entries(sheet).find(([attribute]) =>
      attribute.endsWith(":id"),
    )?.[1];
    const target = relationshipId === undefined ? undefined : targets.get(relationshipId);
    if (sheet.name !== undefined && target !== undefined)
      paths.set(sheet.name, packagePath("xl", target));
  }
  return paths;
}
