// The templates' own words in English: titles, notes, prompts and the Scoreboard's labels. They are
// the key set of fr.json and es.json; `{name}` placeholders take the sheet names, headers and
// tokens, which come from the contract's words in the same language.

export const ENGLISH_TEMPLATE_TEXTS = {
  "about.title": "C2C Scoreboard — {partnership}",
  "about.subtitle":
    "Monitoring and evaluation of a city-to-city partnership (OECD framework: G20 Rome principles and SDG indicators).",
  "about.guideSettings":
    "{sheet}: the rules that change a number (defaults of the OECD framework); formulas read them by name.",
  "about.guideChecklist":
    "{sheet}: one column per respondent; answer 1–5, {notApplicable} (not applicable) or {dontKnow} (don't know) from the dropdown.",
  "about.guideStakeholders":
    "{sheet}: who answered, their organisation, stakeholder group and city.",
  "about.guideIndicators":
    "{sheet}: one row per indicator, city and year; type the {value}; {worst} and {end} come from the catalogue and may be replaced.",
  "about.guideActions": "{sheet}: the action plan, with owners and status.",
  "about.guideScoreboard":
    '{sheet}: generated and protected (no password); rebuilt by the add-in\'s Refresh or by "c2c score".',
  "about.guideColours": "Yellow cells are inputs; grey cells are computed.",
  "about.howToUse": "How to use this workbook",
  "about.answerScale": "Answer scale of the checklist",
  "about.notApplicable": "Not applicable (left out of the means)",
  "about.dontKnow": "Don't know (counts as unanswered)",
  "about.listTitle": "Indicator list",
  "about.listPrompt": "{simplified} (few indicators, for cities with little data) or {long}",
  "about.listError": "Choose {simplified} or {long}.",
  "settings.title": "Settings",
  "settings.subtitle":
    "Every rule that changes a number. Formulas pass these cells by their names (C2C_…), so a change here recalculates the workbook.",
  "settings.meaningHeader": "Meaning",
  "settings.meaningWorstValueMode":
    "{fixed}: the Worst column; {peer}: the worst value seen across the cities and years (written into Worst); {baseline}: the city's first value",
  "settings.meaningTargetYear": "The year the end values should be reached (trend classes)",
  "settings.meaningItemAggregation":
    "How respondents' answers to an item combine: {mean} or {median}",
  "settings.meaningContestedThreshold":
    "An item is contested when its spread (highest − lowest answer) reaches this",
  "settings.meaningHalfAnsweredShare":
    "A principle is scored when at least this share of its applicable items is answered",
  "settings.meaningCoverageThreshold":
    "A goal index with coverage below this share is shown grey as low coverage",
  "settings.meaningPeerMinimumUnits":
    "Peer worst values need data from at least this many cities; otherwise the fixed worst value is used",
  "settings.meaningMinimumGroupSize":
    "Published results per stakeholder group need at least this many respondents (smaller groups are merged); an item's score is published only when this many answered it",
  "settings.meaningSdgBandLimit": "Lowest 0–100 score of this SDG band",
  "settings.meaningPrincipleBandLimit": "Lowest 1–5 score of this principle band",
  "settings.meaningWeight": "Weight of {principle} in the overall alignment",
  "settings.meaningDacSources":
    'Sources of the DAC criterion {criterion}: principle ids and/or "SDG index", comma separated (shown on the Scoreboard after the next refresh)',
  "settings.meaningLanguage":
    "The language of the workbook's words (en, fr or es): the Scoreboard is rebuilt in it; answers and headers are read in any of the three",
  "validation.chooseOneOf": "Choose one of: {choices}.",
  "validation.answerYesOrNo": "Answer {yes} or {no}.",
  "checklist.title": "Self-assessment checklist: G20 Rome principles",
  "checklist.subtitle":
    "One column per respondent, headed with the name used on the {sheet} sheet. Answer 1–5, {notApplicable} or {dontKnow} from the dropdown.",
  "checklist.promptNotApplicable": "{notApplicable} not applicable · {dontKnow} don't know",
  "checklist.answerTitle": "Answer",
  "checklist.subtotalAnswered": "Answered",
  "checklist.subtotalApplicable": "Applicable",
  "checklist.answerError":
    "Answer 1 to 5, {notApplicable} (not applicable) or {dontKnow} (don't know).",
  "stakeholders.title": "Stakeholders",
  "stakeholders.subtitle":
    "Everyone who answers the checklist; the {respondent} name heads their answer column on the Checklist.",
  "stakeholders.groupTitle": "Stakeholder group",
  "stakeholders.groupPrompt": "The group the respondent speaks for.",
  "indicators.title": "Indicators",
  "indicators.subtitle":
    "One row per indicator, city and year. Type the {value}; {worst} and {end} come from the catalogue (see their basis) and may be replaced.",
  "indicators.endBasis": "End basis",
  "indicators.worstBasis": "Worst basis",
  "indicators.disaggregatedPrompt":
    "{yes} when the value is available by sex and age (or other groups), {no} otherwise.",
  "indicators.objectiveTitle": "EC objective",
  "indicators.objectiveError": "GOV, INC, GRN or PRO (blank: the catalogue's objective).",
  "actions.title": "Action plan",
  "actions.subtitle":
    "What the partnership will do about its priorities: owner, due date, status, and whether the action answers stakeholder input.",
  "actions.stakeholderInputTitle": "Stakeholder input",
  "scoreboard.title": "Scoreboard — {partnership}",
  "scoreboard.list": "{list} list",
  "scoreboard.reportingYear": "reporting year {year}",
  "scoreboard.note":
    "Generated from the input sheets; every number is a formula over their tables. Bands are shown as text and colour.",
  "scoreboard.principlesHeading": "Alignment with the G20 Rome principles",
  "scoreboard.principle": "Principle",
  "scoreboard.name": "Name",
  "scoreboard.scoreFivePoint": "Score (1–5)",
  "scoreboard.scoreHundred": "Score (0–100)",
  "scoreboard.band": "Band",
  "scoreboard.itemsAnswered": "Items answered",
  "scoreboard.itemsApplicable": "Items applicable",
  "scoreboard.contestedItems": "Contested items",
  "scoreboard.consensus": "Consensus",
  "scoreboard.overall": "Overall",
  "scoreboard.alignmentMean": "Alignment: weighted mean of the principle scores",
  "scoreboard.principlesChart": "G20 Rome principles (score 0–100)",
  "scoreboard.goalTag": "SDG {goal}",
  "scoreboard.sdgProfile": "SDG profile — {city} ({year})",
  "scoreboard.goal": "Goal",
  "scoreboard.index": "Index",
  "scoreboard.distance": "Distance",
  "scoreboard.coverage": "Coverage",
  "scoreboard.trend": "Trend",
  "scoreboard.distanceClosed": "Distance closed",
  "scoreboard.indexByYear": "Index by year — {city} (the series the trends are read from)",
  "scoreboard.baseYear": "Base year",
  "scoreboard.baseScore": "Base score",
  "scoreboard.latestYear": "Latest year",
  "scoreboard.latestScore": "Latest score",
  "scoreboard.allGoals": "All goals",
  "scoreboard.dacHeading": "DAC criteria (0–100)",
  "scoreboard.dacNoteMean":
    "Each criterion is the mean of its sources that have a score, on 0–100: a principle's (score − 1) / 4 · 100,",
  "scoreboard.dacNoteSources":
    "the SDG index below. Sources are the Settings rows DAC …, shown here from the next refresh.",
  "scoreboard.dacNoteBand":
    "No band: a criterion mixes 1–5 principle scores and the 0–100 SDG index, whose bands differ.",
  "scoreboard.dacCriterion": "Criterion",
  "scoreboard.dacSources": "Sources",
  "scoreboard.dacWithScore": "With a score",
  "scoreboard.dacListed": "Listed",
  "scoreboard.dacSdgIndexName": "Mean of the cities' overall SDG index",
  "scoreboard.overallIndex": "Overall SDG index",
  "scoreboard.overallIndexMean": "Overall SDG index: mean of the goal indices",
  "scoreboard.objectivesHeading": "EC objectives — {city} ({year})",
  "scoreboard.objective": "Objective",
  "scoreboard.sdgChart": "SDG indices — {city} ({year})",
  "scoreboard.indexHundred": "Index (0–100)",
  "scoreboard.highlightsHeading": "Strengths and priorities",
  "scoreboard.kind": "Kind",
  "scoreboard.principleOrGoal": "Principle or goal",
  "scoreboard.score": "Score",
  "scoreboard.city": "City",
  "scoreboard.strengthPrinciple": "Strength (principle)",
  "scoreboard.strengthGoal": "Strength (goal)",
  "scoreboard.priorityPrinciple": "Priority (principle)",
  "scoreboard.priorityGoal": "Priority (goal)",
  "scoreboard.noHighlights": "No principle or goal has a score yet.",
  "scoreboard.coverageHeading": "Data coverage and disaggregation",
  "scoreboard.rows": "Rows",
  "scoreboard.indicatorRows": "Indicator rows",
  "scoreboard.withValue": "With a value",
  "scoreboard.disaggregated": "Disaggregated",
  "scoreboard.disaggregationShare": "Disaggregation share",
  "scoreboard.allIndicatorRows": "All indicator rows",
  "scoreboard.actions": "Actions",
  "scoreboard.noStatus": "no status",
  "scoreboard.total": "total",
  "scoreboard.addressingInput": "addressing stakeholder input",
  "provenance.generated": "Generated {date} by {product}",
  "provenance.catalogue": "catalogue {version}",
  "provenance.settings": "Settings: {settings}",
  "provenance.settingsInline": "settings: {settings}",
  "provenance.worstValueMode": "worst-value mode {mode}",
  "provenance.targetYear": "target year {year}",
  "provenance.itemAggregation": "item aggregation {aggregation}",
  "provenance.contested": "contested at spread ≥ {threshold}",
  "provenance.halfAnswered": "principle scored with ≥ {share} % of items answered",
  "provenance.lowCoverage": "low coverage below {share} %",
  "provenance.sdgBands": "SDG bands {limits}",
  "provenance.principleBands": "principle bands {limits}",
  "provenance.equalWeights": "equal principle weights",
  "provenance.weights": "principle weights {weights}",
} as const;

export type TemplateTextKey = keyof typeof ENGLISH_TEMPLATE_TEXTS;
