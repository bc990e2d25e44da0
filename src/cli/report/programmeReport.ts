// `c2c report programme.xlsx`: a programme workbook's report — the page, --json or --csv of both
// components across the programme (src/engine/publish/programme). The partnership-only formats
// (--open-sdg, --stakeholders, --values) are refused in one sentence.

import type { Language } from "../../engine/language";
import type { ProgrammeReadBack } from "../../engine/programme/readBack";
import { programmeCsv } from "../../engine/publish/programme/programmeCsv";
import { programmeHtml } from "../../engine/publish/programme/programmeHtml";
import { programmeJson } from "../../engine/publish/programme/programmeJson";
import { PRODUCT_NAME, PRODUCT_VERSION } from "../../engine/templates/product";
import type { ReportRequest } from "./reportFormat";

/** The report, or why there is none: a CLI text naming the file as {source}, in the CLI's language. */
export type ProgrammeReportText =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly refusal: "report.programmeFormats" | "report.programmeEmpty" };

export function programmeReport(
  read: ProgrammeReadBack,
  request: ReportRequest,
  source: string,
  now: Date,
  /** `--lang`; the workbook's own language when not given. */
  language: Language | undefined,
): ProgrammeReportText {
  if (request.kind !== "scores" || request.format === "open-sdg")
    return { ok: false, refusal: "report.programmeFormats" };
  if (read.programme === null) return { ok: false, refusal: "report.programmeEmpty" };
  const input = {
    programme: read.programme,
    source,
    product: `${PRODUCT_NAME} ${PRODUCT_VERSION}`,
    generatedAt: now.toISOString(),
    notes: read.missing,
    problems: read.problems,
    overallTrends: read.overallTrends,
    language: language ?? read.language,
  };
  if (request.format === "json") return { ok: true, text: programmeJson(input) };
  if (request.format === "csv")
    return {
      ok: true,
      text: programmeCsv(read.programme, request.csv, read.overallTrends, input.language),
    };
  return { ok: true, text: programmeHtml(input) };
}
