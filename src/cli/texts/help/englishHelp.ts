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
  "help.new": `Usage: c2c new -o <out.xlsx> --name NAME --cities A,B --years 2022-2024
               --respondents "Name 1,Name 2" [--countries X,Y] [--list simplified|long]
               [--start-year YEAR] [--lang en|fr|es] [--force]

Writes an empty assessment workbook: About, Settings, Checklist (one answer column per
respondent, with 1–5 / n/a / ? drop-downs), Stakeholders, Indicators (a row for every
indicator of the list × city × year, worst and end values from the catalogue), Actions
and the Scoreboard.

Options:
  -o, --output FILE     where to write the workbook (required)
  --name NAME           the partnership's name (required)
  --cities A,B          two or more partner cities, comma separated (required)
  --years Y1-Y2|Y1,Y2   the years of indicator data, a range or a list (required)
  --respondents A,B     who answers the checklist, comma separated (required)
  --countries X,Y       the cities' countries, comma separated
  --list LIST           simplified (default) or long
  --start-year YEAR     the partnership's start year (default: the first year)
  --lang en|fr|es       the workbook's language: its headers, notes, dropdowns, item
                        wording and Scoreboard (default: from LANG, else en); answers
                        and headers are read in any of the three
  --force               overwrite an existing output
  -h, --help            show this help
`,
  "help.importAnswers": `Usage: c2c import-answers <answers.csv|.xlsx> --into <assessment.xlsx> -o <out.xlsx>
                        [--force] [--strict] [--lang en|fr|es]

Places checklist answers exported by a survey tool into an assessment workbook and writes
a scored copy. The file is recognised by its content, not its name: CSV (comma, semicolon,
tab or | delimited, UTF-8 with or without BOM) or an .xlsx workbook (its first sheet with
answers), in either layout:

Wide: one row per submission, one column per question, as KoboToolbox, ODK, Microsoft
  Forms and Google Forms export them. Item columns are headed by the question name of the
  form c2c survey --xlsform wrote ("TA1", "TA/TA1", "checklist.TA.TA1") or by a question
  text that starts with the item ID ("TA1. The partnership..."); answers are 1 to 5, n/a,
  ?, the choice names na and dk, or the choices' labels in English, French or Spanish
  ("3 – Partly in place"). The respondent's name, stakeholder group, organisation and city
  come from the form's own questions (or Forms' Name column). Metadata, device data,
  geolocation and e-mail addresses are never read. Each submission's id (Kobo _uuid, Forms
  ID) is recorded in the workbook, so importing the same export again adds nothing twice;
  anonymous replies become the respondents "Anonymous 1", "Anonymous 2"... in the
  workbook's language ("Anonyme 1" in French, "Anónimo 1" in Spanish).

Long: one row per respondent and item, with a header line naming its columns (case and
  spaces ignored; other columns are left alone):

  Respondent (or Name)               who answered                          required
  Item ID (or ItemID, or Item)       a checklist item id, e.g. TA1, P2P3   required
  Answer (or Response)               1 to 5, n/a or ?                      required
  Group (or Stakeholder group)       local government, regional government, national
                                     government, civil society, academia, youth, private
                                     sector, donor or financial institution
  Organisation (or Organization)

A respondent the workbook does not know gets an answer column on the Checklist (before
Item score) and a row in the Stakeholders table; a known respondent's answers go into
their column's blank cells. An answer already in the workbook is never overwritten.
Every row or cell that cannot be placed (unknown item or group, answer off the scale, a
second different answer, a cell that already holds another answer…) is listed as
"warning: answers.csv line 7: message" (or "answers.xlsx Form!D7: message"). The
workbook is then scored as c2c score does. Everything else in the workbook is kept as
it was: your own sheets, charts, pivot tables, images, comments, macros (a macro
workbook .xlsm is written as .xlsm). New respondent columns move the cells to their
right; when a chart, pivot table, comment, another sheet's formula or a defined name
reads those cells, nothing is written and the part is named. The input files are never
modified; the output is written atomically.

Options:
  --into FILE        the assessment workbook to import into (required)
  -o, --output FILE  where to write the workbook with the answers, scored (required)
  --force            overwrite an existing output
  --strict           exit with code 1 when there were warnings (rows not placed included)
  --lang en|fr|es    the language of its messages (default: from LANG, else en)
  -h, --help         show this help

Exit codes: 0 imported; 1 imported with warnings under --strict; 2 nothing written
(unreadable file, no checklist table, no column of answers, no row could be placed, refused).
`,
  "help.consolidate": `Usage: c2c consolidate <workbook or folder> … [--from list.txt] -o <programme.xlsx>
                       [--keep-going] [--force] [--strict] [--jobs N] [--lang en|fr|es]

Scores each partnership's workbook and writes a programme workbook with both components
of the framework: each principle's average over the partnerships that have a score (as
the OECD pilot reported them) with its median, quartiles and band shares; each goal's
and EC objective's index across the cities, low-coverage cities counted apart, with
trend shares and data coverage; heat maps and charts; and the tables C2C_Programme,
C2C_ProgrammeGoals and C2C_ProgrammeObjectives.

A folder stands for every .xlsx and .xlsm workbook below it, sorted (hidden files and
Excel's ~$ lock files skipped). A list file has one path per line, relative to the list's
folder (blank lines and lines starting with # ignored). Each workbook is named by its path
relative to the folder or list, or by its file name: never by a path of this machine.

Workbooks scored on different indicator lists, with different worst-value modes or
against different catalogue versions are refused, the files on each side named.

Options:
  -o, --output FILE  where to write the programme workbook (required)
  --from LIST        read the workbooks named in LIST as well
  --keep-going       skip a workbook that cannot be read (listed, and counted at the end)
                     instead of writing nothing
  --force            consolidate mismatched workbooks anyway (with a warning);
                     overwrite an existing output
  --strict           exit with code 1 when there were warnings
  --jobs N           read N workbooks at once, on worker threads (default: one per core
                     from 8 workbooks on, one at a time below); the programme is the same
  --lang en|fr|es    the programme workbook's language (default: the language every
                     workbook is written in, else en); the numbers are the same in each
  -h, --help         show this help
`,
  "help.compare": `Usage: c2c compare <in.xlsx>                 the partner cities of one partnership
       c2c compare <a.xlsx> <b.xlsx> …       partnerships, from their own workbooks
       c2c compare <programme.xlsx>          the partnerships of a programme workbook
                                             (c2c consolidate's output)
       [--json | --csv | --html] [-o FILE] [--units LIST] [--force] [--strict]

Sets 2 to 10 units side by side for peer learning: principle scores and alignment
(1–5), goal indices and the overall SDG index (0–100), each unit's gap to the best
one on every row, and who can learn from whom: for each weak principle (Weak,
Developing) or goal (Major or Significant challenges) the peer that scores best on it.
Percentile ranks appear only with at least 3 units with a score on the row.

Cities: each city's goals in its latest year (goals of low coverage are not compared)
and principle scores from the answers of its own respondents (the City column of the
Stakeholders sheet), shown only for cities with at least the Minimum group size of
respondents (Settings). Partnerships: their principle scores and alignment, and the
mean of their cities' overall SDG indices.

Output (a readable table on standard output by default):
  --json             the comparison as data, with provenance and the problems found
  --csv              one tidy table, a line per row and unit: kind, id, name, unit, scale,
                     score, band, best, best_units, gap_to_best, percentile, learn_from,
                     learn_from_score; then a line per note
  --html             one self-contained HTML page to publish
  --lang en|fr|es    the language of the --html page (default: from LANG, else en)

CSV locale (--csv):
  --delimiter D      "," (default), ";" or tab
  --decimal-comma    write 2,5 instead of 2.5; needs --delimiter ";" or tab

Options:
  --units LIST       the units to compare, by name or by position (1 = first), comma
                     separated, e.g. --units 1,4,7 or --units "Lindhaven,Sokoni"; needed
                     when a partnership or programme has more than 10
  -o, --output FILE  write to FILE instead of standard output
  --force            overwrite an existing FILE; compare partnerships scored on different
                     indicator lists or worst-value modes (a warning instead of a refusal)
  --strict           exit with code 1 when there were warnings
  -h, --help         show this help
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
