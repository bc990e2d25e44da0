// A table grown in an .xlsx file must open without repair: the table part's ref, its autoFilter and
// its column list agree with the header cells. Checked in the package itself, by reloading through
// ExcelJS, and by LibreOffice reading the file (converted to CSV, the grown table's cells as shown).

import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import JSZip from "jszip";
import { findSoffice, INSTALL_HINT } from "../../../scripts/portable/libreOffice";
import type { WorkbookPlan } from "../../../src/engine/plan/types";
import { XlsxWorkbook } from "../../support/exceljsHost/xlsxWorkbook";
import { inputSheetsPlan } from "../contract/tableEditContract";
import { loadWithExcelJs } from "./xlsxFixtures";

const SOFFICE = findSoffice();
const itIfLibreOffice = SOFFICE === null ? it.skip : it;
if (SOFFICE === null)
  console.warn(
    `LibreOffice (soffice) is not installed: the grown table is not read back by LibreOffice. Install it with: ${INSTALL_HINT}`,
  );

const PORTABLE = { dialect: "portable", existingSheet: "fail" } as const;

const GROW: WorkbookPlan = {
  styles: {},
  sheets: [],
  names: [],
  tableEdits: [
    {
      table: "C2C_Checklist",
      insertColumns: {
        before: "Item score",
        columns: [
          { header: "Mariam", values: [4, "n/a", 3] },
          { header: "Li", values: [5, 2, "?"] },
        ],
      },
      appendRows: [{ "Item ID": "3.1", Item: "Shared budget", Mariam: 1 }],
    },
    {
      table: "C2C_Stakeholders",
      appendRows: [{ Name: "Mariam", City: "Rabat", Group: "Academia" }],
    },
  ],
};

const GROWN_HEADERS = [
  "Principle",
  "Item ID",
  "Item",
  "Ana",
  "Youssef",
  "Mariam",
  "Li",
  "Item score",
  "Spread",
  "Evidence",
];

/** The input sheets written, saved, and opened again (as the runner finds a user's file), or left in memory. */
async function inputWorkbook(reloaded: boolean): Promise<XlsxWorkbook> {
  const host = XlsxWorkbook.create();
  await host.applyPlan(inputSheetsPlan(), PORTABLE);
  return reloaded ? XlsxWorkbook.fromBytes(await host.toBytes()) : host;
}

async function tablePart(bytes: Uint8Array, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  for (const part of zip.file(/^xl\/tables\/[^/]+\.xml$/)) {
    const xml = await part.async("string");
    if (xml.includes(`name="${name}"`)) return xml;
  }
  throw new Error(`no table part for ${name}`);
}

describe.each([
  ["a table loaded from a file", true],
  ["a table made in this session", false],
])("XlsxWorkbook grows %s consistently", (_, reloaded) => {
  it("writes the table part with the grown ref, filter and columns, and ExcelJS reads it back", async () => {
    const host = await inputWorkbook(reloaded);
    await host.applyPlan(GROW, PORTABLE);
    const bytes = await host.toBytes();

    const checklist = await tablePart(bytes, "C2C_Checklist");
    expect(checklist).toMatch(/<table [^>]*ref="A1:J5"/);
    expect(checklist).toContain('<autoFilter ref="A1:J5"');
    expect(checklist).toContain('<tableColumns count="10">');
    expect(
      [...checklist.matchAll(/<tableColumn id="(\d+)" name="([^"]*)"/g)].map((match) => [
        Number(match[1]),
        match[2],
      ]),
    ).toEqual(GROWN_HEADERS.map((name, index) => [index + 1, name]));
    expect(await tablePart(bytes, "C2C_Stakeholders")).toMatch(/<table [^>]*ref="A1:C4"/);

    const workbook = await loadWithExcelJs(bytes);
    const sheet = workbook.getWorksheet("Checklist");
    expect(GROWN_HEADERS.map((_, index) => sheet?.getCell(1, index + 1).value)).toEqual(
      GROWN_HEADERS,
    );
    expect(sheet?.getCell("H2").value).toEqual({ formula: "AVERAGE(D2:E2)", result: 4.5 });
    expect(sheet?.getCell("J2").value).toBe("minutes");
    expect(sheet?.getCell("N2").value).toBe("my note");
    expect(sheet?.getCell("G4").fill).toEqual(sheet?.getCell("E4").fill);
    expect(sheet?.getCell("B5").value).toBe("3.1");
    // The highlight over Spread:Evidence moves with them and reads Evidence where it now is.
    const formats = (
      sheet as unknown as {
        conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[];
      }
    ).conditionalFormattings;
    expect(formats.map((format) => [format.ref, format.rules[0]?.formulae[0]])).toEqual([
      ["I2:J5", '$J2="report"'],
    ]);

    const reread = await (await XlsxWorkbook.fromBytes(bytes)).readTable("C2C_Checklist");
    expect(reread?.range).toBe("A1:J5");
    expect(reread?.rows.map((row) => row.cells.slice(3, 7).map((cell) => cell.value))).toEqual([
      [4, 5, 4, 5],
      [3, null, "n/a", 2],
      ["n/a", 2, 3, "?"],
      [null, null, 1, null],
    ]);
  });
});

/** The first sheet as LibreOffice shows it, converted to CSV with a profile of its own. */
async function libreOfficeCsv(soffice: string, bytes: Uint8Array): Promise<string[][]> {
  const directory = await mkdtemp(join(tmpdir(), "c2c-grown-"));
  try {
    await mkdir(join(directory, "out"));
    await writeFile(join(directory, "grown.xlsx"), bytes);
    const args = [
      `-env:UserInstallation=${pathToFileURL(join(directory, "profile")).href}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "csv",
      "--outdir",
      join(directory, "out"),
      join(directory, "grown.xlsx"),
    ];
    await new Promise<void>((resolve, reject) => {
      execFile(soffice, args, { timeout: 120_000 }, (error) => {
        if (error === null) resolve();
        else reject(new Error(`LibreOffice could not convert the file: ${error.message}`));
      });
    });
    const csv = await readFile(join(directory, "out", "grown.csv"), "utf8");
    return csv
      .trimEnd()
      .split("\n")
      .map((line) => line.split(","));
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

describe("LibreOffice opens the grown file", () => {
  itIfLibreOffice(
    "and shows the moved and new cells where the table says",
    async () => {
      const host = await inputWorkbook(true);
      await host.applyPlan(GROW, PORTABLE);
      const rows = await libreOfficeCsv(SOFFICE ?? "soffice", await host.toBytes());
      expect(rows[0]?.slice(0, 10)).toEqual(GROWN_HEADERS);
      expect(rows.slice(1, 5).map((row) => row.slice(3, 10))).toEqual([
        ["4", "5", "4", "5", "4.5", "0.5", "minutes"],
        ["3", "", "n/a", "2", "3", "0", ""],
        ["n/a", "2", "3", "?", "2", "0", "report"],
        ["", "", "1", "", "", "", ""],
      ]);
      expect(rows[1]?.[13]).toBe("my note");
    },
    150_000,
  );
});
