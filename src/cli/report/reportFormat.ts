// Which report `c2c report` prints, and the CSV locale options, checked together: exactly one format,
// the delimiter and decimal comma only for the CSV formats, and never a decimal comma with commas
// between the fields. --stakeholders prints the stakeholder view instead of the scores: as text
// by default, or with --json or --csv.

import { csvOptionsProblem, type CsvDelimiter, type CsvOptions } from "../../engine/publish/csv";
import { UsageError } from "../usageError";

export type ReportFormat = "json" | "csv" | "html" | "open-sdg";
export type StakeholdersFormat = "text" | "json" | "csv";

export interface ReportFormatFlags {
  readonly json: boolean;
  readonly csv: boolean;
  readonly html: boolean;
  readonly "open-sdg": boolean;
  readonly stakeholders: boolean;
  readonly delimiter?: string | undefined;
  readonly "decimal-comma": boolean;
}

const DELIMITERS: Readonly<Record<string, CsvDelimiter>> = { ",": ",", ";": ";", tab: "\t", "\t": "\t" };

/** The scores in one of the report formats, or (--stakeholders) the stakeholder view. */
export type ReportChoice =
  | { readonly kind: "scores"; readonly format: ReportFormat; readonly csv: CsvOptions }
  | { readonly kind: "stakeholders"; readonly format: StakeholdersFormat; readonly csv: CsvOptions };

const CHOOSE_ONE = "choose one format: --json or --csv (data), --html (a page to publish) or --open-sdg (Open SDG tidy CSV)";

export function chooseReport(flags: ReportFormatFlags): ReportChoice {
  const formats = (["json", "csv", "html", "open-sdg"] as const).filter((format) => flags[format]);
  const [chosen] = formats;
  if (formats.length > 1) throw new UsageError(CHOOSE_ONE, "report");
  if (flags.stakeholders) {
    if (chosen === "html" || chosen === "open-sdg") {
      throw new UsageError("--stakeholders prints as text, --json or --csv; the --html report has a Stakeholders section of its own", "report");
    }
    return { kind: "stakeholders", format: chosen ?? "text", csv: csvOptions(flags, chosen === "csv") };
  }
  if (chosen === undefined) throw new UsageError(CHOOSE_ONE, "report");
  return { kind: "scores", format: chosen, csv: csvOptions(flags, chosen === "csv" || chosen === "open-sdg") };
}

function csvOptions(flags: ReportFormatFlags, csvFormat: boolean): CsvOptions {
  if (!csvFormat && (flags.delimiter !== undefined || flags["decimal-comma"])) {
    throw new UsageError("--delimiter and --decimal-comma apply to --csv and --open-sdg only", "report");
  }
  const delimiter = flags.delimiter === undefined ? "," : DELIMITERS[flags.delimiter];
  if (delimiter === undefined) throw new UsageError(`--delimiter must be "," or ";" or tab, not "${flags.delimiter ?? ""}"`, "report");
  const csv = { delimiter, decimalComma: flags["decimal-comma"] };
  const problem = csvOptionsProblem(csv);
  if (problem !== null) throw new UsageError(`--decimal-comma: ${problem}`, "report");
  return csv;
}
