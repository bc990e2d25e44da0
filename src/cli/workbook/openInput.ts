// Opening an input workbook safely. Every byte goes through the preflight first, and a refusal is a
// sentence for the user; a library's words go only to --debug. A command that only reads a workbook
// opens it with our own reader (no ExcelJS). Parts are inflated by Node's zlib (the pane's web
// streams are the preflight's default). `score` and `import-answers` open it for editing: our
// reader reads it and the package writer saves the copy by editing the package, so every part of
// the user's is kept. The input file itself is only ever read.

import { readFile } from "node:fs/promises";
import type { Phrase } from "../../engine/language/problemTexts";
import type { Problem } from "../../engine/model/types";
import { PackageReadError, UNREADABLE_CONTENTS } from "../../host/xlsx/package/packageReadError";
import type { AdoptedSheet } from "../../host/xlsx/plainSheetRules";
import { preflightPackage, type PreflightedPackage } from "../../host/xlsx/preflight";
import { NODE_INFLATER } from "../../host/xlsx/preflightInflateNode";
import { XlsxPackageReader } from "../../host/xlsx/xlsxPackageReader";
import { PackageWorkbook } from "../../host/ooxml/packageWorkbook";
import { signatureParts } from "../../host/ooxml/packageKind";
import { packageToEdit } from "../../host/ooxml/strictPackage";
import { errorMessage } from "../errorMessage";
import { cliProblem } from "../problems";
import { fileSystemReason, unreadableInput } from "./fileSystemReason";

export type OpenedInput<W> =
  | { readonly ok: true; readonly workbook: W; readonly problems: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * A workbook only read: report, compare, consolidate's and survey's sources. Its problems name it
 * `name` (consolidate's Source, never a path of this machine), by default as `path` was given.
 */
export async function openForReading(
  path: string,
  name: string = path,
): Promise<OpenedInput<XlsxPackageReader>> {
  const checked = await preflighted(path, name);
  if (!checked.ok) return checked;
  let workbook: XlsxPackageReader;
  try {
    workbook = XlsxPackageReader.fromParts(checked.parts, name);
  } catch (error: unknown) {
    return unparseable(name, error);
  }
  return { ok: true, workbook, problems: adoptedProblems(workbook.plainSheets()) };
}

/**
 * A workbook whose copy is saved by editing its package (score, import-answers): read by our reader, written by the
 * package writer. A signed package is warned about, by each signature part: the copy's changes
 * break it.
 */
export async function openForEditing(path: string): Promise<OpenedInput<PackageWorkbook>> {
  const checked = await preflighted(path);
  if (!checked.ok) return checked;
  let workbook: PackageWorkbook;
  let adopted: readonly AdoptedSheet[];
  try {
    workbook = await PackageWorkbook.open(checked.edited(), path);
    adopted = await workbook.adoptPlainSheets();
  } catch (error: unknown) {
    return unparseable(path, error);
  }
  const signatures = signatureParts(checked.parts.keys()).map((part): Problem =>
    cliProblem(path, "input.signed", { part }, "warning"),
  );
  return { ok: true, workbook, problems: [...adoptedProblems(adopted), ...signatures] };
}

type Preflighted =
  | {
      readonly ok: true;
      readonly parts: ReadonlyMap<string, Uint8Array>;
      /** The package the package host edits: a strict one as stored (strictPackage.ts). */
      readonly edited: () => PreflightedPackage;
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

async function preflighted(path: string, name: string = path): Promise<Preflighted> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error: unknown) {
    return unreadable(name, fileSystemReason(error), errorMessage(error));
  }
  const checked = await preflightPackage(bytes, NODE_INFLATER);
  if (!checked.ok) return unreadable(name, checked.reason, checked.detail);
  return { ok: true, parts: checked.parts, edited: () => packageToEdit(checked) };
}

function adoptedProblems(adopted: readonly AdoptedSheet[]): Problem[] {
  return adopted.map((sheet) =>
    cliProblem(
      `${sheet.sheet}!${sheet.range}`,
      "input.plainSheet",
      { table: sheet.table },
      "warning",
    ),
  );
}

/** The package passed the preflight, yet its parts do not make a workbook. */
function unparseable(path: string, error: unknown): { ok: false; problems: Problem[] } {
  return unreadable(
    path,
    UNREADABLE_CONTENTS,
    error instanceof PackageReadError ? error.detail : errorMessage(error),
  );
}

function unreadable(
  path: string,
  reason: string | Phrase,
  cause?: string,
): { ok: false; problems: Problem[] } {
  return { ok: false, problems: [unreadableInput(path, reason, cause)] };
}
