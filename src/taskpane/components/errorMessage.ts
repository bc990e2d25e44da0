// What the pane shows when a step fails: the error's own sentence (the engine, the hosts and the
// session write theirs for people), starting with a capital and ending with a stop. Anything that is
// not an Error still gets a sentence, so no failure is ever shown as an empty bar or swallowed.

const NO_REASON =
  "The step failed without saying why. Try again; if it fails again, close and reopen the add-in.";

export function errorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  const sentence = text.trim();
  if (sentence === "") return NO_REASON;
  const capitalised = sentence.charAt(0).toUpperCase() + sentence.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}
