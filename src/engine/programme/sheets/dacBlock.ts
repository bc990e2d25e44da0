// The Programme sheet's DAC criteria block (framework.md §5, decision 0015): per criterion, across
// the partnerships that have a score, the mean on 0–100, the count, the median, quartiles, minimum
// and maximum — each a formula over the criterion's column of C2C_Programme, like the principle
// block — with the sources of the programme's lens; under it, the criteria on which the
// partnerships' Settings differ, so a coordinator sees why the catalogue's sources were used.

import { formatDacSources } from "../../dac";
import { at } from "../../templates/grid";
import type { Block } from "../../templates/scoreboard/block";
import type { TemplateCell } from "../../templates/sheetTemplate";
import { problemMessage } from "../../language/problemTexts";
import { SHEETS } from "../../model/contract";
import { dacAcrossPartnerships } from "../dacAcrossPartnerships";
import type { ProgrammeTextKey, ProgrammeWords } from "../texts";
import type { Programme } from "../types";
import { PROGRAMME_TABLE } from "./layout";
import { DAC_COLUMN_HEADERS, FIRST_DAC_COLUMN } from "./partnershipsSheet";
import { partnershipColumn } from "./principlesBlock";
import { countCell, meanCell, SPREAD_HEADERS, spreadCells } from "./spreadCells";

const DAC_HEADERS: readonly ProgrammeTextKey[] = [
  "header.criterion",
  "header.name",
  "header.mean100",
  "header.partnershipsWithScore",
  ...SPREAD_HEADERS,
  "header.sources",
];

/** `firstRow` holds the heading; the header, six criteria and the notes follow. */
export function dacBlock(programme: Programme, firstRow: number, words: ProgrammeWords): Block {
  const firstColumn = words.templates.header(DAC_COLUMN_HEADERS[0] ?? "");
  const headerRow = firstRow + 2;
  const cells: TemplateCell[] = [
    { address: at(firstRow, 1), value: words.text("dac.heading"), style: "sectionHeading" },
    {
      address: at(firstRow + 1, 1),
      value: words.text("dac.note", { firstColumn, table: PROGRAMME_TABLE }),
      style: "note",
    },
    ...DAC_HEADERS.map((header, index): TemplateCell => ({
      address: at(headerRow, index + 1),
      value: words.text(header),
      style: "header",
    })),
  ];
  programme.dacCriteria.forEach((criterion, index) => {
    const row = headerRow + 1 + index;
    const column = partnershipColumn(programme, FIRST_DAC_COLUMN + index);
    cells.push(
      { address: at(row, 1), value: criterion.criterion, style: "label" },
      {
        address: at(row, 2),
        value: words.templates.catalogue("dacCriteria", criterion.criterion, criterion.name),
        style: "label",
      },
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
      ? [words.text("dac.agreed", { settingsSheet: SHEETS.settings, firstColumn })]
      : disagreements.map((problem) =>
          words.text("rules.note", { message: problemMessage(words.language, problem) }),
        );
  const firstNoteRow = headerRow + 1 + programme.dacCriteria.length;
  notes.forEach((note, index) => {
    cells.push({ address: at(firstNoteRow + index, 1), value: note, style: "note" });
  });
  return { cells, conditionalFormats: [], charts: [], nextRow: firstNoteRow + notes.length + 1 };
}
