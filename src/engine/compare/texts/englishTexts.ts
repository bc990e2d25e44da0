// The peer comparison's own words in English: its notes, a city's detail and the ids of the
// overall rows, the terminal's comparison; the key set of fr.json and es.json. The CSV says them in
// English, the terminal text and the HTML report in their language.

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
  // The terminal's comparison (comparisonText) and the overall rows' names (rowNames.ts).
  textTitle: "Comparison of {units}",
  textUnit: "{name}: {detail}",
  textCitiesOne: "{count} city",
  textCitiesMany: "{count} cities",
  textPartnershipsOne: "{count} partnership",
  textPartnershipsMany: "{count} partnerships",
  textRow: "Row",
  textName: "Name",
  textBestHeader: "Best",
  textBest: "best",
  textLegend: 'Each score: "best", or its gap to the best (−).',
  textLegendPercentile:
    'Each score: "best", or its gap to the best (−); P: percentile rank among the units with a score.',
  textLearningHeading: "Who can learn from whom",
  textNoLearning: "No unit is weak on a principle or goal where a peer does better.",
  textLearning:
    "{learner} on {row} ({learnerScore}, {learnerBand}) can learn from {peer} ({peerScore}, {peerBand}): gap {gap}",
  textNotes: "Notes",
  textNone: "None.",
  nameAlignment: "Alignment with the G20 principles",
  nameSdgIndex: "Overall SDG index",
} as const;

export type CompareTextKey = keyof typeof ENGLISH_COMPARE_TEXTS;
