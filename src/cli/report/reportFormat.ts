// Which report `c2c report` writes, and the CSV locale options, checked together: exactly one format,
// the delimiter and decimal comma only for the CSV formats, and never a decimal comma with commas
// between the fields. --stakeholders prints the stakeholder view instead of the scores: as text
// by default, or with --json or --csv. --values writes the values-only workbook, a binary file, so
// it needs -o.

import { csvOptionsProblem, type CsvDelimiter, type CsvOptions } from "../../engine/publish/csv";
import type { ReportChoice } from "../../engine/publish/report/reportChoice";
import { UsageError } from "../usageError";

/** A text report (renderReport), or the values-only copy of the scoreboard (a workbook). */
export type ReportRequest = ReportChoice | { readonly kind: "values" };

export interface ReportFormatFlags {
  readonly json: boolean;
  readonly csv: boolean;
  readonly html: boolean;
  readonly "open-sdg": boolean;
  readonly values: boolean;
  readonly stakeholders: boolean;
  readonly delimiter?: string | undefined;
  readonly "decimal-comma": boolean;
  readonly output?: string | undefined;
}

const DELIMITERS: Readonly<Record<string, CsvDelimiter>> = {
  ",": ",",
  ";": ";",
  tab: "\t",
  "\t": "\t",
};

export function chooseReport(flags: ReportFormatFlags): ReportRequest {
  const formats = (["json", "csv", "html", "open-sdg", "values"] as const).filter(
    (format) => flags[format],
  );
  const [chosen] = formats;
  if (formats.length > 1) throw new UsageError("usage.reportFormat", {}, "report");
  if (flags.stakeholders) {
    if (chosen === "values") {
      throw new UsageError("usage.stakeholdersValues", {}, "report");
    }
    if (chosen === "html" || chosen === "open-sdg") {
      throw new UsageError("usage.stakeholdersHtml", {}, "report");
    }
    return {
      kind: "stakeholders",
      format: chosen ?? "text",
      csv: csvOptions(flags, chosen === "csv"),
    };
  }
  if (chosen === undefined) throw new UsageError("usage.reportFormat", {}, "report");
  if (chosen === "values") {
    csvOptions(flags, false);
    // A workbook is binary: standard output is for text.
    if (flags.output === undefined) throw new UsageError("usage.valuesOutput", {}, "report");
    return { kind: "values" };
  }
  return {
    kind: "scores",
    format: chosen,
    csv: csvOptions(flags, chosen === "csv" || chosen === "open-sdg"),
  };
}

function csvOptions(flags: ReportFormatFlags, csvFormat: boolean): CsvOptions {
  if (!csvFormat && (flags.delimiter !== undefined || flags["decimal-comma"])) {
    throw new UsageError("usage.reportCsvOnly", {}, "report");
  }
  const delimiter = flags.delimiter === undefined ? "," : DELIMITERS[flags.delimiter];
  if (delimiter === undefined)
    throw new UsageError("usage.delimiter", { value: flags.delimiter ?? "" }, "report");
  const csv = { delimiter, decimalComma: flags["decimal-comma"] };
  // The one refusal csvOptionsProblem gives, in the CLI's words (usage.decimalCommaWithComma).
  if (csvOptionsProblem(csv) !== null)
    throw new UsageError("usage.decimalCommaWithComma", {}, "report");
  return csv;
}
