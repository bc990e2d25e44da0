// The help page's own words in English (scripts/build/helpPage.ts renders help.html with them);
// the key set of fr.json and es.json, which give help-fr.html and help-es.html. The functions'
// names and help on those pages come from ../fr.json and ../es.json, through functions-fr.json
// and functions-es.json. Placeholders take markup the page adds around a word ({menu} in bold,
// {prefix} and the error values as code, the cited titles in <cite>).

export const ENGLISH_HELP_PAGE_TEXTS = {
  title: "C2C Scoreboard — help",
  productName: "C2C Scoreboard",
  intro:
    "An Excel add-in for city-to-city partnerships that follow the OECD monitoring and evaluation framework: a self-assessment against the ten G20 Rome High-level Principles on city-to-city partnerships for localising the SDGs, and SDG indicators scored by the distance still to travel to their 2030 end values.",
  openHeading: "Open the add-in",
  openPane:
    "In Excel, choose {menu} to open the task pane. The functions below work in any cell of any workbook while the add-in is installed: type {prefix} to list them. A blank input gives an empty result, bad input gives {valueError} with a message, and an aggregate without any data gives {noDataError}.",
  menu: "Home › C2C Scoreboard",
  valueError: "#VALUE!",
  noDataError: "#N/A",
  functionsHeading: "Functions",
  optional: "optional",
  repeating: "repeating",
  /** Between the arguments of a call, as Excel in that language writes formulas. */
  argumentSeparator: ", ",
  sourceHeading: "Source",
  sources: "OECD (2023), {title2023}, OECD Publishing, Paris; OECD (2020), {title2020}.",
} as const;

export type HelpPageTextKey = keyof typeof ENGLISH_HELP_PAGE_TEXTS;
