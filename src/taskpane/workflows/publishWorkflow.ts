// Publish: the partnership's results as a file to save or share, built by the app's publish as for
// `c2c report` (HTML page, tidy CSV, Open SDG CSV, JSON), or as a values-only copy of the Scoreboard
// and the checklist and indicator tables — opened as a new workbook inside Excel, a file in the
// preview.

import { publishText, publishValues, type ValuesCopy } from "../../app/publish";
import { DEFAULT_CSV_OPTIONS } from "../../engine/publish/csv";
import { valuesCopyWorkbook } from "../../xlsxWriter/valuesCopyWorkbook";
import { XLSX_MIME_TYPE } from "../../xlsxWriter/valuesWorkbook";
import { publishedFileName } from "./publishNames";
import { PANE_CATALOGUE, type PaneTextKey } from "../texts/paneTexts";
import type { SessionContext } from "./sessionContext";
import type { ProgressReporter, PublishFormat, PublishResult } from "./types";
import { readScoredWorkbook, type ScoredWorkbook } from "./workbookReading";

export async function publish(
  context: SessionContext,
  format: PublishFormat,
  progress: ProgressReporter,
): Promise<PublishResult> {
  const { t } = context.texts();
  progress(t("progress.readingAndScoring"), 0);
  const scored = await readScoredWorkbook(context);
  const name = scored.assessment.partnership.name;
  progress(t(BUILDING[format]), 0.5);
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
    { source: sourceOf(context, scored), now: context.now() },
  );
  const file = FILES[format];
  progress(t("progress.done"), 1);
  return {
    kind: "file",
    fileName: publishedFileName(name, file.suffix),
    mimeType: file.mimeType,
    content,
    description: t(file.description),
  };
}

const BUILDING: Readonly<Record<PublishFormat, PaneTextKey>> = {
  workbook: "progress.buildingWorkbook",
  html: "progress.buildingHtml",
  csv: "progress.buildingCsv",
  "open-sdg": "progress.buildingOpenSdg",
  json: "progress.buildingJson",
};

const FILES: Readonly<
  Record<
    Exclude<PublishFormat, "workbook">,
    { suffix: string; mimeType: string; description: PaneTextKey }
  >
> = {
  html: {
    suffix: "report.html",
    mimeType: "text/html",
    description: "publish.describeHtml",
  },
  csv: {
    suffix: "scores.csv",
    mimeType: "text/csv",
    description: "publish.describeCsv",
  },
  "open-sdg": {
    suffix: "open-sdg.csv",
    mimeType: "text/csv",
    description: "publish.describeOpenSdg",
  },
  json: {
    suffix: "scores.json",
    mimeType: "application/json",
    description: "publish.describeJson",
  },
};

/**
 * Where the published results come from, as their provenance names it: in the workbook's language,
 * like the rest of what is published from it (the pane's language may be another).
 */
function sourceOf(context: SessionContext, scored: ScoredWorkbook): string {
  const language = scored.assessment.language ?? "en";
  const where = PANE_CATALOGUE.text(
    language,
    context.environment === "excel" ? "publish.sourceExcel" : "publish.sourcePreview",
  );
  const name = scored.assessment.partnership.name;
  return name === "" ? where : `${name} (${where})`;
}

async function valuesWorkbook(
  context: SessionContext,
  scored: ScoredWorkbook,
  { bytes, sheetNames }: ValuesCopy,
  progress: ProgressReporter,
): Promise<PublishResult> {
  const sheetList = sheetNames.join(", ");
  const { t } = context.texts();
  const description = t("publish.describeWorkbook", {
    sheets: sheetList,
    minimum: scored.scores.settings.minimumGroupSize,
  });
  if (context.environment === "excel" && context.openWorkbook !== undefined) {
    progress(t("progress.openingCopy"), 0.8);
    await context.openWorkbook(base64Of(bytes));
    progress(t("progress.done"), 1);
    return { kind: "opened-workbook", description };
  }
  progress(t("progress.done"), 1);
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
