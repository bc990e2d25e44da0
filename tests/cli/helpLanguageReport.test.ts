// `c2c report|survey|demo --help` in the environment's language or --lang: English without a
// language (LANG=C), line for line; in French and Spanish the translated usage line first and no
// English description left (command, option, table and file names stay as they are typed).

import type { Language } from "../../src/engine/language";
import { c2cIn } from "./cliHarness";

async function helpLines(language: Language | undefined, ...argv: string[]) {
  const run = await c2cIn(language, ...argv);
  expect([run.code, run.stderr]).toEqual([0, ""]);
  return run.stdout.split("\n");
}

const ENGLISH_REPORT_HELP = [
  "Usage: c2c report <in.xlsx> (--json | --csv | --html | --open-sdg) [-o FILE]",
  '                 [--delimiter ";"] [--decimal-comma] [--force] [--strict]',
  "       c2c report <in.xlsx> --stakeholders [--json | --csv] [-o FILE]",
  "       c2c report <in.xlsx> --values -o FILE [--force] [--strict]",
  "",
  "Scores a workbook and prints its results as data or as a page to publish, without",
  "writing a workbook. A programme workbook (written by c2c consolidate, recognised by its",
  "C2C_Programme table) gives the programme's report: --json, --csv or --html of both",
  "components across the partnerships (principles; goals, EC objectives, overall SDG",
  "index). Respondents' privacy: no output shows a respondent's name, organisation or",
  "single answers. Results per stakeholder group appear only for groups of at least",
  '"Minimum group size" respondents (Settings; default 3), smaller groups are merged and',
  "the output says so; an item's score and spread appear only when at least that many",
  "answers back it.",
  "",
  "  --json      everything the Scoreboard shows (principles, alignment, item scores,",
  "              indicator scores, goal and objective indices per city and year, trends,",
  "              strengths and priorities, coverage, actions), respondents per stakeholder",
  "              group, with provenance and the problems found (names left out)",
  "  --csv       one tidy table, a row per measure: section, id, name, city, year, score,",
  "              out_of_100, band, coverage, trend, note",
  "  --html      one self-contained HTML page (inline charts, no external requests) for",
  "              screen and print: principle radar, SDG bars per city, trends, the method",
  "              (end and worst values and their basis, bands, coverage) and the provenance",
  "  --open-sdg  the SDG numbers as one long CSV in the Open SDG tidy layout: Indicator,",
  "              Series, Year, City, Units, Value (observed values, indicator scores,",
  "              goal, EC objective and overall indices)",
  "  --stakeholders  the stakeholder view: respondents per stakeholder group (missing",
  "              groups called out), principle scores per group, contested items with",
  "              how many gave each answer, the share of actions addressing stakeholder",
  "              input; as text, or with --json or --csv",
  "  --values    a values-only copy of the scoreboard for people without the add-in",
  "              (-o FILE needed, an .xlsx): the Scoreboard, the checklist without the",
  "              respondents' columns and the indicators, every cell a value, no formula;",
  '              the same file as the task pane\'s Publish → "Values-only workbook"',
  "",
  "CSV locale (--csv and --open-sdg):",
  '  --delimiter D      "," (default), ";" or tab',
  '  --decimal-comma    write 2,5 instead of 2.5; needs --delimiter ";" or tab',
  "  Text cells starting with = + - @, tab or carriage return get a leading ' so a",
  "  spreadsheet does not run them as formulas; numbers stay numbers.",
  "",
  "Options:",
  "  --lang en|fr|es    the language of the --html page (default: the workbook's own: a",
  "                     partnership's Settings row Language, the language a programme",
  "                     workbook was consolidated in). JSON, CSV and Open SDG CSV keep",
  "                     their columns, ids and tokens in every language; a programme's",
  "                     JSON and CSV also give their names, notes and messages in it",
  "  -o, --output FILE  write to FILE instead of standard output (needed for --values)",
  "  --force            overwrite an existing FILE",
  "  --strict           exit with code 1 when there were warnings",
  "  -h, --help         show this help",
  "",
];

const ENGLISH_SURVEY_HELP = [
  "Usage: c2c survey <in.xlsx> --xlsform -o form.xlsx [--lang en,fr,es] [--force] [--strict]",
  "",
  "Writes the workbook's checklist (its own items, custom ones included) as an XLSForm,",
  "the spreadsheet KoboToolbox, ODK Collect and SurveyCTO turn into a questionnaire that",
  "works offline. Upload form.xlsx to your survey tool (KoboToolbox: Projects › New ›",
  "Upload an XLSForm); uploading is also the real check of the form.",
  "",
  "The form asks each respondent's name, stakeholder group, organisation and partner",
  "city, then every item, one group per principle (answers 1–5, n/a, ? don't know).",
  "Its form_id stays the same for the partnership; its version changes whenever an item,",
  "a label or a city changes, so a survey tool can tell an updated form apart.",
  "",
  "Options:",
  "  --xlsform          write an XLSForm (the one questionnaire format so far)",
  "  --lang LIST        the form's languages, comma-separated, the first the form's",
  "                     default: en, fr, es (default en,fr,es). Custom items keep",
  "                     their own wording in every language and are listed on stderr",
  "  -o, --output FILE  the form to write (.xlsx)",
  "  --force            overwrite an existing FILE",
  "  --strict           exit with code 1 when the checklist had warnings",
  "  -h, --help         show this help",
  "",
];

const ENGLISH_DEMO_HELP = [
  "Usage: c2c demo [--out-dir DIR] [--pilot-workbooks] [--lang en|fr|es] [--force]",
  "",
  "Writes sample workbooks (SAMPLE DATA, generated from fixed seeds) and prints a summary:",
  "  DIR/partnership.xlsx  a two-city partnership on the simplified list: three years of",
  "                        indicator data, eight respondents from several stakeholder",
  "                        groups, an action plan; scored, with its Scoreboard",
  "  DIR/report.html       the partnership's report to publish (c2c report --html)",
  "  DIR/programme.xlsx    27 partnerships consolidated: principle averages reproduce the",
  "                        OECD pilot (peer-to-peer learning 3.70, territorial approach 3.44,",
  "                        stakeholder engagement 3.12, every other principle below 3,",
  "                        financing lowest)",
  "",
  "Options:",
  "  --out-dir DIR       where to write (default: demo)",
  "  --pilot-workbooks   also write the 27 partnerships' own workbooks to DIR/pilot/,",
  "                      ready for: c2c consolidate DIR/pilot/*.xlsx -o programme.xlsx",
  "  --lang en|fr|es     the language of the partnership and programme workbooks and of",
  "                      the report (default: from LANG, else en; the pilot workbooks stay",
  "                      English); the numbers are the same in every language",
  "  --force             overwrite existing files",
  "  -h, --help          show this help",
  "",
];

describe("the full help of report, survey and demo", () => {
  it.each([
    ["report", ENGLISH_REPORT_HELP],
    ["survey", ENGLISH_SURVEY_HELP],
    ["demo", ENGLISH_DEMO_HELP],
  ])("is English without a language: c2c %s --help, line for line", async (command, lines) => {
    expect(await helpLines(undefined, command, "--help")).toEqual(lines);
  });
});

const USAGE_LINES = {
  fr: {
    report:
      "Utilisation : c2c report <entrée.xlsx> (--json | --csv | --html | --open-sdg) [-o FICHIER]",
    survey:
      "Utilisation : c2c survey <entrée.xlsx> --xlsform -o form.xlsx [--lang en,fr,es] [--force]",
    demo: "Utilisation : c2c demo [--out-dir DOSSIER] [--pilot-workbooks] [--lang en|fr|es] [--force]",
  },
  es: {
    report: "Uso: c2c report <entrada.xlsx> (--json | --csv | --html | --open-sdg) [-o ARCHIVO]",
    survey: "Uso: c2c survey <entrada.xlsx> --xlsform -o form.xlsx [--lang en,fr,es] [--force]",
    demo: "Uso: c2c demo [--out-dir CARPETA] [--pilot-workbooks] [--lang en|fr|es] [--force]",
  },
} as const;

/**
 * What stays as it is typed or shown in every language: options, table, file, column and sheet
 * names, the tokens of the data formats, and the survey tool's own menu path.
 */
const KEPT_AS_TYPED = [
  /(?<!\p{L})--?[\w-]+/gu,
  /C2C_\w+/gu,
  /[\w/*.-]+\.(?:xlsx|html)/gu,
  /section, id, name, city,|year, score, out_of_100, band, coverage, trend, note/gu,
  /Indicator, Series, Year, City, Units, Value/gu,
  /Projects › New › Upload an XLSForm/gu,
  /\((?:Language|Minimum group size)\)/gu,
];

/** Words only an English sentence has. */
const ENGLISH_WORDS =
  /(?<!\p{L})(?:the|and|of|with|to|is|are|an|for|when|every|its|that|only|writes|show|which|from|without|each|workbook|overwrite|existing|exit|languages)(?!\p{L})/giu;

function englishWordsIn(help: string): string[] {
  const described = KEPT_AS_TYPED.reduce((text, kept) => text.replace(kept, " "), help);
  return described.match(ENGLISH_WORDS) ?? [];
}

describe("the full help of report, survey and demo in French and Spanish", () => {
  it("finds the English words in the English help (the check below can fail)", async () => {
    const english = await helpLines(undefined, "report", "--help");
    expect(englishWordsIn(english.join("\n")).length).toBeGreaterThan(50);
  });

  it.each([
    ["fr", "report"],
    ["fr", "survey"],
    ["fr", "demo"],
    ["es", "report"],
    ["es", "survey"],
    ["es", "demo"],
  ] as const)(
    "is in %s for c2c %s --help: its usage line first, no English sentence left",
    async (language, command) => {
      const lines = await helpLines(language, command, "--help");
      expect(lines[0]).toBe(USAGE_LINES[language][command]);
      expect(englishWordsIn(lines.join("\n"))).toEqual([]);
      expect(lines.filter((line) => line.length > 92)).toEqual([]);
    },
  );

  it("follows --lang beside --help: c2c report --help --lang es under French", async () => {
    const lines = await helpLines("fr", "report", "--help", "--lang", "es");
    expect(lines[0]).toBe(USAGE_LINES.es.report);
  });
});
