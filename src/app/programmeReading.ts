// A programme workbook (written by consolidate) recognised by its C2C_Programme table and read back
// into the programme model, with the settings, list and catalogue version it was stamped with; the
// report renders it (src/cli/commands/reportCommand.ts). One read of the tables for all three.

import { languageOfTag } from "../engine/language";
import { phrase, problemAt, type ProblemCode } from "../engine/language/problemTexts";
import type { Problem } from "../engine/model/types";
import {
  PROGRAMME_GOALS_TABLE,
  PROGRAMME_LANGUAGE_SETTING,
  PROGRAMME_OBJECTIVES_TABLE,
  PROGRAMME_TABLE,
} from "../engine/programme";
import { programmeFromTables, type ProgrammeReadBack } from "../engine/programme/readBack";
import { findTable } from "../engine/read";
import { DEFAULT_SETTINGS, settingsProblems, type ScoringSettings } from "../engine/settings";
import { STAMP_KEYS } from "../host/stamp";
import type { WorkbookReader } from "../host/workbookHost";

/** null when the workbook has no C2C_Programme table (it is a partnership's). */
export async function readProgramme(
  host: WorkbookReader,
  source: string,
): Promise<ProgrammeReadBack | null> {
  const tables = await host.readTables([
    PROGRAMME_TABLE,
    PROGRAMME_GOALS_TABLE,
    PROGRAMME_OBJECTIVES_TABLE,
  ]);
  const programme = findTable(tables, PROGRAMME_TABLE);
  if (programme === null) return null;
  const stamp = await host.readAddinData();
  const { settings, problems } = stampedSettings(stamp[STAMP_KEYS.settings], source);
  const read = programmeFromTables(
    {
      programme,
      goals: findTable(tables, PROGRAMME_GOALS_TABLE),
      objectives: findTable(tables, PROGRAMME_OBJECTIVES_TABLE),
    },
    {
      settings,
      list: stamp[STAMP_KEYS.list] === "long" ? "long" : "simplified",
      worstValueMode: settings.worstValueMode,
      catalogueVersion: stamp[STAMP_KEYS.catalogueVersion] ?? null,
      language: languageOfTag(stamp[PROGRAMME_LANGUAGE_SETTING]) ?? "en",
    },
  );
  return { ...read, problems: [...problems, ...read.problems] };
}

function stampedSettings(
  stamp: string | undefined,
  source: string,
): { settings: ScoringSettings; problems: Problem[] } {
  const fallback = (why: ProblemCode) => ({
    settings: DEFAULT_SETTINGS,
    problems: [
      problemAt(source, "warning", phrase("stamp.defaultSettings", { reason: phrase(why) })),
    ],
  });
  if (stamp === undefined) return fallback("stamp.missing");
  let parsed: unknown;
  try {
    parsed = JSON.parse(stamp);
  } catch {
    return fallback("stamp.unreadable");
  }
  if (typeof parsed !== "object" || parsed === null) return fallback("stamp.unreadable");
  const settings = { ...DEFAULT_SETTINGS, ...(parsed as Partial<ScoringSettings>) };
  if (settingsProblems(settings).length > 0) return fallback("stamp.unusableSettings");
  return { settings, problems: [] };
}
