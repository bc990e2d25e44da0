// What the pane shows when a step fails: the error's own sentence (the engine, the hosts and the
// session write theirs for people), starting with a capital and ending with a stop. Anything that is
// not an Error still gets a sentence, so no failure is ever shown as an empty bar or swallowed.

import { ENGLISH_PANE_TEXTS, type PaneTexts } from "../texts/paneTexts";

export function errorMessage(error: unknown, texts: PaneTexts = ENGLISH_PANE_TEXTS): string {
  const text = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  const sentence = text.trim();
  if (sentence === "") return texts.t("error.noReason");
  const capitalised = sentence.charAt(0).toUpperCase() + sentence.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}
