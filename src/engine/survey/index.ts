// Questionnaires for survey tools: the workbook's checklist as an XLSForm (README, "Answers from
// the field").
import type { CatalogueLanguage } from "../catalogue/texts";
import type { Assessment } from "../model/types";
import { buildXlsform, type XlsForm } from "./xlsform";

export { LISTS } from "./xlsform";
export type { XlsForm } from "./xlsform";
export { XLSFORM_STYLES, xlsformSheets } from "./xlsformSheets";

/**
 * The form for an assessment read from a workbook: its own checklist, cities and group size, in
 * `languages` (the first the form's default), English, French and Spanish if not given.
 */
export function assessmentXlsform(
  assessment: Assessment,
  languages?: readonly CatalogueLanguage[],
): XlsForm {
  return buildXlsform({
    languages,
    partnershipName: assessment.partnership.name,
    cities: assessment.partnership.cities,
    checklist: assessment.checklist,
    minimumGroupSize: assessment.settings.minimumGroupSize,
  });
}
