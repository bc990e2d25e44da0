// Finds docProps/app.xml through the package's own relationships and edits its sheet list for a
// save (appProperties.ts); nothing when the package has no such part or it needs no edit.

import { relationshipsOf } from "../xlsx/package/relationships";
import type { PackageParts } from "../xlsx/package/packageParts";
import { editedAppProperties } from "./appProperties";
import type { PackageModel } from "./packageModel";
import { attributeOf, elementSpans } from "./partText";

export function appPropertiesEdit(
  parts: PackageParts,
  inputWorkbookXml: string,
  sheets: PackageModel["sheets"],
): { readonly path: string; readonly xml: string } | undefined {
  // Transitional names the type extended-properties, strict extendedProperties.
  const path = relationshipsOf(parts, "").find(
    (relationship) =>
      relationship.kind === "extended-properties" || relationship.kind === "extendedProperties",
  )?.path;
  const bytes = path === undefined ? undefined : parts.get(path);
  if (path === undefined || bytes === undefined) return undefined;
  const inputNames = elementSpans(inputWorkbookXml, "sheet").flatMap((span) => {
    const name = attributeOf(span.text, "name");
    return name === undefined ? [] : [name];
  });
  const chartSheet = (sheet: PackageModel["sheets"][number]): boolean =>
    sheet.kind === "kept" && !sheet.worksheet;
  const xml = editedAppProperties(new TextDecoder().decode(bytes), inputNames, {
    worksheets: sheets.filter((sheet) => !chartSheet(sheet)).map((sheet) => sheet.name),
    chartSheets: sheets.filter(chartSheet).map((sheet) => sheet.name),
  });
  return xml === undefined ? undefined : { path, xml };
}
