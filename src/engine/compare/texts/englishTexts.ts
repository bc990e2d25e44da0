// The peer comparison's own words in English: its notes, a city's detail and the ids of the
// overall rows; the key set of fr.json and es.json. The text and CSV outputs say them in
// English, the HTML report in its language.

export const ENGLISH_COMPARE_TEXTS = {
  tooFewUnits:
    "Only {units} units are compared: no percentiles or peer-based anchors, which need at least {minimum}.",
  thinRows:
    "Percentiles are shown only where at least {minimum} units have a score; not on {rows}.",
  noChecklist: "The workbook has no checklist answers, so no principle scores are compared.",
  fewCityRespondents:
    "Principle scores per city need at least {minimum} respondents from that city; {cities}.",
  cityHasRespondents: "{city} has {count}",
  cityHasNone: "{city} has none",
  cityPrinciplesMissing:
    "{city} has no score for {principles}: too few of the items are answered by its respondents, or all are n/a.",
  respondentsElsewhereOne:
    "{count} respondent is in no city's principle scores: the City on the Stakeholders sheet is blank or not one of the cities compared.",
  respondentsElsewhereMany:
    "{count} respondents are in no city's principle scores: the City on the Stakeholders sheet is blank or not one of the cities compared.",
  noIndicators: "The workbook has no indicator data, so no SDG indices are compared.",
  latestYearsDiffer:
    "The cities' latest years differ ({cities}): each city's goals are compared in its own latest year.",
  cityYear: "{city} {year}",
  goalsNotComparedOne: "{city}, {year}: {goals} is not compared.",
  goalsNotComparedMany: "{city}, {year}: {goals} are not compared.",
  goalLowCoverage: "SDG {goal} (low coverage: {available} of {listed} indicators scored)",
  goalNoData: "SDG {goal} (no data)",
  latestYear: "latest year {year}",
  noIndicatorData: "no indicator data",
  respondentsOne: "{count} respondent",
  respondentsMany: "{count} respondents",
  unitDetail: "{year}, {respondents}",
  rowGoal: "SDG {goal}",
  rowAlignment: "Alignment",
  rowSdgIndex: "SDG index",
  listLast: "{list} and {last}",
} as const;

export type CompareTextKey = keyof typeof ENGLISH_COMPARE_TEXTS;
