// The Programme sheet's DAC criteria block (framework.md §5, decision 0015): per criterion, across
// the partnerships that have a score, the mean on 0–100, the count, the median, quartiles, minimum
// and maximum — each a formula over the criterion's column of C2C_Programme, like the principle
// block — with the sources of the programme's lens; under it, the criteria on which the
// partnerships' Settings differ, so a coordinator sees why the catalogue's sources were used.

import { formatDacSources } from "../../dac";
import { at } from "../../templates/grid";
import type { Block } from "../../templates/scoreboard/block";
import type { TemplateCell } from "../../templates/sheetTemplate";
import { dacAcrossPartnerships } from "../dacAcrossPartnerships";
import type { Programme } from "../types";
import { DAC_COLUMN_HEADERS, FIRST_DAC_COLUMN } from "./partnershipsSheet";
import { partnershipColumn } from "./principlesBlock";
import { countCell, meanCell, SPREAD_HEADERS, spreadCells } from "./spreadCells";

export const DAC_HEADERS = [
  "Criterion",
  "Name",
  "Mean (0–100)",
  "Partnerships with a score",
  ...SPREAD_HEADERS,
  "Sources",
] as const;

export const DAC_BLOCK_HEADING = "DAC criteria across the programme";

/** `firstRow` holds the heading; the header, six criteria and the notes follow. */
export function dacBlock(programme: Programme, firstRow: number): Block {
  const headerRow = firstRow + 2;
  const cells: TemplateCell[] = [
    { address: at(firstRow, 1), value: DAC_BLOCK_HEADING, style: "sectionHeading" },
    {
      address: at(firstRow + 1, 1),
      value: `Each partnership's criterion is the mean, on 0–100, of its sources that have a score (a principle as (score − 1) / 4 × 100, the SDG index as the mean of its cities' overall indices); the figures are over the partnerships with a score, from the columns ${DAC_COLUMN_HEADERS[0] ?? ""} … of C2C_Programme. No band: a criterion mixes principle and SDG scores, whose bands differ.`,
      style: "note",
    },
    ...DAC_HEADERS.map((header, index): TemplateCell => ({
      address: at(headerRow, index + 1),
      value: header,
      style: "header",
    })),
  ];
  programme.dacCriteria.forEach((criterion, index) => {
    const row = headerRow + 1 + index;
    const column = partnershipColumn(programme, FIRST_DAC_COLUMN + index);
    cells.push(
      { address: at(row, 1), value: criterion.criterion, style: "label" },
      { address: at(row, 2), value: criterion.name, style: "label" },
      meanCell(row, 3, column, criterion.distribution, "computedHundred"),
      countCell(row, 4, column, criterion.distribution.count),
      ...spreadCells(row, 5, column, criterion.distribution, "computedHundred"),
      {
        address: at(row, 5 + SPREAD_HEADERS.length),
        value: formatDacSources(criterion.sources),
        style: "label",
      },
    );
  });
  const disagreements = dacAcrossPartnerships(programme.partnerships).problems;
  const notes =
    disagreements.length === 0
      ? ["Every partnership uses these sources (Settings, DAC relevance …)."]
      : disagreements.map((problem) => `Note: ${problem.message}.`);
  const firstNoteRow = headerRow + 1 + programme.dacCriteria.length;
  notes.forEach((note, index) => {
    cells.push({ address: at(firstNoteRow + index, 1), value: note, style: "note" });
  });
  return { cells, conditionalFormats: [], charts: [], nextRow: firstNoteRow + notes.length + 1 };
}
