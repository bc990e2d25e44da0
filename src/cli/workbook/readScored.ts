// The first half of every command that takes a workbook: open the file (the runner's part: bytes,
// and the parts ExcelJS would drop) and read and score it as every host does (src/app). Problems in
// the data come back as warnings (the workbook is still scored); an unreadable file or one with
// neither a checklist nor an indicator table comes back as errors, and the command stops with
// exit code 2.

import { readScored as readScoredWorkbook, type ScoredWorkbook } from "../../app/scoredReading";
import type { Problem } from "../../engine/model/types";
import type { XlsxPackageReader } from "../../host/xlsx/xlsxPackageReader";
import type { XlsxWorkbook } from "../../host/xlsx/xlsxWorkbook";
import type { WorkbookReader } from "../../host/workbookHost";
import { openForReading, openForWriting, type OpenedInput } from "./openInput";

export type ScoredInput<W> =
  | ({
      readonly ok: true;
      readonly workbook: W;
    } & ScoredWorkbook)
  /** Warnings from opening, reading and scoring, in that order. */
  | { readonly ok: false; readonly problems: readonly Problem[] };

export interface ReadOptions {
  /** The workbook will be written back (score): parts ExcelJS would drop are refused unless forced. */
  readonly forWriting: boolean;
  readonly force: boolean;
}

export async function readScored(
  path: string,
  options: ReadOptions & { readonly forWriting: true },
): Promise<ScoredInput<XlsxWorkbook>>;
export async function readScored(
  path: string,
  options: ReadOptions & { readonly forWriting: false },
): Promise<ScoredInput<XlsxPackageReader>>;
export async function readScored(
  path: string,
  options: ReadOptions,
): Promise<ScoredInput<XlsxWorkbook | XlsxPackageReader>> {
  const opened: OpenedInput<XlsxWorkbook | XlsxPackageReader> = options.forWriting
    ? await openForWriting(path, { force: options.force })
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
