// How figures spread, as formulas over one range with the values the engine computed for them:
// mean, count, and median, quartiles (QUARTILE, which is QUARTILE.INC in every spreadsheet program),
// minimum and maximum. Every formula leaves its cell empty when the range has no number, as the
// engine's null is shown.

import { BLANK, call, eq, ifThen, num, type Expr } from "../../formula/expr";
import { at } from "../../templates/grid";
import { shown, type TemplateCell } from "../../templates/sheetTemplate";
import type { StyleId } from "../../templates/styles";
import type { Distribution } from "../distribution";
import type { ProgrammeTextKey } from "../texts";

/** `call` unless the range holds no number. */
function guarded(range: Expr, figure: Expr): Expr {
  return ifThen(eq(call("COUNT", range), num(0)), BLANK, figure);
}

export function meanCell(
  row: number,
  column: number,
  range: Expr,
  distribution: Distribution,
  style: StyleId,
): TemplateCell {
  return {
    address: at(row, column),
    value: shown(distribution.mean),
    style,
    expr: guarded(range, call("AVERAGE", range)),
  };
}

export function countCell(row: number, column: number, range: Expr, count: number): TemplateCell {
  return {
    address: at(row, column),
    value: count,
    style: "computedWhole",
    expr: call("COUNT", range),
  };
}

/** Median, lower quartile, upper quartile, minimum and maximum in five columns from `column`. */
export function spreadCells(
  row: number,
  column: number,
  range: Expr,
  distribution: Distribution,
  style: StyleId,
): TemplateCell[] {
  const figures: readonly (readonly [number | null, Expr])[] = [
    [distribution.median, call("MEDIAN", range)],
    [distribution.lowerQuartile, call("QUARTILE", range, num(1))],
    [distribution.upperQuartile, call("QUARTILE", range, num(3))],
    [distribution.minimum, call("MIN", range)],
    [distribution.maximum, call("MAX", range)],
  ];
  return figures.map(([value, figure], index): TemplateCell => ({
    address: at(row, column + index),
    value: shown(value),
    style,
    expr: guarded(range, figure),
  }));
}

/** The spread's headers, as keys of the programme's texts. */
export const SPREAD_HEADERS = [
  "header.median",
  "header.lowerQuartile",
  "header.upperQuartile",
  "header.minimum",
  "header.maximum",
] as const satisfies readonly ProgrammeTextKey[];
