import { sheetText } from "./planText";
import { goldenNewPlan, goldenScoredPlan } from "../engine/templates/goldenInputs";

// The golden files are only as good as the text they compare: a field of the plan model that
// planText does not print would change unseen. These are the fields it prints, per kind of object.
const PRINTED_FIELDS: Readonly<Record<string, readonly string[]>> = {
  sheet: [
    "name",
    "owned",
    "cells",
    "tables",
    "validations",
    "conditionalFormats",
    "charts",
    "columnWidths",
    "freeze",
    "protection",
    "tabColour",
    "print",
  ],
  cell: ["address", "value", "formula", "style", "numberFormat"],
  table: ["name", "range", "columns", "style", "showRowStripes"],
  validation: ["range", "list", "allowBlank", "prompt", "error"],
  conditionalFormat: ["range", "rules"],
  chart: ["kind", "barDirection", "title", "anchor", "categories", "series", "valueAxis"],
  series: ["name", "values", "colour"],
};

function fieldsOf(objects: readonly object[]): string[] {
  return [...new Set(objects.flatMap((object) => Object.keys(object)))].sort();
}

describe("plan text of the golden files", () => {
  const plans = [goldenNewPlan(), goldenScoredPlan()];
  const sheets = plans.flatMap((plan) => plan.sheets);
  const charts = sheets.flatMap((sheet) => sheet.charts ?? []);
  const seen: Record<string, readonly object[]> = {
    sheet: sheets,
    cell: sheets.flatMap((sheet) => sheet.cells),
    table: sheets.flatMap((sheet) => sheet.tables ?? []),
    validation: sheets.flatMap((sheet) => sheet.validations ?? []),
    conditionalFormat: sheets.flatMap((sheet) => sheet.conditionalFormats ?? []),
    chart: charts,
    series: charts.flatMap((chart) => chart.series),
  };

  it.each(Object.keys(PRINTED_FIELDS))("prints every field the plans' %s objects have", (kind) => {
    const unprinted = fieldsOf(seen[kind] ?? []).filter(
      (field) => !(PRINTED_FIELDS[kind] ?? []).includes(field),
    );
    expect(unprinted).toEqual([]);
  });

  it("tells a text cell from a number cell and a live formula from a portable one", () => {
    const text = sheetText(
      {
        name: "S",
        owned: true,
        cells: [
          { address: "A1", value: "3" },
          { address: "A2", value: 3 },
          { address: "A3", value: 2, formula: { live: "=C2C.X(A1)", portable: "=A1*1" } },
        ],
      },
      [],
    );
    expect(text).toBe(
      [
        'sheet "S" owned',
        'cell A1 "3"',
        "cell A2 3",
        "cell A3 value 2",
        "  portable =A1*1",
        "  live     =C2C.X(A1)",
        "",
      ].join("\n"),
    );
  });
});
