// Which text report to render (renderReport): the scores in one of the report formats, or the
// stakeholder view; with the CSV locale options the CSV formats use. The runner chooses it from
// its flags (src/cli/report/reportFormat.ts), the pane from its Publish menu.

import type { CsvOptions } from "../csv";

export type ReportFormat = "json" | "csv" | "html" | "open-sdg";
export type StakeholdersFormat = "text" | "json" | "csv";

/** The scores in one of the report formats, or (--stakeholders) the stakeholder view. */
export type ReportChoice =
  | { readonly kind: "scores"; readonly format: ReportFormat; readonly csv: CsvOptions }
  | {
      readonly kind: "stakeholders";
      readonly format: StakeholdersFormat;
      readonly csv: CsvOptions;
    };
