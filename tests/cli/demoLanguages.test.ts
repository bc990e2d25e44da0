// The whole demo in English, French and Spanish: the workbooks speak their language (headers,
// dropdown words, the Scoreboard) and every number `c2c report --json` gives is identical. A
// French workbook whose answers were typed in Spanish and English still scores the same.

import { execFileSync } from "node:child_process";
import type { Language } from "../../src/engine/language";
import { c2c, tempFolder, type TempFolder } from "./cliHarness";

const LANGUAGES: readonly Language[] = ["en", "fr", "es"];

let folder: TempFolder;
const reports = new Map<Language, unknown>();

/** The report without what names the file and the moment it was read. */
function numbersOf(json: string): unknown {
  const report = JSON.parse(json) as Record<string, unknown> & {
    provenance?: Record<string, unknown>;
  };
  delete report.provenance?.["source"];
  delete report.provenance?.["generatedAt"];
  delete report["source"];
  return report;
}

beforeAll(async () => {
  folder = await tempFolder();
  for (const language of LANGUAGES) {
    const demo = await c2c("demo", "--out-dir", folder.path(language), "--lang", language);
    expect(demo.code).toBe(0);
    const report = await c2c("report", folder.path(`${language}/partnership.xlsx`), "--json");
    expect(report.code).toBe(0);
    expect(report.stderr).toBe("");
    reports.set(language, numbersOf(report.stdout));
  }
}, 180_000);
afterAll(async () => {
  await folder.remove();
});

// openpyxl reads what we wrote as another program would; it prints a sheet's row as JSON.
function rowOf(path: string, sheet: string, row: number): unknown[] {
  const script = `import json, openpyxl, sys
ws = openpyxl.load_workbook(sys.argv[1])[sys.argv[2]]
print(json.dumps([c.value for c in ws[int(sys.argv[3])]], ensure_ascii=False))`;
  const out = execFileSync("/usr/bin/python3", ["-c", script, path, sheet, String(row)]);
  return JSON.parse(out.toString()) as unknown[];
}

describe("the demo in three languages", () => {
  it.each(["fr", "es"] as const)("gives in %s every number English gives", (language) => {
    expect(reports.get(language)).toEqual(reports.get("en"));
  });

  it("writes each workbook's headers in its language", () => {
    const header = (language: Language): unknown[] =>
      rowOf(folder.path(`${language}/partnership.xlsx`), "Indicators", 4).slice(0, 6);
    expect(header("en")).toEqual(["Code", "Indicator", "Goal", "City", "Year", "Value"]);
    expect(header("fr")).toEqual(["Code", "Indicateur", "ODD", "Ville", "Année", "Valeur"]);
    expect(header("es")).toEqual(["Código", "Indicador", "ODS", "Ciudad", "Año", "Valor"]);
  });

  it("writes the Language row and the Scoreboard's words in the workbook's language", () => {
    const path = folder.path("es/partnership.xlsx");
    // The Language row comes after the ten weights and the six DAC rows.
    expect(rowOf(path, "Settings", 35).slice(0, 2)).toEqual(["Idioma", "es"]);
    expect(rowOf(path, "Scoreboard", 1)[0]).toMatch(/^Tablero — /u);
    expect(rowOf(path, "Scoreboard", 6).slice(0, 3)).toEqual([
      "Principio",
      "Nombre",
      "Puntuación (1–5)",
    ]);
  });

  it("scores a French workbook the same when its n/a answers are typed in English and Spanish", async () => {
    const french = folder.path("fr/partnership.xlsx");
    const mixed = folder.path("fr/mixed.xlsx");
    // Every "s.o." answer alternately becomes "N/A" and "No aplica"; statuses become Spanish.
    const script = `import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1])
n = 0
for row in wb["Checklist"].iter_rows(min_row=5):
    for cell in row:
        if cell.value == "s.o.":
            cell.value = ["N/A", "No aplica"][n % 2]; n += 1
for row in wb["Actions"].iter_rows(min_row=5):
    if row[5].value == "réalisée": row[5].value = "Realizada"
wb.save(sys.argv[2])
print(n)`;
    const changed = Number(execFileSync("/usr/bin/python3", ["-c", script, french, mixed]));
    expect(changed).toBeGreaterThan(1);
    const report = await c2c("report", mixed, "--json");
    expect(report.stderr).toBe("");
    expect(numbersOf(report.stdout)).toEqual(reports.get("en"));
  });
});
