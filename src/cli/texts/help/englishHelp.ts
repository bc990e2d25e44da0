// The CLI's help in English, the key set of fr.json and es.json: the lines of `c2c --help`, each
// command's one-line summary, and the full `--help` of the commands translated so far. Option and
// command names stay English in every language (they are the interface); only descriptions change.

export const ENGLISH_HELP_TEXTS = {
  "general.about":
    "{product} {version} (catalogue {catalogue}): the OECD monitoring and evaluation\nframework for city-to-city partnerships, on .xlsx workbooks, without Excel.",
  "general.usage": "Usage: c2c <command> [options]",
  "general.commands": "Commands:",
  "general.more": "Run c2c <command> --help for a command's options.",
  "summary.new": "write an empty assessment workbook from the templates",
  "summary.score": "score a workbook and write a copy with the Scoreboard",
  "summary.importAnswers":
    "place a survey tool's answers (CSV or .xlsx) into an assessment and score it",
  "summary.consolidate": "consolidate many partnerships' workbooks into a programme view",
  "summary.compare":
    "set 2–10 partner cities or partnerships side by side: gaps to the best and who can learn from whom",
  "summary.report":
    "print a workbook's scores as JSON, CSV, Open SDG CSV or a self-contained HTML page",
  "summary.survey":
    "write the checklist as an XLSForm questionnaire for KoboToolbox, ODK or SurveyCTO",
  "summary.demo": "write a sample partnership and a sample programme, scored",
  "help.score": `Usage: c2c score <in.xlsx> -o <out.xlsx> [--force] [--strict] [--lang en|fr|es]

Scores a workbook that follows the workbook contract (tables C2C_Checklist and/or
C2C_Indicators, optionally C2C_Partnership, C2C_Settings, C2C_Stakeholders, C2C_Actions)
and writes a copy with the computed columns filled (Item score, Spread, Score) and the
Scoreboard sheet built or rebuilt, every number as a formula with its value. Everything
else in the workbook is kept as it was: your own sheets, charts, pivot tables, images,
comments, macros (a macro workbook .xlsm is written as .xlsm).

Problems in the data (text in a value cell, an answer off the scale, an unknown code…)
are listed as "Sheet!Cell: message" warnings and treated as missing. The input file is
never modified; the output is written atomically.

Options:
  -o, --output FILE  where to write the scored workbook (required)
  --force            overwrite an existing output
  --strict           exit with code 1 when there were warnings
  --lang en|fr|es    the language of its messages (default: from LANG, else en)
  -h, --help         show this help

Exit codes: 0 scored; 1 scored with warnings under --strict; 2 nothing written
(unreadable input, no checklist and no indicator table, refused).
`,
} as const;

export type HelpTextKey = keyof typeof ENGLISH_HELP_TEXTS;
