// The indicator component across the programme: per goal, per EC objective and for the overall SDG
// index, how the cities' latest indices spread — mean, its band, the cities counted, median,
// quartiles, minimum, maximum — over the *Counted index* slice of C2C_ProgrammeGoals
// (C2C_ProgrammeObjectives), i.e. the cities whose coverage meets the threshold; then the cities
// counted apart (low coverage), those without a value, and the goal's data coverage. The overall SDG
// index is taken over the Cities sheet's SDG index column.

import { call, ref, sub, type Expr } from "../../formula/expr";
import type { ConditionalFormatPlan } from "../../plan/types";
import { sdgBand } from "../../scoring";
import type { SdgBandLimits } from "../../settings";
import { at, span } from "../../templates/grid";
import { bandLabelFormat, type Block } from "../../templates/scoreboard/block";
import { shown, type TemplateCell } from "../../templates/sheetTemplate";
import { SDG_BAND_COLOURS } from "../../templates/styles";
import type { Distribution } from "../distribution";
import type { ProgrammeTextKey, ProgrammeWords } from "../texts";
import type { Programme } from "../types";
import { sdgBandFormula } from "./bandFormulas";
import { CITY_SDG_INDEX_COLUMN } from "./citiesSheet";
import { GOAL_COLUMNS, OBJECTIVE_COLUMNS } from "./cityTables";
import {
  CITIES_SHEET,
  GOALS_SHEET,
  OBJECTIVES_SHEET,
  PROGRAMME_SHEET,
  sliceRange,
  type Slice,
} from "./layout";
import { countCell, meanCell, SPREAD_HEADERS, spreadCells } from "./spreadCells";

/** The headers after the first (Goal or Objective), as keys of the programme's texts. */
const INDEX_HEADERS: readonly ProgrammeTextKey[] = [
  "header.name",
  "header.mean100",
  "header.band",
  "header.citiesCounted",
  ...SPREAD_HEADERS,
  "header.lowCoverage",
  "header.noData",
  "header.dataCoverage",
];

interface IndexRow {
  readonly id: string | number;
  readonly name: string;
  readonly distribution: Distribution;
  /** The counted indices, and the indices and the cities they are among, when the figures are formulas. */
  readonly ranges: { readonly counted: Expr; readonly indices: Expr; readonly all: Expr } | null;
  /** null where it does not apply (the overall index has no threshold). */
  readonly lowCoverage: number | null;
  readonly noData: number;
  readonly dataCoverage: number | null;
}

export interface IndexSources {
  readonly goalSlices: ReadonlyMap<number, Slice>;
  readonly objectiveSlices: ReadonlyMap<string, Slice>;
  /** The Cities sheet's rows (first > last without cities). */
  readonly cityRows: Slice;
}

export function indicesBlock(
  programme: Programme,
  sources: IndexSources,
  firstRow: number,
  words: ProgrammeWords,
): Block {
  const goalRows = programme.goals.map((goal): IndexRow => {
    const slice = sources.goalSlices.get(goal.goal);
    return {
      id: goal.goal,
      name: words.templates.catalogue("goalNames", String(goal.goal), goal.name),
      distribution: goal.distribution,
      ranges: slice === undefined ? null : sliceRanges(GOALS_SHEET, GOAL_COLUMNS, slice),
      lowCoverage: goal.lowCoverageCities,
      noData: goal.noDataCities,
      dataCoverage: goal.dataCoverage,
    };
  });
  const objectiveRows = programme.objectives.map((objective): IndexRow => {
    const slice = sources.objectiveSlices.get(objective.objective);
    return {
      id: objective.objective,
      name: words.templates.catalogue("objectiveNames", objective.objective, objective.name),
      distribution: objective.distribution,
      ranges: slice === undefined ? null : sliceRanges(OBJECTIVES_SHEET, OBJECTIVE_COLUMNS, slice),
      lowCoverage: objective.lowCoverageCities,
      noData: objective.noDataCities,
      dataCoverage: null,
    };
  });
  const { cityRows } = sources;
  const overallRange = ref(CITIES_SHEET, sliceRange(CITY_SDG_INDEX_COLUMN, cityRows));
  const overallRow: IndexRow = {
    id: "SDG",
    name: words.text("indices.overall"),
    distribution: programme.overall.distribution,
    ranges:
      cityRows.last < cityRows.first
        ? null
        : { counted: overallRange, indices: overallRange, all: overallRange },
    lowCoverage: null,
    noData: programme.overall.noDataCities,
    dataCoverage: null,
  };

  const limits = programme.settings.sdgBandLimits;
  const cells: TemplateCell[] = [];
  const formats: ConditionalFormatPlan[] = [];
  let row = firstRow;
  const section = (
    heading: ProgrammeTextKey,
    firstHeader: ProgrammeTextKey,
    entries: readonly IndexRow[],
  ): void => {
    cells.push(
      { address: at(row, 1), value: words.text(heading), style: "sectionHeading" },
      ...[firstHeader, ...INDEX_HEADERS].map((header, index): TemplateCell => ({
        address: at(row + 1, index + 1),
        value: words.text(header),
        style: "header",
      })),
    );
    const first = row + 2;
    entries.forEach((entry, index) =>
      cells.push(...indexCells(first + index, entry, limits, words)),
    );
    formats.push(
      bandLabelFormat(
        span(first, 4, first + entries.length - 1, 4),
        SDG_BAND_COLOURS,
        words.templates,
      ),
    );
    row = first + entries.length + 1;
  };
  section("indices.goalsHeading", "header.goal", goalRows);
  section("indices.objectivesHeading", "header.objective", [...objectiveRows, overallRow]);
  return { cells, conditionalFormats: formats, charts: [], nextRow: row };
}

function sliceRanges(
  sheet: string,
  columns: { readonly index: string; readonly counted: string },
  slice: Slice,
): { counted: Expr; indices: Expr; all: Expr } {
  const indices = ref(sheet, sliceRange(columns.index, slice));
  return { counted: ref(sheet, sliceRange(columns.counted, slice)), indices, all: indices };
}

function indexCells(
  row: number,
  entry: IndexRow,
  limits: SdgBandLimits,
  words: ProgrammeWords,
): TemplateCell[] {
  const mean = entry.distribution.mean;
  const band = mean === null ? null : sdgBand(mean, limits);
  const cells: TemplateCell[] = [
    { address: at(row, 1), value: entry.id, style: "label" },
    { address: at(row, 2), value: entry.name, style: "label" },
    {
      address: at(row, 4),
      value: words.templates.label(band?.ok === true ? band.value : "No data"),
      style: "computedText",
      expr: sdgBandFormula(ref(PROGRAMME_SHEET, at(row, 3)), words),
    },
    {
      address: at(row, 13),
      value: shown(entry.dataCoverage),
      style: "computedPercent",
    },
  ];
  const { ranges } = entry;
  if (ranges === null) {
    // Nothing to refer to: no city has rows for it.
    cells.push(
      { address: at(row, 3), value: "", style: "computedHundred" },
      { address: at(row, 5), value: 0, style: "computedWhole" },
      ...[6, 7, 8, 9, 10].map((column): TemplateCell => ({
        address: at(row, column),
        value: "",
        style: "computedHundred",
      })),
      { address: at(row, 11), value: shown(entry.lowCoverage), style: "computedWhole" },
      { address: at(row, 12), value: entry.noData, style: "computedWhole" },
    );
    return cells;
  }
  cells.push(
    meanCell(row, 3, ranges.counted, entry.distribution, "computedHundred"),
    countCell(row, 5, ranges.counted, entry.distribution.count),
    ...spreadCells(row, 6, ranges.counted, entry.distribution, "computedHundred"),
    entry.lowCoverage === null
      ? { address: at(row, 11), value: "", style: "computedWhole" }
      : {
          address: at(row, 11),
          value: entry.lowCoverage,
          style: "computedWhole",
          expr: sub(call("COUNT", ranges.indices), call("COUNT", ranges.counted)),
        },
    {
      address: at(row, 12),
      value: entry.noData,
      style: "computedWhole",
      expr: sub(call("ROWS", ranges.all), call("COUNT", ranges.indices)),
    },
  );
  return cells;
}
