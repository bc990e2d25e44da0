// Test fixtures: a sheet of an Excel-made workbook (../shared/corpus/excel-made) grafted into a
// workbook with the contract tables, with every part it reaches (its drawing, charts, comments,
// images) under new names, their content types, and a `<sheet>` entry; plus two defined names of
// the user's, so a save can be checked to carry all of it over byte for byte.

import { readFile } from "node:fs/promises";
import { join } from "node:path";
import JSZip from "jszip";

export const EXCEL_MADE = join(__dirname, "..", "..", "..", "..", "shared", "corpus", "excel-made");

/** The user's defined names the graft adds to workbook.xml, as written. */
export const USER_NAMES = [
  '<definedName name="MyVisitors">Sheet1!$A$1:$A$5</definedName>',
  '<definedName name="_xlnm.Print_Area" localSheetId="0">About!$A$1:$D$20</definedName>',
];

function folderOf(path: string): string {
  return path.slice(0, path.lastIndexOf("/") + 1);
}

function relsOf(path: string): string {
  return `${folderOf(path)}_rels/${path.slice(path.lastIndexOf("/") + 1)}.rels`;
}

function resolvePath(from: string, target: string): string {
  const segments = folderOf(from)
    .split("/")
    .filter((segment) => segment !== "");
  for (const segment of target.split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== ".") segments.push(segment);
  }
  return segments.join("/");
}

/**
 * The target package with the donor's first sheet added last as `sheetName`; returns the bytes and
 * the new paths of the parts grafted (the sheet first).
 */
export async function graftSheet(
  target: Uint8Array,
  donorFile: string,
  sheetName: string,
): Promise<{ bytes: Uint8Array; grafted: string[] }> {
  const donor = await JSZip.loadAsync(await readFile(join(EXCEL_MADE, donorFile)));
  const zip = await JSZip.loadAsync(target);
  const text = async (archive: JSZip, path: string): Promise<string> =>
    (await archive.file(path)?.async("string")) ?? "";
  const donorTypes = await text(donor, "[Content_Types].xml");
  let types = await text(zip, "[Content_Types].xml");

  // sheet1.xml → sheet91.xml: a number no part of the target has (ExcelJS finds parts by number).
  const renamedFile = (file: string): string => file.replace(/^([^.]*?)(\d*)\./, "$19$2.");
  const renamed = (path: string): string =>
    `${folderOf(path)}${renamedFile(path.slice(path.lastIndexOf("/") + 1))}`;
  const grafted: string[] = [];
  const copy = async (path: string): Promise<void> => {
    if (grafted.includes(renamed(path))) return;
    grafted.push(renamed(path));
    zip.file(renamed(path), await donor.file(path)!.async("uint8array"), { createFolders: false });
    const override = new RegExp(`<Override PartName="/${path}" ContentType="([^"]+)"/>`).exec(
      donorTypes,
    );
    if (override !== null)
      types = types.replace(
        "</Types>",
        `<Override PartName="/${renamed(path)}" ContentType="${override[1]}"/></Types>`,
      );
    const extension = path.slice(path.lastIndexOf(".") + 1);
    const byDefault = new RegExp(
      `<Default Extension="${extension}" ContentType="([^"]+)"/>`,
      "i",
    ).exec(donorTypes);
    if (
      override === null &&
      byDefault !== null &&
      !new RegExp(`Extension="${extension}"`, "i").test(types)
    )
      types = types.replace("</Types>", `${byDefault[0]}</Types>`);
    const rels = donor.file(relsOf(path));
    if (rels === null) return;
    let relsText = await rels.async("string");
    for (const match of relsText.matchAll(/<Relationship [^>]*?Target="([^"]+)"[^>]*\/>/g)) {
      if (/TargetMode="External"/.test(match[0])) continue;
      const targetPath = resolvePath(path, match[1]!);
      await copy(targetPath);
      const relative = match[1]!.replace(/[^/]+$/, renamedFile);
      relsText = relsText.replace(
        match[0],
        match[0].replace(`Target="${match[1]!}"`, `Target="${relative}"`),
      );
    }
    zip.file(relsOf(renamed(path)), relsText, { createFolders: false });
  };
  await copy("xl/worksheets/sheet1.xml");

  const workbookRels = await text(zip, "xl/_rels/workbook.xml.rels");
  zip.file(
    "xl/_rels/workbook.xml.rels",
    workbookRels.replace(
      "</Relationships>",
      '<Relationship Id="rIdGraft" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet91.xml"/></Relationships>',
    ),
  );
  let workbook = await text(zip, "xl/workbook.xml");
  workbook = workbook.replace(
    "</sheets>",
    `<sheet name="${sheetName}" sheetId="90" r:id="rIdGraft"/></sheets>`,
  );
  workbook = workbook.includes("<definedNames>")
    ? workbook.replace("<definedNames>", `<definedNames>${USER_NAMES.join("")}`)
    : workbook.replace("</sheets>", `</sheets><definedNames>${USER_NAMES.join("")}</definedNames>`);
  zip.file("xl/workbook.xml", workbook);
  zip.file("[Content_Types].xml", types);
  return {
    bytes: await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }),
    grafted,
  };
}
