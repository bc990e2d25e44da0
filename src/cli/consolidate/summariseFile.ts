// One partnership's workbook file → its summary for the programme, and every problem met on the way
// (the preflight's, the reader's, the scoring's): what the main thread or a worker does per file.
// Plain data both ways, so a worker can send it back by structured clone.

import { summariseWorkbook } from "../../app/consolidate";
import type { Problem } from "../../engine/model/types";
import type { PartnershipSummary } from "../../engine/programme";
import { openForReading } from "../workbook/openInput";
import type { InputFile } from "./inputFiles";

export interface FileSummary {
  /** null when the workbook cannot be consolidated (its problems say why). */
  readonly summary: PartnershipSummary | null;
  readonly problems: readonly Problem[];
}

export async function summariseFile(file: InputFile): Promise<FileSummary> {
  const opened = await openForReading(file.path, file.source);
  if (!opened.ok) return { summary: null, problems: opened.problems };
  const read = await summariseWorkbook(file.source, opened.workbook);
  return {
    summary: read.ok ? read.summary : null,
    problems: [...opened.problems, ...read.problems],
  };
}
