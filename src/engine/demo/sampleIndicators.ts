// Indicator rows of the demo partnership: every indicator of a list × the partner cities × the years,
// with values drawn on the 0–100 score scale (a starting level per city plus a yearly change per
// indicator) and turned back into the indicator's own unit, so the data behave like real series:
// some indicators already at their end value, some improving, a few getting worse, and gaps where a
// city has no data (the coverage the scoreboard reports).

import { indicatorsInList, type IndicatorDefinition, type ListId } from "../catalogue";
import type { IndicatorRow } from "../model/types";
import { SAMPLE_SOURCE } from "./sampleLabel";
import type { RandomSource } from "./seededRandom";

export interface SampleCity {
  readonly name: string;
  /** Typical starting score (0–100) of the city's indicators. */
  readonly startLevel: number;
  /** Typical yearly change of a score, in points. */
  readonly yearlyChange: number;
  /** Indicator ids the city has no data for in any year. */
  readonly missingIndicators: readonly string[];
  /** Indicator ids the city began reporting only in its last year. */
  readonly lateIndicators: readonly string[];
}

export interface SampleIndicatorOptions {
  readonly list: ListId;
  readonly cities: readonly SampleCity[];
  readonly years: readonly number[];
  /** Share of the remaining cells left blank at random. */
  readonly gapShare: number;
  /** The sheet row of the first data row (the header is the row above). */
  readonly firstRow: number;
}

export function sampleIndicatorRows(options: SampleIndicatorOptions, random: RandomSource): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  const definitions = indicatorsInList(options.list);
  const lastYear = options.years[options.years.length - 1];
  for (const definition of definitions) {
    for (const city of options.cities) {
      const series = sampleSeries(definition, city, options.years, random);
      const baseline = series[0];
      const end = endValue(definition, baseline);
      // Whether a city's series is disaggregated is a property of its data source, the same every year.
      const disaggregated = isPopulationShare(definition) ? random.chance(0.4) : null;
      for (const [index, year] of options.years.entries()) {
        const missing =
          city.missingIndicators.includes(definition.id) ||
          (city.lateIndicators.includes(definition.id) && year !== lastYear) ||
          random.chance(options.gapShare);
        rows.push({
          code: definition.id,
          indicator: definition.name,
          goal: definition.goal,
          city: city.name,
          year,
          value: missing ? null : (series[index] ?? null),
          worst: definition.worst,
          end,
          unit: definition.unit,
          source: SAMPLE_SOURCE,
          disaggregated,
          objective: definition.objective,
          row: options.firstRow + rows.length,
        });
      }
    }
  }
  return rows;
}

/** The city's values of one indicator, one per year, in the indicator's unit and rounding. */
function sampleSeries(definition: IndicatorDefinition, city: SampleCity, years: readonly number[], random: RandomSource): number[] {
  if (definition.end.kind === "relative-to-baseline") return relativeSeries(definition, city, years, random);
  const end = definition.end.value;
  const start = clampScore(city.startLevel + random.noise(35));
  // Most series improve; about one in six gets worse, as real panels do.
  const change = random.chance(1 / 6) ? -Math.abs(random.noise(4)) - 0.5 : city.yearlyChange + random.noise(3);
  return years.map((_, index) => {
    const score = clampScore(start + change * index + random.noise(2));
    return roundToUnit(definition, definition.worst + (score / 100) * (end - definition.worst));
  });
}

// "Halve the baseline" (SDG 1.2): the series starts at a level between the worst value and zero and
// falls a few per cent a year, so the end value (half the first value) is in sight but not reached.
function relativeSeries(definition: IndicatorDefinition, city: SampleCity, years: readonly number[], random: RandomSource): number[] {
  const start = definition.worst * (1 - clampScore(city.startLevel + random.noise(20)) / 100);
  const yearlyFall = 0.04 + random.next() * 0.06;
  return years.map((_, index) => roundToUnit(definition, start * (1 - yearlyFall) ** index));
}

function endValue(definition: IndicatorDefinition, baseline: number | undefined): number | null {
  if (definition.end.kind === "absolute") return definition.end.value;
  return baseline === undefined ? null : roundToUnit(definition, definition.end.factor * baseline);
}

function roundToUnit(definition: IndicatorDefinition, value: number): number {
  switch (definition.unit) {
    // The 0/50/100 scales of the catalogue (no, partly, regularly) take only those three values.
    case "score":
      return Math.round(value / 50) * 50;
    case "count":
    case "per 100 000":
      return Math.round(value);
    case "ratio":
      return Math.round(value * 100) / 100;
    default:
      return Math.round(value * 10) / 10;
  }
}

function isPopulationShare(definition: IndicatorDefinition): boolean {
  return definition.unit === "%" && /population|youth|individuals|women/i.test(definition.name);
}

function clampScore(score: number): number {
  return Math.min(100, Math.max(0, score));
}
