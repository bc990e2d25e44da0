// What the pane shows when a step fails: the error's own sentence (the engine, the hosts and the
// session write theirs for people), starting with a capital and ending with a stop. Anything that is
// not an Error still gets a sentence, so no failure is ever shown as an empty bar or swallowed.
// A refusal the engine or a host throws (a protected sheet or workbook, a user's sheet in the way,
// options a template cannot build) carries its sentence as a phrase of the problem catalogue, so it
// is said in the pane's language; its message is the same sentence in English.

import { phraseText, type Phrase } from "../../engine/language/problemTexts";
import { PlanConflictError, PlanProtectedError } from "../../engine/plan/planError";
import { TemplateError } from "../../engine/templates/templateError";
import { ENGLISH_PANE_TEXTS, type PaneTexts } from "../texts/paneTexts";

export function errorMessage(error: unknown, texts: PaneTexts = ENGLISH_PANE_TEXTS): string {
  const text = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  const sentence = (translated(error, texts) ?? text).trim();
  if (sentence === "") return texts.t("error.noReason");
  const capitalised = sentence.charAt(0).toUpperCase() + sentence.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

/** The refusal's sentence in the pane's language; undefined for any other error. */
function translated(error: unknown, texts: PaneTexts): string | undefined {
  const sentence = refusalSentence(error);
  return sentence === undefined ? undefined : phraseText(texts.language, sentence);
}

function refusalSentence(error: unknown): Phrase | undefined {
  if (
    error instanceof PlanProtectedError ||
    error instanceof PlanConflictError ||
    error instanceof TemplateError
  )
    return error.sentence;
  return undefined;
}
