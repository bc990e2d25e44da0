import { readFile } from "node:fs/promises";
import { scoreAssessment } from "../../src/engine/assessment";
import { catalogue } from "../../src/engine/catalogue";
import { samplePartnership } from "../../src/engine/demo";
import { TABLES } from "../../src/engine/model/contract";
import { PROGRAMME_TABLE } from "../../src/engine/programme";
import { readAssessment } from "../../src/engine/read";
import { XlsxWorkbook } from "../support/exceljsHost/xlsxWorkbook";
import { STAMP_KEYS } from "../../src/host/stamp";
import { c2c, sha256, tempFolder, type CliRun, type TempFolder } from "./cliHarness";

let folder: TempFolder;
let demo: CliRun;
beforeAll(async () => {
  folder = await tempFolder();
  demo = await c2c("demo", "--out-dir", folder.path("out"), "--pilot-workbooks");
}, 60_000);
afterAll(async () => {
  await folder.remove();
});

describe("c2c demo", () => {
  it("prints the summary: the partnership's alignment and SDG indices, the programme's averages in the pilot's order", () => {
    expect(demo.code).toBe(0);
    const lines = demo.stdout.split("\n");
    expect(lines[0]).toBe("C2C Scoreboard demo — SAMPLE DATA, generated from fixed seeds");
    expect(lines[1]).toBe(
      `${folder.path("out/partnership.xlsx")}: Lindhaven–Sokoni partnership for sustainable cities (SAMPLE DATA)`,
    );
    const principles = lines.filter(
      (line) => /^ {2}[A-Z0-9]{2,4} +\S/.test(line) && /\d\.\d\d/.test(line),
    );
    expect(principles.slice(0, 3).map((line) => line.trim().split(/ {2,}/))).toEqual([
      ["P2P", "Peer-to-peer learning", "3.70", "Established", "27"],
      ["TA", "Territorial approach", "3.44", "Established", "27"],
      ["STK", "Stakeholder engagement", "3.12", "Established", "27"],
    ]);
    expect(principles.at(-1)?.trim().startsWith("FIN")).toBe(true);
  });

  it("writes the scored partnership workbook, which reads back to the sample's own scores", async () => {
    const workbook = await XlsxWorkbook.open(folder.path("out/partnership.xlsx"));
    const reading = readAssessment(await workbook.readTables(Object.values(TABLES)));
    expect(reading.problems).toEqual([]);
    const readScores = scoreAssessment(reading.assessment!);
    const ownScores = scoreAssessment(samplePartnership());
    expect(readScores.principles.map((entry) => entry.score)).toEqual(
      ownScores.principles.map((entry) => entry.score),
    );
    expect(readScores.cities.map((city) => city.overall.index)).toEqual(
      ownScores.cities.map((city) => city.overall.index),
    );
    expect((await workbook.listSheets()).map((sheet) => sheet.name)).toContain("Scoreboard");
    expect((await workbook.readAddinData())[STAMP_KEYS.catalogueVersion]).toBe("2026.1");
  });

  it("writes the programme workbook: 27 partnerships and the pilot's averages as formulas with their values", async () => {
    const workbook = await XlsxWorkbook.open(folder.path("out/programme.xlsx"));
    const table = await workbook.readTable(PROGRAMME_TABLE);
    expect(table?.rows).toHaveLength(27);
    const scoresOf = (column: number) =>
      (table?.rows ?? []).flatMap((row) => {
        const value = row.cells[column]?.value;
        return typeof value === "number" ? [value] : [];
      });
    const p2pColumn = 4 + catalogue.principles.findIndex((principle) => principle.id === "P2P");
    const p2p = scoresOf(p2pColumn);
    expect((p2p.reduce((a, b) => a + b, 0) / p2p.length).toFixed(2)).toBe("3.70");
  });

  it("writes the 27 pilot workbooks, which consolidate to the same averages", async () => {
    const pilot = Array.from({ length: 27 }, (_, index) =>
      folder.path(`out/pilot/pilot-${String(index + 1).padStart(2, "0")}.xlsx`),
    );
    const run = await c2c("consolidate", ...pilot, "-o", folder.path("again.xlsx"));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("P2P 3.70");
    expect(run.stdout).toContain("TA 3.44");
    expect(run.stdout).toContain("STK 3.12");
  }, 60_000);

  it("is the same on every run, and refuses to overwrite its files without --force", async () => {
    const before = await sha256(folder.path("out/programme.xlsx"));
    const refused = await c2c("demo", "--out-dir", folder.path("out"));
    expect(refused.code).toBe(2);
    expect(await sha256(folder.path("out/programme.xlsx"))).toBe(before);
    const again = await c2c("demo", "--out-dir", folder.path("out"), "--force");
    expect(again.stdout).toBe(demo.stdout);
    expect((await readFile(folder.path("out/partnership.xlsx"))).length).toBeGreaterThan(10_000);
  }, 60_000);
});
