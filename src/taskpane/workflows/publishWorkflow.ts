// Publish: the partnership's results as a file to save or share, built by the app's publish as for
// `c2c report` (HTML page, tidy CSV, Open SDG CSV, JSON), or as a values-only copy of the Scoreboard
// and the checklist and indicator tables — opened as a new workbook inside Excel, a file in the
// preview.

import { publishText, publishValues, type ValuesCopy } from "../../app/publish";
import { DEFAULT_CSV_OPTIONS } from "../../engine/publish/csv";
import { valuesCopyWorkbook } from "../../xlsxWriter/valuesCopyWorkbook";
import { XLSX_MIME_TYPE } from "../../xlsxWriter/valuesWorkbook";
import { publishedFileName } from "./publishNames";
import type { SessionContext } from "./sessionContext";
import type { ProgressReporter, PublishFormat, PublishResult } from "./types";
import { readScoredWorkbook, type ScoredWorkbook } from "./workbookReading";

export async function publish(
  context: SessionContext,
  format: PublishFormat,
  progress: ProgressReporter,
): Promise<PublishResult> {
  progress("Reading and scoring the workbook", 0);
  const scored = await readScoredWorkbook(context.host);
  const name = scored.assessment.partnership.name;
  progress(`Building the ${FORMAT_LABELS[format]}`, 0.5);
  // What `c2c report --values|--html|--csv|--open-sdg|--json` writes for the same workbook.
  if (format === "workbook") {
    const copy = await publishValues(scored, {
      stamp: context.stamp(),
      valuesCopy: valuesCopyWorkbook,
    });
    return valuesWorkbook(context, scored, copy, progress);
  }
  const content = publishText(
    scored,
    { kind: "scores", format, csv: DEFAULT_CSV_OPTIONS },
    { source: sourceOf(context, name), now: context.now() },
  );
  const file = FILES[format];
  progress("Done", 1);
  return {
    kind: "file",
    fileName: publishedFileName(name, file.suffix),
    mimeType: file.mimeType,
    content,
    description: file.description,
  };
}

const FORMAT_LABELS: Readonly<Record<PublishFormat, string>> = {
  workbook: "values-only workbook",
  html: "HTML report",
  csv: "CSV of the scores",
  "open-sdg": "Open SDG CSV",
  json: "JSON of the scores",
};

const FILES: Readonly<
  Record<
    Exclude<PublishFormat, "workbook">,
    { suffix: string; mimeType: string; description: string }
  >
> = {
  html: {
    suffix: "report.html",
    mimeType: "text/html",
    description:
      "One self-contained page to publish: principle radar, SDG bars per city, trends, stakeholders, the method and the provenance. It shows aggregates only.",
  },
  csv: {
    suffix: "scores.csv",
    mimeType: "text/csv",
    description:
      "The scoreboard's numbers as one tidy table, a row per measure (principles, alignment, goal, objective and overall indices, data coverage, actions).",
  },
  "open-sdg": {
    suffix: "open-sdg.csv",
    mimeType: "text/csv",
    description:
      "The SDG numbers in the Open SDG tidy layout (Indicator, Series, Year, City, Units, Value), for an Open SDG reporting platform.",
  },
  json: {
    suffix: "scores.json",
    mimeType: "application/json",
    description:
      "Everything the Scoreboard shows, with provenance and the problems found, under the privacy rule: respondent counts per group instead of names, item numbers only where enough answers back them.",
  },
};

function sourceOf(context: SessionContext, partnershipName: string): string {
  const where =
    context.environment === "excel"
      ? "the workbook open in Excel"
      : "the task pane's browser preview";
  return partnershipName === "" ? where : `${partnershipName} (${where})`;
}

async function valuesWorkbook(
  context: SessionContext,
  scored: ScoredWorkbook,
  { bytes, sheetNames }: ValuesCopy,
  progress: ProgressReporter,
): Promise<PublishResult> {
  const sheetList = sheetNames.join(", ");
  const description = `A copy with values only (no formulas) for people without the add-in: ${sheetList}. Respondents' own answers are left out, and so are the numbers of items fewer than ${scored.scores.settings.minimumGroupSize} people answered.`;
  if (context.environment === "excel" && context.openWorkbook !== undefined) {
    progress("Opening the copy as a new workbook", 0.8);
    await context.openWorkbook(base64Of(bytes));
    progress("Done", 1);
    return { kind: "opened-workbook", description };
  }
  progress("Done", 1);
  return {
    kind: "file",
    fileName: publishedFileName(scored.assessment.partnership.name, "values.xlsx"),
    mimeType: XLSX_MIME_TYPE,
    content: bytes,
    description,
  };
}

// btoa takes a "binary string"; built in chunks, since spreading a large array into one call
// overflows the stack.
export function base64Of(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  let binary = "";
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary);
}
