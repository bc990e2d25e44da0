// The CLI's own messages in English, the key set of fr.json and es.json: the file refusals, the
// summary lines and the stop line it prints most. Problems carrying one of these codes are printed
// in the CLI's language (--lang, else LANG); the "warning:" and "error:" prefixes stay as they are,
// since scripts grep for them. Help texts are English.

export const ENGLISH_CLI_TEXTS = {
  "output.isInput":
    "is also an input; the input file is never modified, so choose another output file",
  "output.noFolder": "cannot be written: the folder {folder} does not exist",
  "output.exists": "already exists; it is not overwritten unless asked to (--force)",
  "input.unreadable": "cannot be read: {reason}",
  nothingWritten: "nothing written ({errors} errors)",
  nothingWrittenOne: "nothing written (1 error)",
  newSummary:
    "{output}: {partnership}: {items} checklist items × {respondents} respondents, {indicators} indicator rows ({list} list)",
  scoreSummary: "{output}: {partnership}: alignment {alignment}{band}{cities}; {warnings}",
  scoreSdgIndex: "; SDG index {cities}",
  warningsOne: "1 warning",
  warningsMany: "{count} warnings",
} as const;

export type CliTextKey = keyof typeof ENGLISH_CLI_TEXTS;
