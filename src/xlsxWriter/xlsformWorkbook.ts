// The questionnaire for survey tools as .xlsx bytes: the workbook's checklist as an XLSForm
// (engine/survey: the form as data, then as its survey, choices and settings sheets) written with
// the values writer, which runs in the browser too. One function, so `c2c survey --xlsform` and the
// pane's Create → "Questionnaire for survey tools" write the same file.

import type { CatalogueLanguage } from "../engine/catalogue/texts";
import type { Assessment } from "../engine/model/types";
import { assessmentXlsform, XLSFORM_STYLES, xlsformSheets, type XlsForm } from "../engine/survey";
import { valuesWorkbookBytes } from "./valuesWorkbook";

export interface XlsformWorkbook {
  readonly form: XlsForm;
  readonly bytes: Uint8Array;
}

/** The form of `assessment` in `languages` (the first the form's default; all three if not given). */
export async function xlsformWorkbook(
  assessment: Assessment,
  languages?: readonly CatalogueLanguage[],
): Promise<XlsformWorkbook> {
  const form = assessmentXlsform(assessment, languages);
  return { form, bytes: await valuesWorkbookBytes(xlsformSheets(form), XLSFORM_STYLES) };
}
