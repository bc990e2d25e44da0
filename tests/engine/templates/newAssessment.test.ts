import "../../functions/customFunctionsRuntime";
import {
  CATALOGUE_VERSION,
  catalogue,
  findIndicator,
  indicatorsInList,
} from "../../../src/engine/catalogue";
import { SCALAR_SETTING_ROWS, TABLES } from "../../../src/engine/model/contract";
import { ACTION_STATUSES, STAKEHOLDER_GROUPS } from "../../../src/engine/model/types";
import type { SheetPlan, WorkbookPlan } from "../../../src/engine/plan/types";
import { DEFAULT_SETTINGS } from "../../../src/engine/settings";
import {
  newAssessmentPlan,
  PRODUCT_VERSION,
  provenanceLine,
  provenanceLines,
  TemplateError,
  type NewAssessmentOptions,
} from "../../../src/engine/templates";
import { PRINCIPLE_BAND_COLOURS, SDG_BAND_COLOURS } from "../../../src/engine/templates/styles";
import { GOLDEN_OPTIONS, goldenNewPlan } from "./goldenInputs";

const plan = goldenNewPlan();

function sheet(workbook: WorkbookPlan, name: string): SheetPlan {
  const found = workbook.sheets.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`no sheet ${name}`);
  return found;
}

const valueAt = (target: SheetPlan, address: string): unknown =>
  target.cells.find((cell) => cell.address === address)?.value;

describe("newAssessmentPlan", () => {
  it("writes every sheet of the workbook contract, in order, each table under its contract name", () => {
    expect(plan.sheets.map((candidate) => candidate.name)).toEqual([
      "About",
      "Settings",
      "Checklist",
      "Stakeholders",
      "Indicators",
      "Actions",
      "Scoreboard",
    ]);
    expect(
      plan.sheets
        .flatMap((candidate) => (candidate.tables ?? []).map((table) => table.name))
        .sort(),
    ).toEqual(Object.values(TABLES).sort());
  });

  it("protects and owns only the Scoreboard, without a password and without unlocked cells", () => {
    expect(
      plan.sheets.filter((candidate) => candidate.owned).map((candidate) => candidate.name),
    ).toEqual(["Scoreboard"]);
    expect(
      plan.sheets
        .filter((candidate) => candidate.protection !== undefined)
        .map((candidate) => candidate.name),
    ).toEqual(["Scoreboard"]);
    expect(sheet(plan, "Scoreboard").protection).toEqual({ unlockedRanges: [] });
  });

  it("heads one Checklist column per respondent, with the 1–5 / n/a / ? dropdown over all answer cells", () => {
    const checklist = sheet(plan, "Checklist");
    const table = checklist.tables?.[0];
    expect(table?.columns).toEqual([
      "Principle",
      "Item ID",
      "Item",
      "Amina",
      "Erik",
      "Item score",
      "Spread",
      "Contested",
      "Evidence",
    ]);
    expect(table?.range).toBe(`A4:I${4 + catalogue.items.length}`);
    expect(checklist.validations?.[0]).toMatchObject({
      range: `D5:E${4 + catalogue.items.length}`,
      list: { values: ["1", "2", "3", "4", "5", "n/a", "?"] },
    });
    expect(checklist.freeze).toEqual({ rows: 4, columns: 3 });
  });

  it("writes a row for every listed indicator × city × year, worst and end values from the catalogue", () => {
    const indicators = sheet(plan, "Indicators");
    const listed = indicatorsInList("simplified");
    const rows = listed.length * 2 * 2;
    expect(indicators.tables?.[0]?.range).toBe(`A4:O${4 + rows}`);
    const first = listed[0];
    expect([
      valueAt(indicators, "A5"),
      valueAt(indicators, "D5"),
      valueAt(indicators, "E5"),
      valueAt(indicators, "G5"),
    ]).toEqual([first?.id, "Nakuru", 2023, first?.worst]);
    const halve = findIndicator("1.2.1");
    expect(halve?.end.kind).toBe("relative-to-baseline");
    const halveRow = 5 + listed.findIndex((definition) => definition.id === "1.2.1") * 2;
    expect(
      indicators.cells.find((cell) => cell.address === `H${halveRow}`)?.formula?.portable,
    ).toBe(
      `=IF(ISNUMBER(Indicators!$F$${halveRow}),0.5*Indicators!$F$${halveRow},IF(ISNUMBER(Indicators!$F$${halveRow + 1}),0.5*Indicators!$F$${halveRow + 1},""))`,
    );
  });

  it("offers the stakeholder groups and action statuses as dropdowns", () => {
    expect(sheet(plan, "Stakeholders").validations?.[0]?.list).toEqual({
      values: STAKEHOLDER_GROUPS,
    });
    expect(sheet(plan, "Actions").validations?.[0]?.list).toEqual({ values: ACTION_STATUSES });
  });

  it("names every setting's Value cell, and the band limits and weights as ranges", () => {
    const names = new Map(plan.names.map((name) => [name.name, name.range]));
    for (const row of SCALAR_SETTING_ROWS) expect(names.has(row.definedName)).toBe(true);
    expect(names.get("C2C_WorstValueMode")).toBe("B5");
    expect(names.get("C2C_SdgBandLimits")).toBe("B13:B15");
    expect(names.get("C2C_PrincipleBandLimits")).toBe("B16:B18");
    expect(names.get("C2C_PrincipleWeights")).toBe("B19:B28");
    // The DAC lens rows, then the Language row (its name too).
    // The DAC lens rows follow the weights, one per criterion.
    expect(names.get("C2C_DacRelevance")).toBe("B29");
    expect(names.get("C2C_DacSustainability")).toBe("B34");
    expect(plan.names).toHaveLength(SCALAR_SETTING_ROWS.length + 3 + 3 + 10 + 6 + 3 + 1);
  });

  it("draws a radar of the ten principles and a bar chart per city", () => {
    const charts = sheet(plan, "Scoreboard").charts ?? [];
    expect(charts.map((chart) => chart.kind)).toEqual(["radar", "bar", "bar"]);
    expect(charts[0]?.categories).toBe("B7:B16");
    expect(charts[0]?.valueAxis).toEqual({ min: 0, max: 100, numberFormat: "0" });
  });

  it("colours every band label by its text, in the colour-blind-safe palette", () => {
    const formats = sheet(plan, "Scoreboard").conditionalFormats ?? [];
    const labels = new Set(
      formats.flatMap((format) =>
        format.rules.flatMap((rule) => (rule.kind === "cell-equals" ? [rule.value] : [])),
      ),
    );
    for (const [label] of [...SDG_BAND_COLOURS, ...PRINCIPLE_BAND_COLOURS])
      expect(labels.has(label)).toBe(true);
    const fills = new Set(
      [...SDG_BAND_COLOURS, ...PRINCIPLE_BAND_COLOURS].map(([, highlight]) => highlight.fill),
    );
    expect([...fills].sort()).toEqual(["#0072B2", "#56B4E9", "#BFBFBF", "#D55E00", "#E69F00"]);
  });

  it("ends the Scoreboard with the provenance, over short lines in column A that print within the page", () => {
    const cells = sheet(plan, "Scoreboard").cells;
    const lines = provenanceLines({ generatedOn: "2026-01-15" }, "simplified", DEFAULT_SETTINGS);
    const last = cells.slice(-lines.length);
    expect(last.map((cell) => cell.value)).toEqual(lines);
    expect(last.map((cell) => cell.address.replace(/\d+$/, ""))).toEqual(lines.map(() => "A"));
    expect(lines[0]).toBe(
      `Generated 2026-01-15 by C2C Scoreboard ${PRODUCT_VERSION} · catalogue ${CATALOGUE_VERSION} · simplified list`,
    );
    expect(lines[1]).toBe(
      "Settings: worst-value mode fixed, target year 2030, item aggregation mean",
    );
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(120);
    // The same words as the one-line form the Programme sheet uses.
    expect(lines.join(", ").replace(" list, Settings:", " list · settings:")).toBe(
      provenanceLine({ generatedOn: "2026-01-15" }, "simplified", DEFAULT_SETTINGS),
    );
  });

  it("stamps the catalogue version on the About sheet", () => {
    expect(valueAt(sheet(plan, "About"), "B11")).toBe(CATALOGUE_VERSION);
  });

  it.each<[string, Partial<NewAssessmentOptions>, string]>([
    ["one city", { cities: ["Nakuru"] }, "two or more partner cities"],
    ["a city twice", { cities: ["Nakuru", "nakuru"] }, "a city is listed twice"],
    ["no year", { years: [] }, "at least one year"],
    ["no respondent", { respondents: [] }, "at least one respondent"],
    ["two respondents of one name", { respondents: ["Amina", "amina"] }, "same name"],
    ["a blank name", { partnershipName: " " }, "needs a name"],
  ])("refuses %s", (_label, change, message) => {
    expect(() => newAssessmentPlan({ ...GOLDEN_OPTIONS, ...change })).toThrow(TemplateError);
    expect(() => newAssessmentPlan({ ...GOLDEN_OPTIONS, ...change })).toThrow(message);
  });

  it("builds the long list too: a row per long-list indicator × city × year", () => {
    const long = newAssessmentPlan({ ...GOLDEN_OPTIONS, list: "long", years: [2024] });
    expect(sheet(long, "Indicators").tables?.[0]?.range).toBe(
      `A4:O${4 + indicatorsInList("long").length * 2}`,
    );
  });
});
