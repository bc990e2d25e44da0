// The first half of every command that takes a workbook: open the file (the runner's part: bytes
// through the preflight, by our own reader) and read and score it as every host does (src/app). Problems in
// the data come back as warnings (the workbook is still scored); an unreadable file or one with
// neither a checklist nor an indicator table comes back as errors, and the command stops with
// exit code 2.

import { readScored as readScoredWorkbook, type ScoredWorkbook } from "../../app/scoredReading";
import type { Problem } from "../../engine/model/types";
import type { XlsxPackageReader } from "../../host/xlsx/xlsxPackageReader";
import type { PackageWorkbook } from "../../host/ooxml/packageWorkbook";
import type { WorkbookReader } from "../../host/workbookHost";
import { openForEditing, openForReading, type OpenedInput } from "./openInput";

export type ScoredInput<W> =
  | ({
      readonly ok: true;
      readonly workbook: W;
    } & ScoredWorkbook)
  /** Warnings from opening, reading and scoring, in that order. */
  | { readonly ok: false; readonly problems: readonly Problem[] };

export interface ReadOptions {
  /** The workbook's copy will be saved by editing its package (score). */
  readonly forWriting: boolean;
}

export async function readScored(
  path: string,
  options: ReadOptions & { readonly forWriting: true },
): Promise<ScoredInput<PackageWorkbook>>;
export async function readScored(
  path: string,
  options: ReadOptions & { readonly forWriting: false },
): Promise<ScoredInput<XlsxPackageReader>>;
export async function readScored(
  path: string,
  options: ReadOptions,
): Promise<ScoredInput<PackageWorkbook | XlsxPackageReader>> {
  const opened: OpenedInput<PackageWorkbook | XlsxPackageReader> = options.forWriting
    ? await openForEditing(path)
    : await openForReading(path);
  if (!opened.ok) return opened;
  return scoredInput(opened.workbook, opened.problems);
}

export async function scoredInput<W extends WorkbookReader>(
  workbook: W,
  opening: readonly Problem[],
): Promise<ScoredInput<W>> {
  const scored = await readScoredWorkbook(workbook);
  const problems = [...opening, ...scored.problems];
  if (!scored.ok) return { ok: false, problems };
  return { ...scored, workbook, problems };
}
