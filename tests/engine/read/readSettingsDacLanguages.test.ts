// The DAC lens's Settings rows in the workbook's language (issue 14): written as the workbook's
// language names them and read in any of the three, as every other Settings row.

import type { CellValue } from "../../../src/engine/cells";
import { CATALOGUE_DAC_LENS, DAC_CRITERIA, type DacLens } from "../../../src/engine/dac";
import { LANGUAGES } from "../../../src/engine/language";
import { TABLES } from "../../../src/engine/model/contract";
import { ProblemList, readSettings } from "../../../src/engine/read";
import { DEFAULT_SETTINGS } from "../../../src/engine/settings";
import { settingsRows } from "../../../src/engine/templates/settingsRows";
import { templateWords } from "../../../src/engine/templates/texts";
import { keyValueTable } from "./tableBuilder";

function read(rows: readonly (readonly [string, CellValue])[]) {
  const problems = new ProblemList();
  const settings = readSettings(keyValueTable(TABLES.settings, "Settings", rows), problems);
  return { settings, problems: problems.problems.map((problem) => problem.message) };
}

const EDITED: DacLens = {
  ...CATALOGUE_DAC_LENS,
  relevance: ["TA"],
  sustainability: ["FIN", "SDG index"],
};

describe("the DAC lens's Settings rows", () => {
  it.each(LANGUAGES)("are written in %s, and read back to the same lens", (language) => {
    const rows = settingsRows({ ...DEFAULT_SETTINGS, dacLens: EDITED }, templateWords(language));
    const dacRows = rows.filter((row) => row.definedName.startsWith("C2C_Dac"));
    expect(dacRows).toHaveLength(DAC_CRITERIA.length);
    if (language !== "en") {
      for (const row of dacRows) expect(row.key).not.toMatch(/^DAC /u);
      expect(dacRows.map((row) => row.meaning).join(" ")).not.toContain("Sources of the DAC");
    }
    const { settings, problems } = read(rows.map((row) => [row.key, row.value]));
    expect(problems).toEqual([]);
    expect(settings.dacLens).toEqual(EDITED);
  });

  it("reads French and Spanish keys in an English workbook, case, accents and spaces ignored", () => {
    const { settings, problems } = read([
      ["CAD : pertinence", "STK"],
      ["cad:coherence", "MLG"],
      ["CAD: eficacia", "DATA, SDG index"],
    ]);
    expect(problems).toEqual([]);
    expect(settings.dacLens).toEqual({
      ...CATALOGUE_DAC_LENS,
      relevance: ["STK"],
      coherence: ["MLG"],
      effectiveness: ["DATA", "SDG index"],
    });
  });

  it("reports a key that is none of the three languages' as unknown", () => {
    expect(read([["CAD relevance", "TA"]]).problems.join(" ")).toContain("CAD relevance");
  });
});
