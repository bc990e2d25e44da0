// inspectPackage lists what ExcelJS would drop before the runner loads a workbook.

import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { inspectPackage, inspectPackageBytes } from "../../support/exceljsHost/inspectPackage";
import { XlsxWorkbook } from "../../support/exceljsHost/xlsxWorkbook";
import { samplePlan } from "../fixtures/samplePlan";
import { userXlsx } from "./xlsxFixtures";

async function withParts(
  bytes: Uint8Array,
  parts: Record<string, string>,
  edit?: (zip: JSZip) => Promise<void>,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [path, content] of Object.entries(parts)) zip.file(path, content);
  if (edit !== undefined) await edit(zip);
  return zip.generateAsync({ type: "uint8array" });
}

async function chartWorkbook(): Promise<Uint8Array> {
  const workbook = await XlsxWorkbook.fromBytes(await userXlsx({ Data: [["a"]] }, []));
  await workbook.applyPlan(samplePlan(), { dialect: "portable", existingSheet: "fail" });
  return workbook.toBytes();
}

describe("inspectPackage", () => {
  it("finds nothing in a plain workbook", async () => {
    expect(
      (
        await inspectPackageBytes(
          await userXlsx({ Data: [["a", 1]] }, [{ name: "T", sheet: "Data", range: "A1:B1" }]),
        )
      ).findings,
    ).toEqual([]);
  });

  it("finds the charts of a workbook and the sheet they are on", async () => {
    const { findings } = await inspectPackageBytes(await chartWorkbook());
    expect(findings).toEqual([
      { kind: "chart", part: "xl/charts/chart1.xml", sheet: "Scoreboard", description: "a chart" },
      { kind: "chart", part: "xl/charts/chart2.xml", sheet: "Scoreboard", description: "a chart" },
    ]);
  });

  it("finds macros, pivot tables, slicers, form controls, images, add-in registrations and custom properties", async () => {
    const bytes = await withParts(await userXlsx({ Data: [["a"]] }, []), {
      "xl/vbaProject.bin": "binary",
      "xl/pivotTables/pivotTable1.xml": "<pivotTableDefinition/>",
      "xl/pivotCache/pivotCacheDefinition1.xml": "<pivotCacheDefinition/>",
      "xl/pivotCache/pivotCacheRecords1.xml": "<pivotCacheRecords/>",
      "xl/slicers/slicer1.xml": "<slicers/>",
      "xl/ctrlProps/ctrlProp1.xml": "<formControlPr/>",
      "xl/media/image1.png": "png",
      "xl/webextensions/webextension1.xml": "<we:webextension/>",
      "docProps/custom.xml":
        '<Properties><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Client"><vt:lpwstr>Nakuru</vt:lpwstr></property></Properties>',
    });
    const kinds = (await inspectPackageBytes(bytes)).findings
      .map((finding) => `${finding.kind} ${finding.part}`)
      .sort();
    expect(kinds).toEqual([
      "custom-properties docProps/custom.xml",
      "form-control xl/ctrlProps/ctrlProp1.xml",
      "image xl/media/image1.png",
      "macro xl/vbaProject.bin",
      "pivot-cache xl/pivotCache/pivotCacheDefinition1.xml",
      "pivot-table xl/pivotTables/pivotTable1.xml",
      "slicer xl/slicers/slicer1.xml",
      "web-extension xl/webextensions/webextension1.xml",
    ]);
  });

  it("takes an empty custom-properties part (LibreOffice writes one into every workbook) for no loss", async () => {
    const bytes = await withParts(await userXlsx({ Data: [["a"]] }, []), {
      "docProps/custom.xml": "<Properties/>",
    });
    expect((await inspectPackageBytes(bytes)).findings).toEqual([]);
  });

  it("finds defined names ExcelJS drops (constants, formulas) or changes (sheet scope), not plain ranges", async () => {
    const bytes = await withParts(await userXlsx({ "My data": [["a"]] }, []), {}, async (zip) => {
      const workbook = await zip.file("xl/workbook.xml")!.async("string");
      const names =
        "<definedNames>" +
        '<definedName name="Kept">&apos;My data&apos;!$A$1:$A$3</definedName>' +
        '<definedName name="Rate">0.05</definedName>' +
        '<definedName name="Twice">SUM(Data!$A$1)*2</definedName>' +
        '<definedName name="Local" localSheetId="0">&apos;My data&apos;!$A$1</definedName>' +
        '<definedName name="_xlnm.Print_Area" localSheetId="0">Data!$A$1:$B$2</definedName>' +
        "</definedNames>";
      zip.file("xl/workbook.xml", workbook.replace("</sheets>", `</sheets>${names}`));
    });
    expect(
      (await inspectPackageBytes(bytes)).findings.map((finding) => finding.description),
    ).toEqual([
      'the defined name "Rate" (a constant or formula, dropped)',
      'the defined name "Twice" (a constant or formula, dropped)',
      'the sheet-scoped name "Local" (becomes workbook-wide)',
    ]);
  });

  it("reads a package from disk", async () => {
    const folder = await mkdtemp(join(tmpdir(), "c2c-inspect-"));
    try {
      const path = join(folder, "charts.xlsm");
      await writeFile(
        path,
        await withParts(await chartWorkbook(), { "xl/vbaProject.bin": "binary" }),
      );
      const kinds = (await inspectPackage(path)).findings.map((finding) => finding.kind);
      expect(kinds.sort()).toEqual(["chart", "chart", "macro"]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it("throws for a file that is not a package", async () => {
    await expect(inspectPackageBytes(new TextEncoder().encode("not a zip"))).rejects.toThrow();
  });
});
