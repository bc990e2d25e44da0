// The programme report's own words in English (`c2c report programme.xlsx`): the page's headings,
// notes, table headers and footer, and the sentences of what a programme workbook read back cannot
// give. They are the key set of fr.json and es.json. Bands and trend classes are result labels,
// names the catalogue's texts, the list its contract token.

export const ENGLISH_PROGRAMME_REPORT_TEXTS = {
  "page.title": "Programme view: {partnerships} partnerships — C2C Scoreboard",
  "page.heading": "Programme view: {partnerships} partnerships, {cities} cities",
  "page.intro":
    "City-to-city partnership monitoring and evaluation following the OECD framework, both components across the programme: the self-assessment against the principles and the SDG indicators.",
  "header.principle": "Principle",
  "header.name": "Name",
  "header.mean5": "Mean (1–5)",
  "header.mean100": "Mean (0–100)",
  "header.band": "Band",
  "header.partnerships": "Partnerships",
  "header.median": "Median",
  "header.lowerQuartile": "Lower quartile",
  "header.upperQuartile": "Upper quartile",
  "header.minimum": "Minimum",
  "header.maximum": "Maximum",
  "header.goal": "Goal",
  "header.objective": "Objective",
  "header.citiesCounted": "Cities counted",
  "header.lowCoverage": "Low coverage",
  "header.noData": "No data",
  "header.dataCoverage": "Data coverage",
  "header.criterion": "Criterion",
  "header.sources": "Sources",
  "header.partnership": "Partnership",
  "header.alignment": "Alignment",
  "header.sdgIndexByCity": "SDG index by city",
  "principles.heading": "Principles across the partnerships",
  "principles.note":
    "Each principle's mean over the partnerships that have a score (1–5), as the OECD pilot reported its averages; quartiles as Excel's QUARTILE; the share of partnerships in each band.",
  "principles.overall": "Overall",
  "principles.alignment": "Alignment with the G20 principles",
  "indices.heading": "SDG goals and EC objectives across the cities",
  "indices.note":
    "Each goal's index in every city's latest year with a value; the mean and spread over the cities whose coverage is at least {threshold}; cities below it are counted apart as low coverage, not averaged in.",
  "indices.objectivesHeading": "EC objectives and the overall SDG index",
  "indices.goalId": "SDG {goal}",
  "indices.overallId": "SDG index",
  "indices.overall": "Overall SDG index",
  "trends.heading": "Trend classes per goal",
  "trends.note": "The share of cities in each SDSN trend class, low-coverage cities included.",
  "dac.heading": "DAC criteria across the partnerships",
  "dac.note":
    "Each partnership's criterion is the mean, on 0–100, of its sources that have a score (a principle as (score − 1) / 4 × 100, the SDG index as the mean of its cities' overall indices); the mean and spread over the partnerships with a score, one lens for all. No band: a criterion mixes principle and SDG scores, whose bands differ.",
  "partnerships.heading": "Partnerships",
  "notes.heading": "Notes",
  "notes.missingOverallTrends":
    "The programme workbook's tables do not hold each city's overall SDG trend, so the overall index's trend shares are not shown.",
  "notes.missingDataCoverage":
    "The programme workbook's Goals table has no {rows} and {withValue} columns (it was written by an earlier version), so the data coverage per goal is not shown.",
  "footer.madeFrom":
    "Made from {source} at {generatedAt} by {product}, catalogue {version}, {list} list.",
  "footer.notStamped": "(not stamped)",
} as const;

export type ProgrammeReportTextKey = keyof typeof ENGLISH_PROGRAMME_REPORT_TEXTS;
