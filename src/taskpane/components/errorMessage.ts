// What the pane shows when a step fails: the error's own sentence (the engine, the hosts and the
// session write theirs for people), starting with a capital and ending with a stop. Anything that is
// not an Error still gets a sentence, so no failure is ever shown as an empty bar or swallowed.
// A refusal to write into a protected sheet or workbook, which the hosts write in English, is said
// in the pane's language from what the error names.

import { PlanProtectedError } from "../../engine/plan/planError";
import { ENGLISH_PANE_TEXTS, type PaneTexts } from "../texts/paneTexts";

export function errorMessage(error: unknown, texts: PaneTexts = ENGLISH_PANE_TEXTS): string {
  const text = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  const sentence = (translated(error, texts) ?? text).trim();
  if (sentence === "") return texts.t("error.noReason");
  const capitalised = sentence.charAt(0).toUpperCase() + sentence.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

/**
 * The error in the pane's French or Spanish where the pane knows its kind; undefined in English,
 * where the host's own sentence (which also names the change refused) is shown as it is.
 */
function translated(error: unknown, texts: PaneTexts): string | undefined {
  if (texts.language === "en" || !(error instanceof PlanProtectedError)) return undefined;
  return error.kind === "sheet" && error.sheet !== undefined
    ? texts.t("error.sheetProtected", { sheet: error.sheet })
    : texts.t("error.workbookProtected");
}
