// A programme workbook read back into the programme model (`c2c report programme.xlsx`): the
// partnerships of C2C_Programme, their cities' goals from C2C_ProgrammeGoals and EC objectives
// from C2C_ProgrammeObjectives, consolidated again with the settings the workbook was stamped with,
// each partnership with its own coverage threshold and band limits from C2C_Programme's rule
// columns (so the disagreements the consolidation listed are found and listed again).
// Each city's overall SDG trend is the Goals table's City SDG index trend column, and the data
// coverage per goal is taken over its indicator rows; a workbook written before the table had those
// columns has no overall trend shares (no data coverage) and `missing` says so, rather than shares
// made up from nothing.

import { readNumber } from "../cells";
import { phrase, problemAt } from "../language/problemTexts";
import { catalogue, type ObjectiveId } from "../catalogue";
import { cityIndicesFromGoals, partnershipKey } from "../compare/programmeGoals";
import { programmeUnitsFromTable } from "../compare/programmeUnits";
import type { Problem } from "../model/types";
import type { TableData, TypedRow } from "../plan/tableData";
import { typedTable } from "../plan/tableData";
import { isLowCoverage, sdgBand, type IndexBand, type TrendClass } from "../scoring";
import type { ScoringSettings, WorstValueMode } from "../settings";
import type { ListId } from "../catalogue/types";
import { textOf } from "../sheetValues";
import { englishLabelOf, type Language } from "../language";
import { consolidate } from "./consolidate";
import { TREND_CLASSES } from "./labels";
import { RULE_COLUMNS, settingsWithRules } from "./sheets/ruleColumns";
import { DAC_SOURCES_HEADERS } from "./tableHeaders";
import { DAC_CRITERIA, readDacSources } from "../dac";
import type {
  CityGoal,
  CityIndex,
  CityObjective,
  CityTrend,
  GoalRows,
  PartnershipSummary,
  Programme,
} from "./types";

export interface ProgrammeTables {
  readonly programme: TableData;
  readonly goals: TableData | null;
  readonly objectives: TableData | null;
}

export interface ProgrammeStampData {
  readonly settings: ScoringSettings;
  readonly list: ListId;
  readonly worstValueMode: WorstValueMode;
  readonly catalogueVersion: string | null;
  /** The language the workbook was written in (English when it does not say). */
  readonly language: Language;
}

export interface ProgrammeReadBack {
  readonly programme: Programme | null;
  /** The language the workbook was written in: its report's, unless told another. */
  readonly language: Language;
  readonly problems: readonly Problem[];
  /** What the tables cannot give, in sentences for the report's notes. */
  readonly missing: readonly string[];
  /** Whether the tables hold each city's overall SDG trend, so the overall trend shares are real. */
  readonly overallTrends: boolean;
}

export const MISSING_OVERALL_TRENDS =
  "The programme workbook's Goals table has no City SDG index trend column (it was written by an earlier version), so the overall index's trend shares are not shown.";
export const MISSING_DATA_COVERAGE =
  "The programme workbook's Goals table has no Indicator rows and Rows with a value columns (it was written by an earlier version), so the data coverage per goal is not shown.";

const GOAL_HEADERS = {
  source: "Source",
  partnership: "Partnership",
  city: "City",
  year: "Year",
  goal: "Goal",
  index: "Index",
  coverage: "Coverage",
  band: "Band",
  trend: "Trend",
} as const;

const GOAL_ROWS_HEADERS = {
  source: "Source",
  partnership: "Partnership",
  city: "City",
  goal: "Goal",
  rows: "Indicator rows",
  withValue: "Rows with a value",
} as const;

const CITY_TREND_HEADERS = {
  source: "Source",
  partnership: "Partnership",
  city: "City",
  trend: "City SDG index trend",
} as const;

const OBJECTIVE_HEADERS = {
  source: "Source",
  partnership: "Partnership",
  city: "City",
  year: "Year",
  objective: "Objective",
  index: "Index",
  coverage: "Coverage",
} as const;

const PARTNERSHIP_HEADERS = {
  source: "Source",
  partnership: "Partnership",
  cities: "Cities",
  respondents: "Respondents",
  contested: "Contested items",
  coverage: "Indicator coverage",
} as const;

/** rule0 … rule6: the partnership's own rules, in RULE_COLUMNS' order. */
const RULE_HEADERS = Object.fromEntries(
  RULE_COLUMNS.map((column, index) => [`rule${index}`, column.header]),
) as Readonly<Record<`rule${number}`, string>>;

/** lens0 … lens5: the partnership's own sources of each DAC criterion, in DAC_CRITERIA's order. */
const LENS_HEADERS = Object.fromEntries(
  DAC_SOURCES_HEADERS.map((header, index) => [`lens${index}`, header]),
) as Readonly<Record<`lens${number}`, string>>;

const BANDS: readonly IndexBand[] = [
  "Achieved",
  "Challenges remain",
  "Significant challenges",
  "Major challenges",
  "Low coverage",
  "No data",
];

export function programmeFromTables(
  tables: ProgrammeTables,
  stamp: ProgrammeStampData,
): ProgrammeReadBack {
  const units = programmeUnitsFromTable(tables.programme, tables.goals);
  const problems: Problem[] = [...units.problems];
  const extra = extraColumns(tables.programme, stamp.settings, problems);
  const goals =
    tables.goals === null ? new Map<string, CityGoal[]>() : goalsByPartnership(tables.goals);
  const objectives =
    tables.objectives === null
      ? new Map<string, CityObjective[]>()
      : objectivesByPartnership(tables.objectives, stamp.settings);
  const fromGoals = tables.goals === null ? null : cityIndicesFromGoals(tables.goals);
  const rows = tables.goals === null ? null : goalRowsByPartnership(tables.goals);
  const trends = tables.goals === null ? null : cityTrendsByPartnership(tables.goals);
  const summaries = units.units.map((unit): PartnershipSummary => {
    const key = partnershipKey(unit.source, unit.name);
    const more = extra.get(key);
    const sdgIndices = fromGoals?.byPartnership.get(key) ?? unit.sdgIndices;
    return {
      ...unit,
      cities: more?.cities ?? sdgIndices.map((city) => city.city),
      list: stamp.list,
      worstValueMode: stamp.worstValueMode,
      catalogueVersion: stamp.catalogueVersion,
      settings: more?.settings ?? stamp.settings,
      respondents: more?.respondents ?? 0,
      contestedItems: more?.contested ?? 0,
      dataCoverage: more?.coverage ?? null,
      sdgIndices,
      sdgTrends: trendsOf(sdgIndices, trends?.get(key)),
      goals: goals.get(key) ?? [],
      objectives: objectives.get(key) ?? [],
      goalRows: rows?.get(key) ?? [],
    };
  });
  const consolidation = consolidate(summaries, { force: true });
  return {
    programme: consolidation.programme,
    language: stamp.language,
    problems: [...problems, ...consolidation.problems],
    missing: [
      ...(trends === null ? [MISSING_OVERALL_TRENDS] : []),
      ...(rows === null ? [MISSING_DATA_COVERAGE] : []),
    ],
    overallTrends: trends !== null,
  };
}

/** The trend of each city of `cities`, in their order; none when the table has no trend column. */
function trendsOf(
  cities: readonly CityIndex[],
  trends: ReadonlyMap<string, TrendClass> | undefined,
): CityTrend[] {
  if (trends === undefined) return [];
  return cities.map((city) => ({
    city: city.city,
    trend: trends.get(city.city) ?? "Insufficient data",
  }));
}

function numberOf(value: unknown): number | null {
  const reading = readNumber((value ?? null) as Parameters<typeof readNumber>[0]);
  return reading.kind === "number" ? reading.value : null;
}

function keyOf<K extends string>(row: TypedRow<K | "source" | "partnership">): string {
  return partnershipKey(
    textOf(row.cells.source?.value ?? null),
    textOf(row.cells.partnership?.value ?? null),
  );
}

interface ExtraColumns {
  readonly cities: string[];
  readonly respondents: number;
  readonly contested: number;
  readonly coverage: number | null;
  /** The stamp's, with the partnership's own rules when the table has them. */
  readonly settings: ScoringSettings;
}

/** Unusable rule cells are reported in `problems` (the row then takes the stamp's rules). */
function extraColumns(
  table: TableData,
  stamped: ScoringSettings,
  problems: Problem[],
): Map<string, ExtraColumns> {
  const typed = typedTable(table, PARTNERSHIP_HEADERS);
  const rules = typedTable(table, RULE_HEADERS);
  const hasRules = rules.missing.length === 0;
  const settingsOf = (index: number): ScoringSettings => {
    const row = rules.rows[index];
    if (!hasRules || row === undefined) return stamped;
    const values = RULE_COLUMNS.map((_, column) => numberOf(row.cells[`rule${column}`]?.value));
    const settings = settingsWithRules(stamped, values);
    if (settings !== null) return settings;
    problems.push(
      problemAt(
        row.cells.rule0?.address ?? `${table.sheet}!${row.row}:${row.row}`,
        "warning",
        phrase("programme.rulesUnusable"),
      ),
    );
    return stamped;
  };
  const lenses = typedTable(table, LENS_HEADERS);
  const hasLenses = lenses.missing.length === 0;
  const withLensOf = (settings: ScoringSettings, index: number): ScoringSettings => {
    const row = lenses.rows[index];
    if (!hasLenses || row === undefined) return settings;
    const lens = { ...settings.dacLens };
    for (const [offset, criterion] of DAC_CRITERIA.entries()) {
      const cell = row.cells[`lens${offset}`];
      const reading = readDacSources(textOf(cell?.value ?? null));
      if (reading.ok) lens[criterion] = reading.sources;
      else
        problems.push(
          problemAt(
            cell?.address ?? `${table.sheet}!${row.row}:${row.row}`,
            "warning",
            phrase("programme.lensUnusable", { criterion, reason: reading.reason }),
          ),
        );
    }
    return { ...settings, dacLens: lens };
  };
  return new Map(
    typed.rows.map((row, index) => [
      keyOf(row),
      {
        settings: withLensOf(settingsOf(index), index),
        cities: textOf(row.cells.cities?.value ?? null)
          .split(",")
          .map((city) => city.trim())
          .filter((city) => city !== ""),
        respondents: numberOf(row.cells.respondents?.value) ?? 0,
        contested: numberOf(row.cells.contested?.value) ?? 0,
        coverage: numberOf(row.cells.coverage?.value),
      },
    ]),
  );
}

function goalsByPartnership(table: TableData): Map<string, CityGoal[]> {
  const typed = typedTable(table, GOAL_HEADERS);
  const byPartnership = new Map<string, CityGoal[]>();
  if (typed.missing.length > 0) return byPartnership;
  for (const row of typed.rows) {
    const goal = numberOf(row.cells.goal?.value);
    const year = numberOf(row.cells.year?.value);
    const city = textOf(row.cells.city?.value ?? null);
    if (goal === null || year === null || city === "") continue;
    // Bands and trend classes as the workbook's language wrote them, read in any of the three.
    const band = englishLabelOf(textOf(row.cells.band?.value ?? null));
    const trend = englishLabelOf(textOf(row.cells.trend?.value ?? null));
    const entry: CityGoal = {
      city,
      goal,
      year,
      index: numberOf(row.cells.index?.value),
      coverage: numberOf(row.cells.coverage?.value) ?? 0,
      band: BANDS.find((known) => known === band) ?? "No data",
      trend: TREND_CLASSES.find((known) => known === trend) ?? "Insufficient data",
    };
    const key = keyOf(row);
    byPartnership.set(key, [...(byPartnership.get(key) ?? []), entry]);
  }
  // Partnership order, then city and goal, as a partnership's summary has them.
  for (const entries of byPartnership.values()) entries.sort((a, b) => a.goal - b.goal);
  return byPartnership;
}

/**
 * Per partnership, each city's overall SDG trend (from its first row naming a known class); null
 * when the table has no such column (written by an earlier version).
 */
function cityTrendsByPartnership(table: TableData): Map<string, Map<string, TrendClass>> | null {
  const typed = typedTable(table, CITY_TREND_HEADERS);
  if (typed.missing.length > 0) return null;
  const byPartnership = new Map<string, Map<string, TrendClass>>();
  for (const row of typed.rows) {
    const city = textOf(row.cells.city?.value ?? null);
    const text = textOf(row.cells.trend?.value ?? null);
    const trend = TREND_CLASSES.find((known) => known === text);
    if (city === "" || trend === undefined) continue;
    const key = keyOf(row);
    const ofPartnership = byPartnership.get(key) ?? new Map<string, TrendClass>();
    byPartnership.set(key, ofPartnership);
    if (!ofPartnership.has(city)) ofPartnership.set(city, trend);
  }
  return byPartnership;
}

/** null when the table has no indicator-row columns (written by an earlier version). */
function goalRowsByPartnership(table: TableData): Map<string, GoalRows[]> | null {
  const typed = typedTable(table, GOAL_ROWS_HEADERS);
  if (typed.missing.length > 0) return null;
  const byPartnership = new Map<string, GoalRows[]>();
  for (const row of typed.rows) {
    const goal = numberOf(row.cells.goal?.value);
    const city = textOf(row.cells.city?.value ?? null);
    if (goal === null || city === "") continue;
    const entry: GoalRows = {
      city,
      goal,
      rows: numberOf(row.cells.rows?.value) ?? 0,
      withValue: numberOf(row.cells.withValue?.value) ?? 0,
    };
    const key = keyOf(row);
    byPartnership.set(key, [...(byPartnership.get(key) ?? []), entry]);
  }
  return byPartnership;
}

function objectivesByPartnership(
  table: TableData,
  settings: ScoringSettings,
): Map<string, CityObjective[]> {
  const typed = typedTable(table, OBJECTIVE_HEADERS);
  const byPartnership = new Map<string, CityObjective[]>();
  if (typed.missing.length > 0) return byPartnership;
  const ids = catalogue.objectives.map((objective) => objective.id);
  for (const row of typed.rows) {
    const objective = ids.find((id) => id === textOf(row.cells.objective?.value ?? null));
    const city = textOf(row.cells.city?.value ?? null);
    if (objective === undefined || city === "") continue;
    const index = numberOf(row.cells.index?.value);
    const coverage = numberOf(row.cells.coverage?.value) ?? 0;
    const entry: CityObjective = {
      city,
      objective: objective satisfies ObjectiveId,
      year: numberOf(row.cells.year?.value) ?? 0,
      index,
      coverage,
      band: bandOf(index, coverage, settings),
    };
    const key = keyOf(row);
    byPartnership.set(key, [...(byPartnership.get(key) ?? []), entry]);
  }
  return byPartnership;
}

function bandOf(index: number | null, coverage: number, settings: ScoringSettings): IndexBand {
  if (index === null) return "No data";
  const low = isLowCoverage(Math.min(1, Math.max(0, coverage)), settings.coverageThreshold);
  if (!low.ok || low.value) return "Low coverage";
  const band = sdgBand(index, settings.sdgBandLimits);
  return band.ok ? band.value : "No data";
}
