// Sentences the status regions show about what a workflow call did.

import type { ImportResult, WriteResult } from "../workflows/types";
import { countOf } from "./format";

/** "Wrote the sheets About, Checklist and Scoreboard." followed by the session's own notes. */
export function describeWrite(result: WriteResult): string[] {
  const names = result.sheets.map((sheet) => sheet.written);
  const wrote =
    names.length === 0
      ? "No sheet was written."
      : `Wrote ${names.length === 1 ? "the sheet" : "the sheets"} ${joinWords(names)}.`;
  return [wrote, ...result.notes];
}

export function describeImport(result: ImportResult): string[] {
  const added =
    result.respondentsAdded.length === 0
      ? []
      : [
          `Added ${countOf(result.respondentsAdded.length, "respondent")}: ${joinWords(result.respondentsAdded)}.`,
        ];
  const rejected =
    result.rejected.length === 0
      ? ["Every row of the file was placed."]
      : [
          `${countOf(result.rejected.length, "row or cell", "rows or cells")} of the file could not be placed:`,
        ];
  return [
    ...added,
    `Wrote ${countOf(result.answersWritten, "answer")}.`,
    ...rejected,
    ...result.rejected.map((row) => `${row.place ?? `Line ${row.line}`}: ${row.message}`),
    ...result.notes,
  ];
}

/** "A", "A and B", "A, B and C". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1] ?? ""}`;
}
