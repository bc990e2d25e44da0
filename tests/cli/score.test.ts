import { access, readFile, writeFile } from "node:fs/promises";
import JSZip from "jszip";
import { scoreAssessment } from "../../src/engine/assessment";
import { TABLES } from "../../src/engine/model/contract";
import { readAssessment } from "../../src/engine/read";
import { inspectPackage } from "../support/exceljsHost/inspectPackage";
import { XlsxWorkbook } from "../support/exceljsHost/xlsxWorkbook";
import { STAMP_KEYS } from "../../src/host/stamp";
import { userXlsx } from "../host/xlsx/xlsxFixtures";
import { graftSheet } from "../host/ooxml/graftSheet";
import { c2c, problemLines, sha256, tempFolder, type TempFolder } from "./cliHarness";
import {
  USER_CHART_SHEET,
  writeDemoPartnership,
  writeForeignWorkbook,
  writeWorkbookWithoutScorableTables,
} from "./workbookFixtures";

const exists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  );

let folder: TempFolder;
beforeAll(async () => {
  folder = await tempFolder();
  await writeDemoPartnership(folder.path("demo.xlsx"));
  await writeDemoPartnership(folder.path("with-chart.xlsx"), USER_CHART_SHEET);
});
afterAll(async () => {
  await folder.remove();
});

async function readBack(path: string) {
  const workbook = await XlsxWorkbook.open(path);
  const tables = await workbook.readTables(Object.values(TABLES));
  const reading = readAssessment(tables);
  return {
    workbook,
    tables,
    reading,
    scores: reading.assessment === null ? null : scoreAssessment(reading.assessment),
  };
}

describe("c2c score: a workbook the templates wrote", () => {
  it("writes a scored copy, leaves the input as it was, and exits 0", async () => {
    const input = folder.path("demo.xlsx");
    const before = await sha256(input);
    const run = await c2c("score", input, "-o", folder.path("scored.xlsx"));
    expect(run.code).toBe(0);
    expect(await sha256(input)).toBe(before);
    expect(run.stdout).toMatch(
      /scored\.xlsx: Lindhaven–Sokoni partnership for sustainable cities \(SAMPLE DATA\): alignment \d\.\d\d \(\w+\); SDG index Lindhaven [\d.]+ \(2024\), Sokoni [\d.]+ \(2024\); 0 warnings\n$/,
    );
    expect(run.stderr).toMatch(/^c2c score: reading .*demo\.xlsx \(\d+\.\d s\)\n/);
  });

  it("gives the scored copy the same scores as its input and stamps it", async () => {
    const input = await readBack(folder.path("demo.xlsx"));
    const output = await readBack(folder.path("scored.xlsx"));
    expect(output.scores?.principles).toEqual(input.scores?.principles);
    expect(output.scores?.cities).toEqual(input.scores?.cities);
    const settings = await output.workbook.readAddinData();
    expect(settings[STAMP_KEYS.catalogueVersion]).toBe("2026.1");
    expect(settings[STAMP_KEYS.list]).toBe("simplified");
    expect(settings[STAMP_KEYS.generatedOn]).toBe("2026-11-28");
    expect(JSON.parse(settings[STAMP_KEYS.settings] ?? "{}")).toMatchObject({
      worstValueMode: "fixed",
      contestedThreshold: 3,
    });
  });

  it("rebuilds the Scoreboard of an already scored workbook, charts included, without asking for --force", async () => {
    const run = await c2c("score", folder.path("scored.xlsx"), "-o", folder.path("rescored.xlsx"));
    expect(run.code).toBe(0);
    const charts = (await inspectPackage(folder.path("rescored.xlsx"))).findings.filter(
      (finding) => finding.kind === "chart",
    );
    expect(charts.length).toBeGreaterThanOrEqual(2);
    expect(charts.every((chart) => chart.sheet === "Scoreboard")).toBe(true);
  });

  it("refuses to overwrite an existing output without --force, and overwrites it with --force", async () => {
    const output = folder.path("scored.xlsx");
    const before = await sha256(output);
    const refused = await c2c("score", folder.path("demo.xlsx"), "-o", output);
    expect(refused.code).toBe(2);
    expect(problemLines(refused.stderr)).toEqual([
      `error: ${output}: already exists; it is not overwritten unless asked to (--force)`,
    ]);
    expect(await sha256(output)).toBe(before);
    expect((await c2c("score", folder.path("demo.xlsx"), "-o", output, "--force")).code).toBe(0);
  });

  it("refuses an output in a folder that does not exist", async () => {
    const output = folder.path("no-such-folder/out.xlsx");
    const run = await c2c("score", folder.path("demo.xlsx"), "-o", output);
    expect(run.code).toBe(2);
    expect(problemLines(run.stderr)).toEqual([
      expect.stringMatching(
        /^error: .*no-such-folder\/out\.xlsx: cannot be written: the folder .*no-such-folder does not exist$/,
      ),
    ]);
  });

  it("refuses to replace a user's own sheet called Scoreboard, and writes nothing", async () => {
    const input = folder.path("user-scoreboard.xlsx");
    await writeFile(
      input,
      await userXlsx(
        {
          Indicators: [
            ["Code", "City", "Year", "Value"],
            ["11.6.2", "Alpha", 2022, 20],
          ],
          Scoreboard: [["my own notes"]],
        },
        [{ name: "C2C_Indicators", sheet: "Indicators", range: "A1:D2" }],
      ),
    );
    const output = folder.path("user-scoreboard-out.xlsx");
    const run = await c2c("score", input, "-o", output);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /c2c score: .*"Scoreboard".*: rename your sheet "Scoreboard" and run again; nothing written\n$/,
    );
    expect(await exists(output)).toBe(false);
  });

  it("refuses to write over its input, even with --force", async () => {
    const input = folder.path("demo.xlsx");
    const run = await c2c("score", input, "-o", input, "--force");
    expect(run.code).toBe(2);
    expect(problemLines(run.stderr)).toEqual([
      `error: ${input}: is also an input; the input file is never modified, so choose another output file`,
    ]);
  });
});

describe("c2c score: the user's own parts are kept", () => {
  it("scores a workbook with an Excel-made chart without --force, the chart part byte-identical", async () => {
    const input = folder.path("excel-chart.xlsx");
    const { bytes, grafted } = await graftSheet(
      await readFile(folder.path("demo.xlsx")),
      "chart_area01.xlsx",
      "Sheet1",
    );
    await writeFile(input, bytes);
    const output = folder.path("excel-chart-scored.xlsx");
    const run = await c2c("score", input, "-o", output, "--strict");
    expect(run.code).toBe(0);
    expect(problemLines(run.stderr)).toEqual([]);
    expect(run.stdout).toMatch(/excel-chart-scored\.xlsx: kept: 1 chart\n$/);
    const chart = grafted.find((path) => path.startsWith("xl/charts/")) ?? "";
    const [before, after] = await Promise.all(
      [input, output].map(async (path) =>
        (await JSZip.loadAsync(await readFile(path))).file(chart)?.async("uint8array"),
      ),
    );
    expect(after).toBeDefined();
    expect(Buffer.compare(Buffer.from(before ?? []), Buffer.from(after ?? []))).toBe(0);
  });

  it("keeps the chart of a user's sheet the templates' writer made", async () => {
    const output = folder.path("chart-kept.xlsx");
    const run = await c2c("score", folder.path("with-chart.xlsx"), "-o", output);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/chart-kept\.xlsx: kept: 1 chart\n$/);
    const findings = (await inspectPackage(output)).findings;
    expect(findings.filter((finding) => finding.sheet === "My chart")).toEqual([
      expect.objectContaining({ kind: "chart" }),
    ]);
  });

  it("refuses to write a macro workbook as .xlsx, and a workbook without macros as .xlsm", async () => {
    const macro = folder.path("macro.xlsm");
    await writeFile(macro, await asMacroWorkbook(await readFile(folder.path("demo.xlsx"))));
    const refused = await c2c("score", macro, "-o", folder.path("macro-out.xlsx"));
    expect(refused.code).toBe(2);
    expect(problemLines(refused.stderr)).toEqual([
      expect.stringMatching(
        /refused: the input is a macro workbook, which Excel opens only as \.xlsm: name the output \.xlsm$/,
      ),
    ]);
    expect(await exists(folder.path("macro-out.xlsx"))).toBe(false);
    const kept = await c2c("score", macro, "-o", folder.path("macro-out.xlsm"));
    expect(kept.code).toBe(0);
    expect(kept.stdout).toMatch(/macro-out\.xlsm: kept: macros\n$/);
    const plain = await c2c("score", folder.path("demo.xlsx"), "-o", folder.path("plain.xlsm"));
    expect(plain.code).toBe(2);
  });

  it("warns, naming the part, that a signed workbook's signature does not hold for the copy", async () => {
    const signed = folder.path("signed.xlsx");
    await writeFile(signed, await asSignedWorkbook(await readFile(folder.path("demo.xlsx"))));
    const run = await c2c("score", signed, "-o", folder.path("signed-out.xlsx"));
    expect(run.code).toBe(0);
    expect(problemLines(run.stderr)).toEqual([
      expect.stringMatching(
        /^warning: .*signed\.xlsx: _xmlsignatures\/sig1\.xml: the workbook is digitally signed, and the signature does not hold for the scored copy/,
      ),
    ]);
  });
});

/** The package as a macro workbook: a (stand-in) VBA project and the macro-enabled content type. */
async function asMacroWorkbook(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  zip.file(
    "[Content_Types].xml",
    types
      .replace("spreadsheetml.sheet.main+xml", "ms-excel.sheet.macroEnabled.main+xml")
      .replace(
        "</Types>",
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
      ),
  );
  zip.file("xl/vbaProject.bin", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4]));
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels.replace(
      "</Relationships>",
      '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    ),
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The package with a digital signature part (its content is not checked by anyone here). */
async function asSignedWorkbook(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      '<Default Extension="sigs" ContentType="application/vnd.openxmlformats-package.digital-signature-origin"/><Override PartName="/_xmlsignatures/sig1.xml" ContentType="application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml"/></Types>',
    ),
  );
  zip.file("_xmlsignatures/origin.sigs", "");
  zip.file(
    "_xmlsignatures/_rels/origin.sigs.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/signature" Target="sig1.xml"/></Relationships>',
  );
  zip.file(
    "_xmlsignatures/sig1.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Signature xmlns="http://www.w3.org/2000/09/xmldsig#" Id="idPackageSignature"/>',
  );
  const rels = (await zip.file("_rels/.rels")?.async("string")) ?? "";
  zip.file(
    "_rels/.rels",
    rels.replace(
      "</Relationships>",
      '<Relationship Id="rIdSig" Type="http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/origin" Target="_xmlsignatures/origin.sigs"/></Relationships>',
    ),
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("c2c score: a workbook prepared by another tool", () => {
  it("fills the empty computed columns with formulas and values", async () => {
    const input = folder.path("foreign.xlsx");
    await writeForeignWorkbook(input);
    const run = await c2c("score", input, "-o", folder.path("foreign-scored.xlsx"));
    expect(run.code).toBe(0);
    const { tables } = await readBack(folder.path("foreign-scored.xlsx"));
    const checklist = tables[TABLES.checklist];
    const itemScores = checklist?.rows.map((row) => row.cells[5]?.value);
    expect(itemScores?.[0]).toBeCloseTo(4.5, 9);
    expect(itemScores?.[1]).toBeCloseTo(3, 9);
    const indicators = tables[TABLES.indicators];
    // PM2.5 20 between worst 50 and end 5 (catalogue): 100 · (20 − 50) / (5 − 50) = 66.67.
    expect(indicators?.rows[0]?.cells[11]?.value).toBeCloseTo(200 / 3, 9);
    expect(indicators?.rows[2]?.cells[11]?.value).toBeCloseTo(90, 9);
  });
});

describe("c2c score: problems in the data are warnings, the workbook is still scored", () => {
  it("lists each problem as Sheet!Cell: message and exits 0 (1 under --strict)", async () => {
    const input = folder.path("bad-data.xlsx");
    await writeForeignWorkbook(input, {
      checklistRows: [
        ["TA", "TA1", "addresses concrete local challenges", 7, 4, null, null, ""],
        ["TA", "TA2", "creates synergies", "often", 3, null, null, ""],
      ],
      indicatorRows: [
        [
          "11.6.2",
          "annual mean PM2.5",
          11,
          "Alpha",
          2022,
          "twenty",
          null,
          null,
          "µg/m³",
          "",
          "n",
          null,
        ],
        [
          "99.9.9",
          "an indicator no one defined",
          11,
          "Alpha",
          2022,
          5,
          null,
          null,
          "",
          "",
          "n",
          null,
        ],
        [
          "6.1.1",
          "safely managed drinking water",
          6,
          "Beta",
          2022,
          80,
          null,
          null,
          "%",
          "",
          "y",
          null,
        ],
      ],
    });
    const run = await c2c("score", input, "-o", folder.path("bad-data-scored.xlsx"));
    expect(run.code).toBe(0);
    const lines = problemLines(run.stderr);
    expect(lines.every((line) => line.startsWith("warning: "))).toBe(true);
    expect(lines.some((line) => line.startsWith("warning: Checklist!D2: "))).toBe(true);
    expect(lines.some((line) => line.startsWith("warning: Checklist!D3: "))).toBe(true);
    expect(lines.some((line) => line.startsWith("warning: Indicators!F2: "))).toBe(true);
    expect(lines.some((line) => /^warning: Indicators!A3: .*99\.9\.9/.test(line))).toBe(true);
    expect(run.stdout).toContain(`; ${lines.length} warnings`);

    const strict = await c2c(
      "score",
      input,
      "-o",
      folder.path("bad-data-scored.xlsx"),
      "--force",
      "--strict",
    );
    expect(strict.code).toBe(1);
  });
});

describe("c2c score: what stops the run (exit 2, nothing written)", () => {
  it.each([
    {
      case: "a missing file",
      make: (): Promise<void> => Promise.resolve(),
      message: /cannot be read: there is no such file$/,
    },
    {
      case: "a file that is not a workbook",
      make: (path: string) => writeFile(path, "Code,Value\n11.6.2,20\n"),
      message: /cannot be read: it is not an \.xlsx workbook/,
    },
    {
      case: "a workbook with neither a checklist nor an indicator table",
      make: writeWorkbookWithoutScorableTables,
      message:
        /C2C_Checklist, C2C_Indicators: the workbook has neither a readable C2C_Checklist nor a readable C2C_Indicators table/,
    },
  ])("$case", async ({ case: name, make, message }) => {
    const input = folder.path(`${name.replace(/\W+/g, "-")}.xlsx`);
    const output = folder.path(`${name.replace(/\W+/g, "-")}-out.xlsx`);
    await make(input);
    const run = await c2c("score", input, "-o", output);
    expect(run.code).toBe(2);
    expect(
      problemLines(run.stderr).some((line) => line.startsWith("error: ") && message.test(line)),
    ).toBe(true);
    expect(run.stdout).toBe("");
    expect(await exists(output)).toBe(false);
  });
});

describe("c2c score: the copy keeps the user's content", () => {
  it("keeps a user's extra column and extra sheet as they were", async () => {
    const input = folder.path("extra.xlsx");
    await writeFile(
      input,
      await userXlsx(
        {
          Indicators: [
            ["Code", "City", "Year", "Value", "My comment", "Score"],
            ["11.6.2", "Alpha", 2022, 20, "checked by Ana", null],
            ["11.6.2", "Beta", 2022, 35, "provisional", null],
          ],
          Notes: [["Keep me", 42]],
        },
        [{ name: "C2C_Indicators", sheet: "Indicators", range: "A1:F3" }],
      ),
    );
    const run = await c2c("score", input, "-o", folder.path("extra-scored.xlsx"));
    expect(run.code).toBe(0);
    const { workbook, tables } = await readBack(folder.path("extra-scored.xlsx"));
    const indicators = tables[TABLES.indicators];
    expect(indicators?.columns.map((column) => column.header)).toEqual([
      "Code",
      "City",
      "Year",
      "Value",
      "My comment",
      "Score",
    ]);
    expect(indicators?.rows.map((row) => row.cells[4]?.value)).toEqual([
      "checked by Ana",
      "provisional",
    ]);
    expect(indicators?.rows[0]?.cells[5]?.value).toBeCloseTo(200 / 3, 9);
    expect((await workbook.listSheets()).map((sheet) => sheet.name)).toEqual([
      "Indicators",
      "Notes",
      "Scoreboard",
    ]);
  });
});
