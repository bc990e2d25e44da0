// Opening an input workbook safely. ExcelJS drops parts it does not model (charts, pivot tables,
// macros…) when it writes a workbook back, so before a workbook is written back the package is
// inspected and such a workbook is refused, every part named, unless --force (then each becomes a
// warning). Parts on the Scoreboard are not losses: the runner rebuilds that sheet, charts
// included. The input file itself is only ever read. Every byte goes through the preflight first,
// and a refusal is a sentence for the user; a library's words go only to --debug.

import { readFile } from "node:fs/promises";
import { SHEETS } from "../../engine/model/contract";
import type { Problem } from "../../engine/model/types";
import { sameName } from "../../engine/plan/names";
import { inspectPackageBytes, type PackageFinding } from "../../host/xlsx/inspectPackage";
import { preflightPackage } from "../../host/xlsx/preflight";
import { XlsxWorkbook } from "../../host/xlsx/xlsxWorkbook";
import { errorMessage } from "../errorMessage";

export type OpenedInput =
  | { readonly ok: true; readonly workbook: XlsxWorkbook; readonly problems: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

export interface OpenOptions {
  /** Look for parts ExcelJS would drop: only when the workbook is written back. */
  readonly checkLosses: boolean;
  readonly force: boolean;
}

export async function openInput(path: string, options: OpenOptions): Promise<OpenedInput> {
  let bytes: Uint8Array;
  let workbook: XlsxWorkbook;
  try {
    bytes = await readFile(path);
  } catch (error: unknown) {
    return unreadable(path, errorMessage(error));
  }
  const checked = await preflightPackage(bytes);
  if (!checked.ok) return unreadable(path, checked.reason, checked.detail);
  bytes = checked.bytes;
  try {
    workbook = await XlsxWorkbook.fromBytes(bytes);
  } catch (error: unknown) {
    return unreadable(path, UNPARSEABLE, errorMessage(error));
  }
  const adopted = workbook.adoptPlainSheets().map((sheet): Problem => ({
    address: `${sheet.sheet}!${sheet.range}`,
    message: `a plain sheet with the headers of ${sheet.table}, read as that table (the scored copy holds it as the Excel table ${sheet.table})`,
    severity: "warning",
  }));
  if (!options.checkLosses) return { ok: true, workbook, problems: adopted };

  const rebuilt = (await workbook.listSheets()).filter(
    (sheet) => sheet.owned && sameName(sheet.name, SHEETS.scoreboard),
  );
  const findings = (await inspectPackageBytes(bytes)).findings;
  const losses = findings.filter(
    (finding) =>
      finding.sheet === undefined ||
      !rebuilt.some((sheet) => sameName(sheet.name, finding.sheet ?? "")),
  );
  const problems = [
    ...adopted,
    ...losses.map((finding) => lossProblem(path, finding, options.force)),
  ];
  if (options.force || losses.length === 0) return { ok: true, workbook, problems };
  return {
    ok: false,
    problems: [
      ...problems,
      {
        address: path,
        message:
          "refused: the scored copy would lose the parts listed above; use --force to write it without them",
        severity: "error",
      },
    ],
  };
}

function lossProblem(path: string, finding: PackageFinding, force: boolean): Problem {
  const where =
    finding.sheet === undefined ? finding.part : `sheet "${finding.sheet}", ${finding.part}`;
  return {
    address: path,
    message: `${where}: ${finding.description}, ${force ? "left out of the output (--force)" : "would be left out of the output"}`,
    severity: force ? "warning" : "error",
  };
}

/** The package passed the preflight, yet ExcelJS could not make a workbook of it. */
const UNPARSEABLE =
  "its contents are not laid out as an .xlsx workbook holds them (damaged, or written by a program this one cannot follow): open it in Excel or LibreOffice and save it again as an Excel workbook (.xlsx)";

function unreadable(path: string, reason: string, cause?: string): OpenedInput {
  return {
    ok: false,
    problems: [
      {
        address: path,
        message: `cannot be read: ${reason}`,
        severity: "error",
        ...(cause === undefined ? {} : { cause }),
      },
    ],
  };
}
