// Publish: a scored workbook's results as a text rendering (HTML page, tidy CSV, Open SDG CSV, JSON,
// the stakeholder view) or as the values-only copy of the Scoreboard and the checklist and
// indicator tables. The copy's .xlsx bytes come from a writer the caller passes in, since the
// workbook library belongs to the hosts.

import { CATALOGUE_VERSION } from "../engine/catalogue";
import type { PublicationProvenance } from "../engine/publish/html/reportHtml";
import { renderReport } from "../engine/publish/report/renderReport";
import type { ReportChoice } from "../engine/publish/report/reportChoice";
import type { Language } from "../engine/language";
import { PRODUCT_NAME, PRODUCT_VERSION, type Stamp } from "../engine/templates";
import type { ScoredWorkbook } from "./scoredReading";

/** A text rendering, or the values-only copy of the scoreboard (a workbook). */
export type PublishRequest = ReportChoice | { readonly kind: "values" };

export interface ValuesCopy {
  readonly bytes: Uint8Array;
  /** The copy's sheets, in order. */
  readonly sheetNames: readonly string[];
}

export type ValuesCopyWriter = (scored: ScoredWorkbook, stamp: Stamp) => Promise<ValuesCopy>;

export interface PublishContext {
  /** Where the results come from, as the provenance names it: a file, or the open workbook. */
  readonly source: string;
  readonly now: Date;
  readonly stamp: Stamp;
  readonly valuesCopy: ValuesCopyWriter;
  /** The language of an HTML page (`--lang`); the workbook's own when left out. */
  readonly language?: Language;
}

export type Publication =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "values"; readonly copy: ValuesCopy };

export async function publish(
  scored: ScoredWorkbook,
  request: PublishRequest,
  context: PublishContext,
): Promise<Publication> {
  if (request.kind === "values")
    return { kind: "values", copy: await publishValues(scored, context) };
  return { kind: "text", text: publishText(scored, request, context) };
}

/** A text rendering: `c2c report --html|--csv|--open-sdg|--json|--stakeholders`. */
export function publishText(
  scored: ScoredWorkbook,
  choice: ReportChoice,
  context: Pick<PublishContext, "source" | "now" | "language">,
): string {
  return renderReport(choice, {
    provenance: provenanceOf(context.source, context.now),
    assessment: scored.assessment,
    scores: scored.scores,
    problems: scored.problems,
    ...(context.language === undefined ? {} : { language: context.language }),
  });
}

/** The values-only copy: `c2c report --values`, the pane's Publish → "Values-only workbook". */
export function publishValues(
  scored: ScoredWorkbook,
  context: Pick<PublishContext, "stamp" | "valuesCopy">,
): Promise<ValuesCopy> {
  return context.valuesCopy(scored, context.stamp);
}

/** The provenance every published output carries. */
export function provenanceOf(source: string, now: Date): PublicationProvenance {
  return {
    source,
    product: `${PRODUCT_NAME} ${PRODUCT_VERSION}`,
    catalogueVersion: CATALOGUE_VERSION,
    generatedAt: now.toISOString(),
  };
}
