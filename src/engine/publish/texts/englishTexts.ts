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
  stakeholdersHeading: "Stakeholders",
  privacyRule:
    "Respondents' privacy: nothing published shows a respondent's name, organisation or single answers. Results per stakeholder group are shown only for groups of at least {minimum} respondents (smaller groups are merged), and an item's score only when at least {minimum} answers back it.",
  principlesWithheldOne:
    "The checklist has {respondents} respondent; principle scores are published only when at least {minimum} answered (Minimum group size).",
  principlesWithheldMany:
    "The checklist has {respondents} respondents; principle scores are published only when at least {minimum} answered (Minimum group size).",
  representationHeading: "Representation",
  everyGroupRepresented: "Every stakeholder group of the workbook is represented.",
  notRepresented: "<strong>Not represented:</strong> {groups}.",
  respondentsPerGroup: "Respondents per stakeholder group",
  stakeholderGroup: "Stakeholder group",
  respondents: "Respondents",
  groupMissing: "missing",
  withoutGroup: "without a group",
  allRespondents: "all respondents",
  groupScoresHeading: "Scores by stakeholder group",
  noGroupLargeEnough:
    "No stakeholder group has the {minimum} respondents needed for results of its own.",
  groupScoresCaption:
    "Principle scores 1–5 from each group's own answers (respondents in brackets)",
  mergedGroup: "merged: {members}",
  alignmentRow: "Alignment",
  alignmentRowNote: "weighted mean of the principle scores",
  contestedHeading: "Contested items",
  noContested: "No contested item is listed.",
  contestedCaption:
    "Items on which respondents disagree: the spread (highest minus lowest answer) and how many gave each answer",
  item: "Item",
  itemText: "Text",
  score: "Score",
  spread: "Spread",
  actionsNoInputAnswer: "Action plan: no action says yet whether it addresses stakeholder input.",
  actionsAddressingInput:
    "Action plan: <strong>{share}</strong> of the actions address stakeholder input ({addressed} of the {answered} actions marked y or n).",
  dacHeading: "DAC criteria",
  dacLead:
    "The six OECD DAC evaluation criteria, each scored 0–100 as the mean of its sources that have a score: a principle's (score − 1) / 4 · 100, and for impact the overall SDG index (the mean of the partner cities' latest). No band is given: the principle and SDG bands differ.",
  dacCaption: "DAC criteria (0–100)",
  dacNotPublished: "not published (see the principles)",
  criterion: "Criterion",
  scoreHundredLong: "Score 0–100",
  dacSources: "Sources (0–100)",
  dacSourcesWithScore: "Sources with a score",
  usedOf: "{used} of {sources}",
  sdgIndexSource: "SDG index",
  methodHeading: "Method",
  methodPrinciplesHeading: "Principles",
  methodPrinciples:
    "Each checklist item is rated 1–5 by the respondents (n/a and “don't know” are not counted). An item's score is the {aggregation} of its numeric answers; a principle's score is the mean of its answered items, given only when at least {halfShare} % of its applicable items are answered. Overall alignment is the weighted mean of the principle scores that exist. On 0–100 a score is (s − 1) / 4 · 100. An item is contested when the spread of its answers is {contested} or more.",
  methodPrincipleBands:
    "Principle bands on 1–5: {weak} below {developing} · {developingBand} {developing} to below {established} · {establishedBand} {established} to below {advanced} · {advancedBand} {advanced} or more · {insufficient} too few items answered.",
  methodIndicatorsHeading: "SDG indicators",
  methodIndicators:
    "An indicator's score is clamp(100 · (x − worst) / (end − worst), 0, 100): 0 at the worst value, 100 at the end value, for either polarity. Worst values: {worstValues}. A goal index is the mean of the available indicator scores of the goal for a city and year; its coverage is the share of listed indicators with a value, and below {coverage} % the index is shown as low coverage. An EC objective index is the same over the indicators of the objective; the overall SDG index is the mean of the goal indices that exist. Trends compare the yearly change since the base year with the change needed to reach 100 by {targetYear}.",
  worstFixed:
    "{mode}: the worst value of the workbook's Worst column, or the catalogue's when that is blank",
  worstPeer:
    "{mode}: the worst value observed for the indicator across all cities and years of the workbook, kept once written; with fewer units than the peer minimum the fixed worst value is used",
  worstBaseline:
    "{mode}: each city's own first observation (a score of 0 is where the city started)",
  methodSdgBands:
    "SDG bands on 0–100: {achieved} {achievedLimit} · {remain} {remainLimit} or more · {significant} {significantLimit} or more · {major} below {significantLimit} · {low} coverage below {coverage} % · {noData} no indicator score.",
  indicatorsCaption:
    "End and worst values of the indicators in this report (catalogue {version}) and the values the scores used",
  indicator: "Indicator",
  endValueBasis: "End value and basis",
  worstValueBasis: "Worst value and basis",
  usedHere: "Used here",
  higherIsBetter: "{name} ({unit}, higher is better)",
  lowerIsBetter: "{name} ({unit}, lower is better)",
  relativeEnd: "{factor} × the city's baseline value",
  "basis.2030 Agenda": "2030 Agenda",
  "basis.international standard": "international standard",
  "basis.natural maximum": "natural maximum",
  "basis.peer benchmark": "peer benchmark",
  "basis.product default — review locally": "product default — review locally",
  localIndicator: "not in the catalogue: a local indicator",
  workbookEnd: "the workbook's End column",
  workbookWorst: "the workbook's Worst column",
  usedEndWorst: "end {end}; worst {worst}",
  radarTitle: "Principle scores on the 1–5 scale, one axis per principle",
  noScore: "no score",
  noDataBar: "no data ({band})",
  goalBarDetail: "{index} · {band} · coverage {coverage}",
  goalBarsTitle: "{city}: SDG indices in {year}, 0–100, one bar per goal with an index",
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
  "unit.per 100 000": "per 100 000",
  "unit.per 10 000": "per 10 000",
  "unit.per 100 inhabitants": "per 100 inhabitants",
  "unit.per 1000 live births": "per 1000 live births",
  "unit.per 100 000 live births": "per 100 000 live births",
  "unit.score": "score",
  "unit.count": "count",
  "unit.ratio": "ratio",
  "unit.index 0–100": "index 0–100",
  "unit.kg per person per year": "kg per person per year",
  "unit.t CO2e per person per year": "t CO2e per person per year",
  "unit.MJ per USD (2017 PPP)": "MJ per USD (2017 PPP)",
  "unit.% of GDP": "% of GDP",
  unofficialTranslation: "unofficial translation",
  indicatorNamesSource:
    "Indicator names: the UN's official wording of the global indicator framework ({source}); a name marked “unofficial translation” is the product's own.",
  basisWithSource: "{kind}: {source}",
  // c2c report --stakeholders as text for a terminal (report/stakeholdersText.ts).
  textStakeholdersOf: "Stakeholders of {name}",
  textGroup: "group",
  textRespondents: "respondents",
  textGroupCount: "{group} ({count})",
  textMerged: "merged: {members} ({count})",
  textNoGroupScores:
    "Scores by stakeholder group: none (no group has the {minimum} respondents needed)",
  textGroupScores: "Scores by stakeholder group (1–5)",
  textPrinciple: "principle",
  textAlignment: "alignment",
  textNoContested: "Contested items: none listed",
  textContested: "Contested items (how many gave each answer)",
  textItem: "item",
  textScore: "score",
  textSpread: "spread",
  textText: "text",
  textNoActionsAnswer: "Actions addressing stakeholder input: no action marked y or n",
  textActions:
    "Actions addressing stakeholder input: {addressed} of {answered} marked y or n ({percent} %)",
  textNotes: "Notes",
} as const;

export type ReportTextKey = keyof typeof ENGLISH_REPORT_TEXTS;
