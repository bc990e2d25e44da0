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

  "help.report": `Usage: c2c report <in.xlsx> (--json | --csv | --html | --open-sdg) [-o FILE]
                 [--delimiter ";"] [--decimal-comma] [--force] [--strict]
       c2c report <in.xlsx> --stakeholders [--json | --csv] [-o FILE]
       c2c report <in.xlsx> --values -o FILE [--force] [--strict]

Scores a workbook and prints its results as data or as a page to publish, without
writing a workbook. A programme workbook (written by c2c consolidate, recognised by its
C2C_Programme table) gives the programme's report: --json, --csv or --html of both
components across the partnerships (principles; goals, EC objectives, overall SDG
index). Respondents' privacy: no output shows a respondent's name, organisation or
single answers. Results per stakeholder group appear only for groups of at least
"Minimum group size" respondents (Settings; default 3), smaller groups are merged and
the output says so; an item's score and spread appear only when at least that many
answers back it.

  --json      everything the Scoreboard shows (principles, alignment, item scores,
              indicator scores, goal and objective indices per city and year, trends,
              strengths and priorities, coverage, actions), respondents per stakeholder
              group, with provenance and the problems found (names left out)
  --csv       one tidy table, a row per measure: section, id, name, city, year, score,
              out_of_100, band, coverage, trend, note
  --html      one self-contained HTML page (inline charts, no external requests) for
              screen and print: principle radar, SDG bars per city, trends, the method
              (end and worst values and their basis, bands, coverage) and the provenance
  --open-sdg  the SDG numbers as one long CSV in the Open SDG tidy layout: Indicator,
              Series, Year, City, Units, Value (observed values, indicator scores,
              goal, EC objective and overall indices)
  --stakeholders  the stakeholder view: respondents per stakeholder group (missing
              groups called out), principle scores per group, contested items with
              how many gave each answer, the share of actions addressing stakeholder
              input; as text, or with --json or --csv
  --values    a values-only copy of the scoreboard for people without the add-in
              (-o FILE needed, an .xlsx): the Scoreboard, the checklist without the
              respondents' columns and the indicators, every cell a value, no formula;
              the same file as the task pane's Publish → "Values-only workbook"

CSV locale (--csv and --open-sdg):
  --delimiter D      "," (default), ";" or tab
  --decimal-comma    write 2,5 instead of 2.5; needs --delimiter ";" or tab
  Text cells starting with = + - @, tab or carriage return get a leading ' so a
  spreadsheet does not run them as formulas; numbers stay numbers.

Options:
  --lang en|fr|es    the language of the --html page (default: the workbook's own: a
                     partnership's Settings row Language, the language a programme
                     workbook was consolidated in). JSON, CSV and Open SDG CSV keep
                     their columns, ids and tokens in every language; a programme's
                     JSON and CSV also give their names, notes and messages in it
  -o, --output FILE  write to FILE instead of standard output (needed for --values)
  --force            overwrite an existing FILE
  --strict           exit with code 1 when there were warnings
  -h, --help         show this help
`,
  "help.survey": `Usage: c2c survey <in.xlsx> --xlsform -o form.xlsx [--lang en,fr,es] [--force] [--strict]

Writes the workbook's checklist (its own items, custom ones included) as an XLSForm,
the spreadsheet KoboToolbox, ODK Collect and SurveyCTO turn into a questionnaire that
works offline. Upload form.xlsx to your survey tool (KoboToolbox: Projects › New ›
Upload an XLSForm); uploading is also the real check of the form.

The form asks each respondent's name, stakeholder group, organisation and partner
city, then every item, one group per principle (answers 1–5, n/a, ? don't know).
Its form_id stays the same for the partnership; its version changes whenever an item,
a label or a city changes, so a survey tool can tell an updated form apart.

Options:
  --xlsform          write an XLSForm (the one questionnaire format so far)
  --lang LIST        the form's languages, comma-separated, the first the form's
                     default: en, fr, es (default en,fr,es). Custom items keep
                     their own wording in every language and are listed on stderr
  -o, --output FILE  the form to write (.xlsx)
  --force            overwrite an existing FILE
  --strict           exit with code 1 when the checklist had warnings
  -h, --help         show this help
`,
  "help.demo": `Usage: c2c demo [--out-dir DIR] [--pilot-workbooks] [--lang en|fr|es] [--force]

Writes sample workbooks (SAMPLE DATA, generated from fixed seeds) and prints a summary:
  DIR/partnership.xlsx  a two-city partnership on the simplified list: three years of
                        indicator data, eight respondents from several stakeholder
                        groups, an action plan; scored, with its Scoreboard
  DIR/report.html       the partnership's report to publish (c2c report --html)
  DIR/programme.xlsx    27 partnerships consolidated: principle averages reproduce the
                        OECD pilot (peer-to-peer learning 3.70, territorial approach 3.44,
                        stakeholder engagement 3.12, every other principle below 3,
                        financing lowest)

Options:
  --out-dir DIR       where to write (default: demo)
  --pilot-workbooks   also write the 27 partnerships' own workbooks to DIR/pilot/,
                      ready for: c2c consolidate DIR/pilot/*.xlsx -o programme.xlsx
  --lang en|fr|es     the language of the partnership and programme workbooks and of
                      the report (default: from LANG, else en; the pilot workbooks stay
                      English); the numbers are the same in every language
  --force             overwrite existing files
  -h, --help          show this help
`,
} as const;

export type HelpTextKey = keyof typeof ENGLISH_HELP_TEXTS;
