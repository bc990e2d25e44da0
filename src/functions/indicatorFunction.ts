// INDICATOR(code, field): one field of a catalogue indicator, for each code. Lets a workbook show
// where an end or worst value comes from without copying the catalogue into it.

import { findIndicator } from "../engine/catalogue";
import type { EndValue, IndicatorDefinition, ValueBasis } from "../engine/catalogue/types";
import { isCellError } from "../engine/cells";
import { readText } from "./arguments";
import { mapCells } from "./cellwise";
import { invalidValue, propagatedError, type ExcelMatrix, type ExcelScalar } from "./runtime";

const FIELDS = {
  name: (indicator) => indicator.name,
  goal: (indicator) => indicator.goal,
  target: (indicator) => indicator.target,
  unit: (indicator) => indicator.unit,
  polarity: (indicator) => indicator.polarity,
  end: (indicator) => endValueText(indicator.end),
  worst: (indicator) => indicator.worst,
  basis: (indicator) =>
    `end: ${basisText(indicator.endBasis)}; worst: ${basisText(indicator.worstBasis)}`,
  objective: (indicator) => indicator.objective,
  list: (indicator) => indicator.list,
} as const satisfies Record<string, (indicator: IndicatorDefinition) => number | string>;

type FieldName = keyof typeof FIELDS;

export const INDICATOR_FIELDS = Object.keys(FIELDS) as readonly FieldName[];

function isFieldName(text: string): text is FieldName {
  return Object.prototype.hasOwnProperty.call(FIELDS, text);
}

export function indicatorCells(code: unknown, field: unknown): ExcelMatrix {
  const args = [
    { name: "code", raw: code },
    { name: "field", raw: field },
  ] as const;
  return mapCells(args, (codeCell, fieldCell): ExcelScalar => {
    if (isCellError(codeCell))
      return propagatedError(
        codeCell.errorCode,
        `code: the cell holds the error ${codeCell.errorCode}`,
      );
    if (isCellError(fieldCell))
      return propagatedError(
        fieldCell.errorCode,
        `field: the cell holds the error ${fieldCell.errorCode}`,
      );
    const codeText = readText(codeCell);
    if (codeText === undefined) return "";
    const fieldText = readText(fieldCell)?.toLowerCase();
    if (fieldText === undefined || !isFieldName(fieldText)) {
      return invalidValue(
        `unknown field ${JSON.stringify(readText(fieldCell) ?? "")}: use one of ${INDICATOR_FIELDS.join(", ")}`,
      );
    }
    const definition = findIndicator(codeText);
    if (definition === undefined)
      return invalidValue(
        `unknown indicator code ${JSON.stringify(codeText)}: it is not in the catalogue`,
      );
    return FIELDS[fieldText](definition);
  });
}

/** A relative end value reads as the formula users apply to their baseline, e.g. "0.5 × baseline". */
function endValueText(end: EndValue): number | string {
  return end.kind === "absolute" ? end.value : `${end.factor} × baseline`;
}

function basisText(basis: ValueBasis): string {
  return basis.source === undefined ? basis.kind : `${basis.kind} (${basis.source})`;
}
