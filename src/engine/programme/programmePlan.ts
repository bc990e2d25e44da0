// The programme workbook (`c2c consolidate`, the demo's programme.xlsx): the Programme sheet (both
// components' distributions, rules, band and trend shares, charts), Partnerships (C2C_Programme,
// the partnerships × principles heat map), Cities (the cities × goals heat map), Goals
// (C2C_ProgrammeGoals and the scatter of goal indices) and Objectives (C2C_ProgrammeObjectives).
// Every figure on the Programme and Cities sheets is a formula over the tables with the engine's
// value cached, so a coordinator who corrects a row sees the figures follow. Same styles and band
// colours as the templates.

import type { WorkbookPlan } from "../plan/types";
import { STYLES } from "../templates/styles";
import type { Stamp } from "../templates/provenance";
import { citiesSheet } from "./sheets/citiesSheet";
import { cityTables } from "./sheets/cityTables";
import { partnershipsSheet } from "./sheets/partnershipsSheet";
import { programmeSheet } from "./sheets/programmeSheet";
import type { Language } from "../language";
import { programmeWords } from "./texts";
import type { Programme } from "./types";

export {
  CITIES_SHEET,
  GOALS_SHEET,
  OBJECTIVES_SHEET,
  PARTNERSHIPS_SHEET,
  PROGRAMME_GOALS_TABLE,
  PROGRAMME_OBJECTIVES_TABLE,
  PROGRAMME_SHEET,
  PROGRAMME_TABLE,
} from "./sheets/layout";
export { NO_AVERAGE_LABEL } from "./sheets/principlesBlock";
export { GOAL_TABLE_COLUMNS, OBJECTIVE_TABLE_COLUMNS } from "./sheets/cityTables";

/** The add-in setting that records the programme workbook's language, for its report. */
export const PROGRAMME_LANGUAGE_SETTING = "programmeLanguage";

export interface ProgrammePlanOptions {
  readonly stamp: Stamp;
  /** Shows the SAMPLE DATA banner (the demo). */
  readonly sampleData: boolean;
  /** The language of the workbook's words (English when not given). */
  readonly language?: Language;
}

export function programmePlan(programme: Programme, options: ProgrammePlanOptions): WorkbookPlan {
  const language = options.language ?? "en";
  const words = programmeWords(language);
  const tables = cityTables(programme, options.sampleData, words);
  const cities = citiesSheet(programme, tables.goalRowOf, options.sampleData, words);
  const sources = {
    goalSlices: tables.goalSlices,
    objectiveSlices: tables.objectiveSlices,
    cityRows: { first: cities.first, last: cities.last },
  };
  return {
    styles: { ...STYLES },
    sheets: [
      programmeSheet(programme, sources, options, words),
      partnershipsSheet(programme, options.sampleData, words),
      cities.sheet,
      tables.goalsSheet,
      tables.objectivesSheet,
    ],
    names: [],
    settings: { [PROGRAMME_LANGUAGE_SETTING]: language },
  };
}
