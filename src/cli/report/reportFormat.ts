// Which report `c2c report` prints, and the CSV locale options, checked together: exactly one format,
// the delimiter and decimal comma only for the CSV formats, and never a decimal comma with commas
// between the fields.

import { csvOptionsProblem, type CsvDelimiter, type CsvOptions } from "../../engine/publish/csv";
import { UsageError } from "../usageError";

export type ReportFormat = "json" | "csv" | "html" | "open-sdg";

export interface ReportFormatFlags {
  readonly json: boolean;
  readonly csv: boolean;
  readonly html: boolean;
  readonly "open-sdg": boolean;
  readonly delimiter?: string | undefined;
  readonly "decimal-comma": boolean;
}

const DELIMITERS: Readonly<Record<string, CsvDelimiter>> = { ",": ",", ";": ";", tab: "\t", "\t": "\t" };

export interface ReportChoice {
  readonly format: ReportFormat;
  readonly csv: CsvOptions;
}

export function chooseReport(flags: ReportFormatFlags): ReportChoice {
  const formats = (["json", "csv", "html", "open-sdg"] as const).filter((format) => flags[format]);
  const [format] = formats;
  if (format === undefined || formats.length > 1) throw new UsageError("choose one format: --json or --csv (data), --html (a page to publish) or --open-sdg (Open SDG tidy CSV)", "report");
  const csvFormat = format === "csv" || format === "open-sdg";
  if (!csvFormat && (flags.delimiter !== undefined || flags["decimal-comma"])) {
    throw new UsageError("--delimiter and --decimal-comma apply to --csv and --open-sdg only", "report");
  }
  const delimiter = flags.delimiter === undefined ? "," : DELIMITERS[flags.delimiter];
  if (delimiter === undefined) throw new UsageError(`--delimiter must be "," or ";" or tab, not "${flags.delimiter ?? ""}"`, "report");
  const csv = { delimiter, decimalComma: flags["decimal-comma"] };
  const problem = csvOptionsProblem(csv);
  if (problem !== null) throw new UsageError(`--decimal-comma: ${problem}`, "report");
  return { format, csv };
}
