// A French assessment's Indicators sheet, written by `c2c new --lang fr` and read back by openpyxl
// (a reader we did not write): the catalogue's names and the bases of end and worst values are
// French, codes stay fixed, and the numbers are those of the English workbook.

import { execFileSync } from "node:child_process";
import { catalogueText } from "../../src/engine/catalogue/texts";
import { c2c, tempFolder, type TempFolder } from "../cli/cliHarness";

let folder: TempFolder;
type Row = readonly (string | number | null)[];
const sheets = new Map<string, Row[]>();

/** Every row of the Indicators sheet below the header, as openpyxl reads it. */
function indicatorRows(path: string): Row[] {
  const script = `import json, openpyxl, sys
ws = openpyxl.load_workbook(sys.argv[1])["Indicators"]
print(json.dumps([[c.value for c in row] for row in ws.iter_rows(min_row=5)], ensure_ascii=False))`;
  const out = execFileSync("/usr/bin/python3", ["-c", script, path]);
  return JSON.parse(out.toString()) as Row[];
}

beforeAll(async () => {
  folder = await tempFolder();
  for (const language of ["en", "fr"]) {
    const path = folder.path(`${language}.xlsx`);
    const made = await c2c(
      "new",
      "-o",
      path,
      "--name",
      "Lyon–Rabat",
      "--cities",
      "Lyon,Rabat",
      "--years",
      "2023-2024",
      "--respondents",
      "Ana,Youssef",
      "--lang",
      language,
    );
    expect(made.code).toBe(0);
    sheets.set(language, indicatorRows(path));
  }
}, 120_000);
afterAll(async () => {
  await folder.remove();
});

const rowsOf = (language: string): Row[] => sheets.get(language) ?? [];
const rowFor = (language: string, code: string): Row | undefined =>
  rowsOf(language).find((row) => row[0] === code);

describe("a French Indicators sheet", () => {
  it("writes each indicator under the UN's French name, or ours where the UN has none", () => {
    expect(rowFor("fr", "11.6.2")?.[1]).toBe(
      "Niveau moyen annuel de particules fines (PM 2,5 et PM 10, par exemple) dans les villes, pondéré en fonction du nombre d’habitants",
    );
    expect(rowFor("fr", "C2C-FIN")?.[1]).toBe(
      "Budget du partenariat cofinancé par d’autres partenaires (privés, PPP, fonds propres)",
    );
    for (const row of rowsOf("fr"))
      expect(row[1]).toBe(catalogueText("fr", "indicatorNames", String(row[0])));
  });

  it("writes the bases of end and worst values in French", () => {
    // Columns N and O: End basis, Worst basis.
    expect(rowFor("fr", "11.6.2")?.slice(13, 15)).toEqual([
      "norme internationale (lignes directrices mondiales de l’OMS sur la qualité de l’air 2021 (PM2,5 en moyenne annuelle : 5 µg/m³))",
      "valeur par défaut du produit — à revoir localement",
    ]);
    expect(rowFor("en", "11.6.2")?.slice(13, 15)).toEqual([
      "international standard (WHO global air quality guidelines 2021 (annual mean PM2.5 5 µg/m³))",
      "product default — review locally",
    ]);
    expect(rowFor("fr", "1.2.1")?.[13]).toBe(
      "Programme 2030 (cible ODD 1.2 : « réduire de moitié au moins la proportion d’hommes, de femmes et d’enfants de tous âges souffrant […] de pauvreté »)",
    );
  });

  it("keeps the codes, cities, years and values of the English workbook", () => {
    const fixed = (row: Row): unknown[] => [row[0], row[2], row[3], row[4], row[6], row[7], row[8]];
    expect(rowsOf("fr").length).toBeGreaterThan(40);
    expect(rowsOf("fr").map(fixed)).toEqual(rowsOf("en").map(fixed));
  });
});
