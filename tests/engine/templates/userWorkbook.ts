// A workbook "prepared by another tool" from an assessment: the contract's tables at other places,
// in another column order, with an extra user column, the computed columns empty, the settings
// rows shuffled (so the band limits and weights cannot be named as ranges) and no Actions table.
// Returns the workbook and the assessment with each row's `row` set to where it stands.

import type { Assessment } from "../../../src/engine/model/types";
import { MemoryWorkbook, type MemoryCellInput } from "../../../src/host/memory/memoryWorkbook";
import { settingsRows } from "../../../src/engine/templates/settingsRows";
import { columnLetters } from "../../../src/engine/plan/address";

const cellOf = (value: unknown): MemoryCellInput =>
  value === undefined
    ? null
    : typeof value === "object" && value !== null && "errorCode" in value
      ? null
      : (value as MemoryCellInput);

export function userWorkbook(assessment: Assessment): {
  workbook: MemoryWorkbook;
  assessment: Assessment;
} {
  const respondents = assessment.respondents.map((respondent) => respondent.name);
  // Respondent columns are those between Item and Item score, so the user's own column comes last.
  const checklistHeader = [
    "Item ID",
    "principle",
    "ITEM",
    ...respondents,
    "item score",
    "Spread",
    "Evidence",
    "My notes",
  ];
  const checklistRows = assessment.checklist.map((item) => [
    item.itemId,
    item.principle,
    item.item,
    ...item.answers.map(cellOf),
    null,
    null,
    item.evidence,
    "kept",
  ]);

  const indicatorHeader = [
    "City",
    "Year",
    "Code",
    "Indicator",
    "Goal",
    "Value",
    "Worst",
    "End value",
    "Unit",
    "Source",
    "Disaggregated",
    "Objective",
    "Score",
  ];
  const indicatorRows = assessment.indicators.map((row) => [
    row.city,
    row.year,
    row.code,
    row.indicator,
    row.goal,
    row.value,
    row.worst,
    row.end,
    row.unit,
    row.source,
    row.disaggregated === null ? null : row.disaggregated ? "y" : "n",
    row.objective,
    null,
  ]);
  const settings = settingsRows(assessment.settings).reverse();
  const workbook = MemoryWorkbook.fromSheets(
    {
      Answers: [checklistHeader, ...checklistRows],
      Data: [[], [], indicatorHeader, ...indicatorRows],
      Rules: [["Key", "Value"], ...settings.map((row) => [row.key, row.value])],
    },
    [
      {
        name: "C2C_Checklist",
        sheet: "Answers",
        range: `A1:${columnLetters(checklistHeader.length)}${checklistRows.length + 1}`,
      },
      {
        name: "C2C_Indicators",
        sheet: "Data",
        range: `A3:${columnLetters(indicatorHeader.length)}${indicatorRows.length + 3}`,
      },
      { name: "c2c_settings", sheet: "Rules", range: `A1:B${settings.length + 1}` },
    ],
  );
  return {
    workbook,
    assessment: {
      ...assessment,
      checklist: assessment.checklist.map((item, index) => ({ ...item, row: index + 2 })),
      indicators: assessment.indicators.map((row, index) => ({ ...row, row: index + 4 })),
      actions: [],
    },
  };
}
