// Scoring an existing workbook: edits that fill the computed columns of its input tables (Item
// score, Spread, Contested, Score, and the worst/end/objective values the engine filled in) with
// formulas and values, the catalogue version stamped on the About sheet, the setting names those
// formulas pass, and the Scoreboard sheet, rebuilt. Nothing else in the user's sheets changes.

import type { AssessmentScores } from "../assessment/types";
import { settingRefs } from "../formula/settingRefs";
import { CATALOGUE_VERSION } from "../catalogue";
import { PARTNERSHIP_KEYS, SHEETS } from "../model/contract";
import type { Assessment } from "../model/types";
import { normaliseHeader } from "../plan/headers";
import { sameName } from "../plan/names";
import type { SheetEditPlan, WorkbookPlan } from "../plan/types";
import { checklistComputedCells, indicatorComputedCells } from "./computedColumns";
import type { WorkbookLayout } from "./layout";
import { todayStamp, type Stamp } from "./provenance";
import { scoreboardSheet } from "./scoreboard/scoreboardSheet";
import { settingsNames } from "./settingsNames";
import { compileCell, compileSheet, type TemplateCell } from "./sheetTemplate";
import { STYLES } from "./styles";
import { templateWords } from "./texts";

export function scoredWorkbookPlan(
  assessment: Assessment,
  scores: AssessmentScores,
  layout: WorkbookLayout,
  stamp: Stamp = todayStamp(),
): WorkbookPlan {
  const settingsTable = layout.tables.settings;
  const names =
    settingsTable === undefined
      ? []
      : settingsNames(settingsTable.sheet, layout.settingsValueCells, scores.settings);
  const refs = settingRefs(
    scores.settings,
    new Set(names.map((name) => name.name)),
    assessment.language ?? "en",
  );

  const editsBySheet: { sheet: string; cells: TemplateCell[] }[] = [];
  const addEdits = (sheet: string, cells: readonly TemplateCell[]): void => {
    if (cells.length === 0) return;
    const existing = editsBySheet.find((edit) => sameName(edit.sheet, sheet));
    if (existing === undefined) editsBySheet.push({ sheet, cells: [...cells] });
    else existing.cells.push(...cells);
  };
  const checklist = layout.tables.checklist;
  if (checklist !== undefined) {
    addEdits(
      checklist.sheet,
      checklistComputedCells(
        checklist,
        assessment,
        scores,
        refs,
        (index) => assessment.checklist[index]?.row ?? 0,
      ),
    );
  }
  const indicators = layout.tables.indicators;
  if (indicators !== undefined) {
    addEdits(
      indicators.sheet,
      indicatorComputedCells(
        indicators,
        assessment,
        scores,
        (index) => assessment.indicators[index]?.row ?? 0,
        { fillInputs: true, inputsAsStored: true },
      ),
    );
  }
  // The catalogue version on the About sheet is the add-in's stamp, not the user's data: the
  // workbook is now scored with this catalogue, as the hidden stamp the runner writes says too, and
  // consolidation reads the About row first.
  const partnership = layout.tables.partnership;
  const catalogueVersionCell = layout.partnershipValueCells.get(
    normaliseHeader(PARTNERSHIP_KEYS.catalogueVersion),
  );
  if (partnership !== undefined && catalogueVersionCell !== undefined) {
    addEdits(partnership.sheet, [{ address: catalogueVersionCell, value: CATALOGUE_VERSION }]);
  }
  const edits: SheetEditPlan[] = editsBySheet.map((edit) => ({
    sheet: edit.sheet,
    cells: edit.cells.map(compileCell),
  }));
  const scoreboard = scoreboardSheet(
    {
      sheet: SHEETS.scoreboard,
      assessment,
      scores,
      layout,
      refs,
      words: templateWords(assessment.language ?? "en"),
    },
    stamp,
  );
  return { styles: STYLES, sheets: [compileSheet(scoreboard)], names, edits };
}
