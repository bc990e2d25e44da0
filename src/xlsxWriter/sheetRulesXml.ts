// The rules a generated sheet carries besides its cells: list validations, conditional formats
// (their looks as differential formats in styles.xml), sheet protection and print settings, as
// the xlsx host's ExcelJS path wrote them.

import { formatRange, parseRange } from "../engine/plan/address";
import type {
  ConditionalFormatPlan,
  DataValidationPlan,
  PlanScalar,
  PrintPlan,
} from "../engine/plan/types";
import { xmlText } from "../engine/sheetValues";
import type { StylesBuilder } from "./stylesBuilder";

function normalisedRange(range: string, absolute = false): string {
  const bounds = parseRange(range);
  if (bounds === undefined) throw new RangeError(`"${range}" is not a range`);
  return formatRange(bounds, absolute);
}

export function dataValidationsXml(validations: readonly DataValidationPlan[]): string {
  if (validations.length === 0) return "";
  const items = validations.map((validation) => {
    const source =
      "values" in validation.list
        ? `"${validation.list.values.join(",")}"`
        : normalisedRange(validation.list.range, true);
    const attributes = [
      'type="list"',
      validation.allowBlank ? 'allowBlank="1"' : "",
      validation.prompt === undefined ? "" : 'showInputMessage="1"',
      validation.error === undefined ? "" : 'showErrorMessage="1" errorStyle="stop"',
      validation.error === undefined
        ? ""
        : `errorTitle="${xmlText(validation.error.title)}" error="${xmlText(validation.error.text)}"`,
      validation.prompt === undefined
        ? ""
        : `promptTitle="${xmlText(validation.prompt.title)}" prompt="${xmlText(validation.prompt.text)}"`,
      `sqref="${normalisedRange(validation.range)}"`,
    ].filter((attribute) => attribute !== "");
    return `<dataValidation ${attributes.join(" ")}><formula1>${xmlText(source)}</formula1></dataValidation>`;
  });
  return `<dataValidations count="${items.length}">${items.join("")}</dataValidations>`;
}

export function conditionalFormatsXml(
  formats: readonly ConditionalFormatPlan[],
  styles: StylesBuilder,
): string {
  return formats
    .map((format, formatIndex) => {
      const rules = format.rules.map((rule, ruleIndex) => {
        // Priorities are unique across the sheet, in plan order: the first rule that matches wins.
        const priority = formatIndex * 100 + ruleIndex + 1;
        const dxfId = styles.differential(rule.highlight);
        return rule.kind === "cell-equals"
          ? `<cfRule type="cellIs" dxfId="${dxfId}" priority="${priority}" operator="equal"><formula>${xmlText(criterionText(rule.value))}</formula></cfRule>`
          : `<cfRule type="expression" dxfId="${dxfId}" priority="${priority}"><formula>${xmlText(rule.formula.slice(1))}</formula></cfRule>`;
      });
      return `<conditionalFormatting sqref="${xmlText(format.range)}">${rules.join("")}</conditionalFormatting>`;
    })
    .join("");
}

function criterionText(value: Exclude<PlanScalar, null | boolean>): string {
  return typeof value === "number" ? String(value) : `"${value.replace(/"/g, '""')}"`;
}

/**
 * Protected without a password: protection guards against slips, not people (README, "The workbook
 * contract"). Selecting cells stays allowed and so does resizing columns (formatColumns="0").
 */
export const SHEET_PROTECTION_XML = '<sheetProtection sheet="1" formatColumns="0"/>';

// Excel's default margins, in inches, which a pageSetup comes with.
const PAGE_MARGINS =
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';

export function pageSetupXml(print: PrintPlan | undefined): string {
  if (print === undefined) return PAGE_MARGINS;
  const fit = print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : "";
  return `${PAGE_MARGINS}<pageSetup orientation="${print.orientation}"${fit}/>`;
}
