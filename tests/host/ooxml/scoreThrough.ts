// A fixture scored as `c2c score` scores it (preflight, our reader, the app's scoring and
// writeScores), written through a given writer: today's ExcelJS host, or the package writer once it
// opens existing packages. The stamp is fixed so two runs write the same.

import { englishText } from "../../../src/engine/language/problemTexts";
import { readScored } from "../../../src/app/scoredReading";
import { writeScores } from "../../../src/app/writeScores";
import type { WorkbookHost } from "../../../src/host/workbookHost";
import { preflightPackage, type PreflightedPackage } from "../../../src/host/xlsx/preflight";
import { XlsxPackageReader } from "../../../src/host/xlsx/xlsxPackageReader";
import { XlsxWorkbook } from "../../support/exceljsHost/xlsxWorkbook";

export interface ScoringHost extends WorkbookHost {
  toBytes(): Promise<Uint8Array>;
}

export type OpenHost<H extends ScoringHost = ScoringHost> = (
  bytes: Uint8Array,
  parts: ReadonlyMap<string, Uint8Array>,
) => Promise<H>;

export const EXCELJS_HOST: OpenHost = (bytes, parts) => XlsxWorkbook.fromBytes(bytes, parts);

/** The fixture as the preflight passes it (as the package host opens it). */
export async function preflighted(bytes: Uint8Array): Promise<PreflightedPackage> {
  const checked = await preflightPackage(bytes);
  if (!checked.ok)
    throw new Error(`the fixture fails the preflight: ${englishText(checked.reason)}`);
  return checked;
}

export async function preflightedParts(
  bytes: Uint8Array,
): Promise<ReadonlyMap<string, Uint8Array>> {
  return (await preflighted(bytes)).parts;
}

/** Our reader over a fixture, as every read-only command opens it. */
export async function readerOf(bytes: Uint8Array): Promise<XlsxPackageReader> {
  return XlsxPackageReader.fromParts(await preflightedParts(bytes));
}

export async function scoreThrough<H extends ScoringHost>(
  open: OpenHost<H>,
  bytes: Uint8Array,
): Promise<{ output: Uint8Array; host: H }> {
  const parts = await preflightedParts(bytes);
  const host = await open(bytes, parts);
  const scored = await readScored(host);
  if (!scored.ok)
    throw new Error(
      `the fixture does not score: ${scored.problems.map((problem) => problem.message).join("; ")}`,
    );
  await writeScores(host, scored, {
    dialect: "portable",
    stamp: { generatedOn: "2026-12-03" },
    previous: "none",
  });
  return { output: await host.toBytes(), host };
}
