// The headers of the programme workbook's tables that the contract does not already have. They are
// contract headers (decision 0034): written in the workbook's language and read back in any of the
// three, like the partnership tables' headers (decision 0018); this file imports nothing, so the
// contract's words can list them without a cycle.

/**
 * C2C_Programme's last six columns: each partnership's DAC lens, the sources of each criterion as its
 * Settings row "DAC relevance" … holds them (dacLensKey + " sources"; a test checks the two agree).
 */
export const DAC_SOURCES_HEADERS = [
  "DAC relevance sources",
  "DAC coherence sources",
  "DAC effectiveness sources",
  "DAC efficiency sources",
  "DAC impact sources",
  "DAC sustainability sources",
] as const;

export const PROGRAMME_TABLE_HEADERS = [
  "Partnership",
  "Cities",
  "Respondents",
  "Alignment",
  "Contested items",
  "Indicator coverage",
  "SDG index (latest year, by city)",
  "Index",
  "Coverage",
  "Band",
  "Trend",
  "Counted index",
  "Indicator rows",
  "Rows with a value",
  "City SDG index trend",
  ...DAC_SOURCES_HEADERS,
] as const;
