// The workbook's language: the Language row of C2C_Settings (en, fr or es, in any case, or a tag
// such as "fr-FR"); English when the row is absent or blank, as in every workbook made before the
// row existed. It changes no number, only the words the Scoreboard is rebuilt in.

import { languageOfTag, type Language } from "../language";
import { LANGUAGE_SETTING_KEY } from "../model/contract";
import type { TableData } from "../plan/tableData";
import { cellPhrase, isBlank, textOf } from "../sheetValues";
import { readKeyValueTable } from "./keyValueTable";
import { ProblemList } from "./problemList";

export const DEFAULT_LANGUAGE: Language = "en";

export function readLanguage(table: TableData | null, problems: ProblemList): Language {
  if (table === null) return DEFAULT_LANGUAGE;
  // The other keys are the Settings reader's to check; only this row's problems are kept.
  const own = new ProblemList();
  const cell = readKeyValueTable(table, [LANGUAGE_SETTING_KEY], own).values.get(
    LANGUAGE_SETTING_KEY,
  );
  if (cell === undefined || isBlank(cell.value)) return DEFAULT_LANGUAGE;
  const language = languageOfTag(textOf(cell.value));
  if (language !== undefined) return language;
  problems.warn(cell.address, "settings.language", { cell: cellPhrase(cell.value) });
  return DEFAULT_LANGUAGE;
}
