// Compare, the reading half shared by the pane and the runner: one workbook gives either the
// partnerships of a programme (its C2C_Programme table, written by consolidate) or the partner
// cities of one partnership (scored). Choosing the units and wording refusals stay with each host's
// adapter, since the pane picks by name and the runner also by position.

import type { BandSettings } from "../engine/compare";
import type { ProgrammeUnits } from "../engine/compare/programmeUnits";
import { programmeUnitsFromTable } from "../engine/compare";
import { phrase, problemAt, type ProblemCode } from "../engine/language/problemTexts";
import type { Problem } from "../engine/model/types";
import { PROGRAMME_GOALS_TABLE, PROGRAMME_TABLE } from "../engine/programme";
import { findTable } from "../engine/read";
import { DEFAULT_SETTINGS, settingsProblems, type ScoringSettings } from "../engine/settings";
import { STAMP_KEYS } from "../host/stamp";
import type { WorkbookReader } from "../host/workbookHost";
import { readScored, type ScoredReading } from "./scoredReading";

export type ComparableWorkbook =
  | { readonly kind: "programme"; readonly units: ProgrammeUnits }
  | { readonly kind: "partnership"; readonly scored: ScoredReading };

/** A programme workbook when it holds C2C_Programme, else one partnership's cities. */
export async function readComparable(host: WorkbookReader): Promise<ComparableWorkbook> {
  const tables = await host.readTables([PROGRAMME_TABLE, PROGRAMME_GOALS_TABLE]);
  const table = findTable(tables, PROGRAMME_TABLE);
  if (table !== null)
    return {
      kind: "programme",
      units: programmeUnitsFromTable(table, findTable(tables, PROGRAMME_GOALS_TABLE)),
    };
  return { kind: "partnership", scored: await readScored(host) };
}

export interface StampedBandLimits {
  readonly settings: BandSettings;
  readonly problems: readonly Problem[];
}

// A programme workbook is stamped with the settings it was consolidated with; its bands are the
// comparison's. A workbook without a readable stamp is banded with the framework's defaults.
export async function stampedBandLimits(
  host: WorkbookReader,
  source: string,
): Promise<StampedBandLimits> {
  const stamp = (await host.readAddinData())[STAMP_KEYS.settings];
  const fallback = (why: ProblemCode): StampedBandLimits => ({
    settings: DEFAULT_SETTINGS,
    problems: [
      problemAt(source, "warning", phrase("stamp.defaultBandLimits", { reason: phrase(why) })),
    ],
  });
  if (stamp === undefined) return fallback("stamp.missing");
  let parsed: unknown;
  try {
    parsed = JSON.parse(stamp);
  } catch {
    return fallback("stamp.unreadable");
  }
  const stamped =
    typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : {};
  const principle = stamped["principleBandLimits"];
  const sdg = stamped["sdgBandLimits"];
  if (
    !isLimits<ScoringSettings["principleBandLimits"]>(principle, [
      "developing",
      "established",
      "advanced",
    ]) ||
    !isLimits<ScoringSettings["sdgBandLimits"]>(sdg, [
      "significantChallenges",
      "challengesRemain",
      "achieved",
    ])
  ) {
    return fallback("stamp.noBandLimits");
  }
  const candidate: ScoringSettings = {
    ...DEFAULT_SETTINGS,
    principleBandLimits: principle,
    sdgBandLimits: sdg,
  };
  if (settingsProblems(candidate).length > 0) return fallback("stamp.unusableBandLimits");
  return { settings: candidate, problems: [] };
}

function isLimits<T>(value: unknown, keys: readonly (keyof T & string)[]): value is T {
  return (
    typeof value === "object" &&
    value !== null &&
    keys.every((key) => typeof (value as Record<string, unknown>)[key] === "number")
  );
}
