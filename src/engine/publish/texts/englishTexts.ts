// The HTML report's own words in English (the page's frame, headings, tables and sentences); the key
// set of fr.json and es.json. Labels of bands and trends come from the result labels, names of
// principles, goals and objectives from the catalogue's texts.

export const ENGLISH_REPORT_TEXTS = {
  title: "{partnership} — C2C Scoreboard report",
  reportingYear: "reporting year {year}",
  indicatorList: "{list} indicator list",
  intro:
    "City-to-city partnership monitoring and evaluation following the OECD framework: alignment with the G20 principles and SDG localisation. Every band is shown with its name beside its colour.",
  problemsNote:
    "The workbook had {problems} problems ({warnings} warnings) when this report was made; run c2c score on it to see them. Cells with problems are left out of the numbers above.",
  principlesHeading: "Alignment with the G20 principles",
  noAlignment: "No overall alignment: {reason}.",
  noPrincipleScore: "no principle has a score",
  alignment:
    "Overall alignment with the G20 principles: <strong>{score}</strong> of 5 ({hundred} of 100) {band}, over {principles} principles with a score.",
  checklistCounts:
    "{respondents} respondents rated {items} checklist items; {answered} items are answered and {contested} contested.",
  checklistCountsWithheld:
    "{respondents} respondents rated {items} checklist items; {answered} items are answered.",
  radarCaption: "Principle scores, 1 (centre) to 5 (rim).",
  principleScores: "Principle scores",
  principlesWithheldCaption: "Principles (scores not published)",
  principle: "Principle",
  name: "Name",
  scoreFivePoint: "Score 1–5",
  scoreHundred: "0–100",
  band: "Band",
  itemsAnswered: "Items answered",
  contestedItems: "Contested items",
  answeredOf: "{answered} of {applicable}",
  goalTag: "SDG {goal}",
  cityHeading: "{city}, {year}",
  cityOverall:
    "Overall SDG index <strong>{index}</strong> {band} over {withIndex} of {goals} goals; trend: {trend}. Data: {withValue} of {rows} indicator rows have a value ({share}).",
  goalBarsCaption: "SDG indices of {city} in {year}, 0–100; dashed lines are the band limits.",
  goalsCaption: "Goals of {city}",
  objectivesCaption: "EC objectives of {city}",
  goal: "Goal",
  indexHundred: "Index 0–100",
  coverage: "Coverage",
  coverageOf: "{share} ({available} of {listed})",
  trend: "Trend",
  distanceClosed: "Distance closed",
  objective: "Objective",
  sdgHeading: "SDG localisation",
  noIndicators: "No indicator rows: no SDG index.",
  trends: "Trends",
  trendCaption: "Overall SDG index per city and year, 0–100.",
  none: "None.",
  actionsHeading: "Strengths, priorities, data and actions",
  strengths: "Strengths",
  priorities: "Priorities",
  dataCoverage:
    "Data: {withValue} of {rows} indicator rows have a value ({share}); {disaggregated} values are disaggregated by sex, age, disability or location ({disaggregationShare} of the values).",
  actionPlan:
    "Action plan: {total} actions ({statuses}{noStatus}); {addressed} address stakeholder input ({share} of the {answered} actions marked y or n).",
  withoutStatus: ", {count} without a status",
  madeFrom: "Made from {source} at {time} by {product}, catalogue {catalogue}.",
} as const;

export type ReportTextKey = keyof typeof ENGLISH_REPORT_TEXTS;
