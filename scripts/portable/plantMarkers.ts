// A copy of a workbook in which every formula cell's cached result is replaced by a marker text.
// LibreOffice recomputes that copy; a cell it did not recompute still shows the marker, so the
// check cannot pass by reading back the runner's own cached values.

import JSZip from "jszip";

/** The cached text of every formula cell in the copy; no formula of ours produces it. */
export const NOT_RECALCULATED = "C2C-CHECK: not recalculated";

const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;
// A cell element, self-closing or with content. Worksheet parts written by Excel, ExcelJS and
// LibreOffice use the default namespace, so cells are plain <c>.
const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const FORMULA = /<f\b[^>]*\/>|<f\b[^>]*>[\s\S]*?<\/f>/;
const CACHED = /<v\b[^>]*\/>|<v\b[^>]*>[\s\S]*?<\/v>/g;
const TYPE_ATTRIBUTE = /\st="[^"]*"/;

export async function plantMarkers(
  bytes: Uint8Array,
): Promise<{ bytes: Uint8Array; planted: number }> {
  const zip = await JSZip.loadAsync(bytes);
  let planted = 0;
  for (const path of Object.keys(zip.files).filter((name) => WORKSHEET_PART.test(name))) {
    const part = zip.file(path);
    if (part === null) continue;
    const xml = await part.async("string");
    const marked = xml.replace(
      CELL,
      (element: string, attributes: string, content: string | undefined) => {
        const formula = content === undefined ? null : FORMULA.exec(content);
        if (content === undefined || formula === null) return element;
        planted += 1;
        const rest = content.replace(formula[0], "").replace(CACHED, "");
        // t="str" is a formula's text result, the marker's type whatever the formula really returns.
        return `<c${attributes.replace(TYPE_ATTRIBUTE, "")} t="str">${formula[0]}<v>${NOT_RECALCULATED}</v>${rest}</c>`;
      },
    );
    zip.file(path, marked);
  }
  return {
    bytes: await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }),
    planted,
  };
}
