// The Scoreboard of the values-only copy when the principle scores may not be published
// (principlesWithheld): the principles table keeps its names and item counts but loses its scores,
// bands and consensus, the alignment row shows the reason where its score would be, the radar goes,
// the strengths and priorities lose their principle lines (they rank principles by score), and the
// DAC criteria that rest on principles lose their score and count (publishedDacCriteria).

import { DAC_CRITERIA, DAC_LABELS, readDacSources } from "../dac";
import { formatCellAddress, parseCellAddress } from "../plan/address";
import type { CellPlan, SheetPlan } from "../plan/types";
import { LANGUAGES } from "../language";
import {
  DAC_HEADERS,
  DAC_SCORE_COLUMN,
  DAC_WITH_SCORE_COLUMN,
} from "../templates/scoreboard/dacBlock";
import { PRINCIPLE_HEADERS } from "../templates/scoreboard/principlesBlock";
import { templateTexts, type TemplateTextKey } from "../templates/texts";

/** Columns of the principles table that carry numbers derived from the answers (1-based). */
const WITHHELD_COLUMNS = new Set(
  ["Score (1–5)", "Score (0–100)", "Band", "Consensus"].map(
    (header) => PRINCIPLE_HEADERS.indexOf(header) + 1,
  ),
);
const SCORE_COLUMN = PRINCIPLE_HEADERS.indexOf("Score (1–5)") + 1;

// The Scoreboard is written in its workbook's language: its score header and its principle
// strengths and priorities are recognised in any of the three, or a French Scoreboard would keep
// the scores the privacy rule withholds.
const inEveryLanguage = (key: TemplateTextKey): Set<string> =>
  new Set(LANGUAGES.map((language) => templateTexts.templates(language)[key]));
const SCORE_HEADERS = inEveryLanguage("scoreboard.scoreFivePoint");
const DAC_FIRST_HEADERS = inEveryLanguage(DAC_HEADERS[0]);
const PRINCIPLE_HIGHLIGHTS = new Set([
  ...inEveryLanguage("scoreboard.strengthPrinciple"),
  ...inEveryLanguage("scoreboard.priorityPrinciple"),
]);

/** The sheet with the principles table's numbers replaced by the reason; the sheet itself when it has no principles table. */
export function withheldScoreboard(
  sheet: SheetPlan,
  principles: number,
  reason: string,
): SheetPlan {
  const located = sheet.cells.map((cell) => ({ cell, position: parseCellAddress(cell.address) }));
  const header = located.find(
    ({ cell, position }) =>
      position?.column === SCORE_COLUMN &&
      typeof cell.value === "string" &&
      SCORE_HEADERS.has(cell.value) &&
      cell.style === "header",
  )?.position?.row;
  if (header === undefined) return sheet;
  const alignmentRow = header + principles + 1;
  const highlightRows = new Set(
    located.flatMap(({ cell, position }) =>
      position?.column === 1 &&
      typeof cell.value === "string" &&
      PRINCIPLE_HIGHLIGHTS.has(cell.value)
        ? [position.row]
        : [],
    ),
  );
  const kept = located.filter(({ position }) => {
    if (position === undefined) return true;
    if (highlightRows.has(position.row)) return false;
    return !(
      position.row > header &&
      position.row <= alignmentRow &&
      WITHHELD_COLUMNS.has(position.column)
    );
  });
  const note: CellPlan = {
    address: formatCellAddress({ row: alignmentRow, column: SCORE_COLUMN }),
    value: reason,
    style: "note",
  };
  const dacRows = dacRowsOnPrinciples(located);
  const published = kept.filter(
    ({ position }) =>
      position === undefined ||
      !dacRows.has(position.row) ||
      !DAC_WITHHELD_COLUMNS.has(position.column),
  );
  const dacNotes = [...dacRows].map((row): CellPlan => ({
    address: formatCellAddress({ row, column: DAC_SCORE_COLUMN }),
    value: DAC_LABELS.notPublished,
    style: "note",
  }));
  return {
    ...sheet,
    cells: [...published.map(({ cell }) => cell), note, ...dacNotes],
    charts: (sheet.charts ?? []).filter((chart) => chart.kind !== "radar"),
  };
}

/** Columns of the DAC criteria block derived from principle scores: the score and the count. */
const DAC_WITHHELD_COLUMNS = new Set([DAC_SCORE_COLUMN, DAC_WITH_SCORE_COLUMN]);

// The block's criterion rows follow its header row; a row whose Sources list a principle is withheld.
function dacRowsOnPrinciples(
  located: readonly { cell: CellPlan; position: { row: number; column: number } | undefined }[],
): Set<number> {
  const header = located.find(
    ({ cell, position }) =>
      position?.column === 1 &&
      typeof cell.value === "string" &&
      DAC_FIRST_HEADERS.has(cell.value) &&
      cell.style === "header",
  )?.position?.row;
  if (header === undefined) return new Set();
  const rows = new Set<number>();
  for (const { cell, position } of located) {
    if (position?.column !== 2 || position.row <= header) continue;
    if (position.row > header + DAC_CRITERIA.length || typeof cell.value !== "string") continue;
    const reading = readDacSources(cell.value);
    if (reading.ok && reading.sources.some((source) => source !== DAC_LABELS.sdgIndexSource))
      rows.add(position.row);
  }
  return rows;
}
