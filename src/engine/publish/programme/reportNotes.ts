// What a programme workbook read back cannot give (readBack's `missing`, English sentences kept as
// the JSON's notes have always had them), in the report's language.

import { headerIn, type Language } from "../../language";
import { MISSING_DATA_COVERAGE, MISSING_OVERALL_TRENDS } from "../../programme/readBack";
import { programmeReportTexts } from "./texts";

/** The note in the language; a note the report has no words for, as given. */
export function reportNote(language: Language, note: string): string {
  if (note === MISSING_OVERALL_TRENDS)
    return programmeReportTexts.text(language, "notes.missingOverallTrends");
  if (note === MISSING_DATA_COVERAGE)
    return programmeReportTexts.text(language, "notes.missingDataCoverage", {
      rows: headerIn(language, "Indicator rows"),
      withValue: headerIn(language, "Rows with a value"),
    });
  return note;
}
