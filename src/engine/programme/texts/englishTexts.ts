// The programme workbook's own words in English (`c2c consolidate`): sheet titles, notes, the
// Programme sheet's block headings and headers, chart titles and legends. They are the key set of
// fr.json and es.json. The tables' headers are contract headers (the contract's words), bands and
// trend classes result labels, principle, goal, objective and DAC names the catalogue's texts.

export const ENGLISH_PROGRAMME_TEXTS = {
  "banner.sampleData": "SAMPLE DATA: generated partnerships for the demo, not real results.",
  "programme.title":
    "Programme view: {partnerships} partnerships, {cities} cities with indicator data",
  "programme.subtitle":
    "Both components of the framework across the programme: each principle over the partnerships that have a score (the mean is the figure the OECD pilot reported), each goal and EC objective over the cities whose coverage meets the threshold. Tables on the {partnershipsSheet}, {goalsSheet} and {objectivesSheet} sheets; heat map of cities × goals on the {citiesSheet} sheet.",
  "programme.stampedWith": "{line} · the workbooks were stamped with catalogue {version}",
  "programme.noCatalogueVersion": "(none)",
  "header.principle": "Principle",
  "header.name": "Name",
  "header.average5": "Average (1–5)",
  "header.average100": "Average (0–100)",
  "header.band": "Band",
  "header.partnershipsWithScore": "Partnerships with a score",
  "header.median": "Median",
  "header.lowerQuartile": "Lower quartile",
  "header.upperQuartile": "Upper quartile",
  "header.minimum": "Minimum",
  "header.maximum": "Maximum",
  "header.goal": "Goal",
  "header.objective": "Objective",
  "header.mean100": "Mean (0–100)",
  "header.citiesCounted": "Cities counted",
  "header.lowCoverage": "Low coverage (counted apart)",
  "header.noData": "No data",
  "header.dataCoverage": "Data coverage",
  "header.criterion": "Criterion",
  "header.sources": "Sources",
  "header.sdgIndex": "SDG index",
  "header.sdgIndexTrend": "SDG index trend",
  "header.sdgGoal": "SDG {goal}",
  "header.coverageGoal": "Coverage SDG {goal}",
  "principles.heading": "Principles across the programme",
  "principles.overall": "Overall",
  "principles.alignment": "Alignment with the G20 principles",
  "principles.chartTitle": "Principle averages across the programme (1–5)",
  "rules.heading": "Programme rules",
  "rules.coverageThreshold": "Coverage threshold: a city's index below it is counted apart",
  "rules.principleBand": "Principle band {band} from",
  "rules.sdgBand": "SDG band {band} from",
  "rules.agreed": "Every partnership uses these values.",
  "rules.note": "Note: {message}.",
  "bandShares.heading": "Band shares per principle",
  "bandShares.chartTitle": "Share of partnerships in each band, per principle",
  "indices.goalsHeading": "SDG goals across the programme's cities",
  "indices.objectivesHeading":
    "EC objectives and the overall SDG index across the programme's cities",
  "indices.overall": "Overall SDG index (mean of a city's goal indices)",
  "trendShares.heading": "Trend classes per goal",
  "trendShares.overall": "Overall SDG index",
  "trendShares.chartTitle": "Share of cities in each trend class, per goal",
  "dac.heading": "DAC criteria across the programme",
  "dac.note":
    "Each partnership's criterion is the mean, on 0–100, of its sources that have a score (a principle as (score − 1) / 4 × 100, the SDG index as the mean of its cities' overall indices); the figures are over the partnerships with a score, from the columns {firstColumn} … of {table}. No band: a criterion mixes principle and SDG scores, whose bands differ.",
  "dac.agreed": "Every partnership uses these sources ({settingsSheet}, {firstColumn} …).",
  "partnerships.title": "Partnerships",
  "partnerships.subtitle":
    "One row per partnership consolidated: principle scores on 1–5, blank where the partnership has no score, coloured by band; the DAC criteria on 0–100 by the programme's lens (the {programmeSheet} sheet lists its sources).",
  "legend.colours": "Colours:",
  "cities.title": "Goal indices by city",
  "cities.subtitle":
    "Each city's goal indices in their latest year with a value, from the {goalsSheet} sheet; grey where the coverage (right) is below the programme's threshold.",
  "goals.title": "Goals by city",
  "goals.subtitle":
    "One row per partnership, city and goal: the goal's index in the city's latest year with one, sorted by goal. {countedIndex}: the index when its coverage meets the programme's threshold.",
  "goals.chartTitle": "Goal indices across the programme's cities (counted cities)",
  "goals.series": "A city's goal index",
  "objectives.title": "EC objectives by city",
  "objectives.subtitle":
    "One row per partnership, city and EC objective, in the city's latest year, sorted by objective. {countedIndex}: the index when its coverage meets the programme's threshold.",
} as const;

export type ProgrammeTextKey = keyof typeof ENGLISH_PROGRAMME_TEXTS;
