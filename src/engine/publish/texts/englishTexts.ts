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
  compareHeading: "Peer comparison",
  compareBest: "best",
  compareAriaLabel: "Comparison",
  compareBestHeader: "Best",
  compareRow: "Row",
  compareCities: "partner cities",
  comparePartnerships: "partnerships",
  compareLegend:
    "Each score shows its band; the best score of a row is in bold and marked best, every other score shows its gap to the best (−).",
  compareLegendPercentile:
    "Each score shows its band; the best score of a row is in bold and marked best, every other score shows its gap to the best (−); P is the unit's percentile rank among the units with a score.",
  compareIntro:
    "{count} {units} side by side: principles and alignment on 1–5, goals and the SDG index on 0–100.",
  compareLearningHeading: "Who can learn from whom",
  compareNoLearning: "No unit is weak on a principle or goal where a peer does better.",
  compareLearningIntro:
    "For each weak principle (Weak or Developing) and goal (Major or Significant challenges), the peer that scores best on it.",
  compareLearning:
    "{learner} on {row} ({learnerScore}) can learn from {peer} ({peerScore}): gap {gap}",
  compareNotes: "Notes",
  compareTitle: "Peer comparison: {names} — C2C Scoreboard",
  compareH1: "Peer learning: {units} side by side",
  compareNote:
    "City-to-city partnership monitoring and evaluation following the OECD framework: {units} compared side by side so they can learn from each other. Every band is shown with its name beside its colour.",
} as const;

export type ReportTextKey = keyof typeof ENGLISH_REPORT_TEXTS;
