// Sentences the status regions show about what a workflow call did.

import type { PaneTexts } from "../texts/paneTexts";
import { placedMessage } from "../texts/placedMessage";
import type { ImportResult, WriteResult } from "../workflows/types";

/** "Wrote the sheets About, Checklist and Scoreboard." followed by the session's own notes. */
export function describeWrite(texts: PaneTexts, result: WriteResult): string[] {
  const names = result.sheets.map((sheet) => sheet.written);
  const wrote =
    names.length === 0
      ? texts.t("write.none")
      : texts.t(names.length === 1 ? "write.sheet" : "write.sheets", {
          names: texts.words(names),
        });
  return [wrote, ...result.notes];
}

export function describeImport(texts: PaneTexts, result: ImportResult): string[] {
  const added =
    result.respondentsAdded.length === 0
      ? []
      : [
          texts.t("import.added", {
            respondents: texts.count(
              result.respondentsAdded.length,
              "count.respondent.one",
              "count.respondent.other",
            ),
            names: texts.words(result.respondentsAdded),
          }),
        ];
  const rejected =
    result.rejected.length === 0
      ? [texts.t("import.allPlaced")]
      : [texts.count(result.rejected.length, "import.rejected.one", "import.rejected.other")];
  return [
    ...added,
    texts.t("import.wrote", {
      answers: texts.count(result.answersWritten, "count.answer.one", "count.answer.other"),
    }),
    ...rejected,
    ...result.rejected.map((row) => placedMessage(texts, row)),
    ...result.notes,
  ];
}
