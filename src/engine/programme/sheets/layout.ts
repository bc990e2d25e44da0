// Where the programme workbook puts things: its sheets and tables, the Programme sheet's rules cells
// (every formula that needs the coverage threshold or a band limit refers to them), and where each
// goal's and objective's rows lie in the city tables. The city tables are written sorted by goal
// (by objective), so each one's rows are one contiguous slice that MEDIAN and QUARTILE can take
// without array formulas (docs/decisions/0016-programme-sheet-formulas.md).

import { at } from "../../templates/grid";

export const PROGRAMME_SHEET = "Programme";
export const PARTNERSHIPS_SHEET = "Partnerships";
export const GOALS_SHEET = "Goals";
export const OBJECTIVES_SHEET = "Objectives";
export const CITIES_SHEET = "Cities";

export const PROGRAMME_TABLE = "C2C_Programme";
export const PROGRAMME_GOALS_TABLE = "C2C_ProgrammeGoals";
export const PROGRAMME_OBJECTIVES_TABLE = "C2C_ProgrammeObjectives";

/** The header row of the three tables (a title, a note and a banner or blank row above). */
export const TABLE_HEADER_ROW = 4;
export const FIRST_TABLE_ROW = TABLE_HEADER_ROW + 1;

/** The Programme sheet's principle rows: a heading, the header, ten principles and alignment. */
export const PRINCIPLES_HEADER_ROW = 6;
export const FIRST_PRINCIPLE_ROW = PRINCIPLES_HEADER_ROW + 1;

/** The programme rules block, below the principles: one value per row in column C. */
export const RULES_HEADING_ROW = 19;
export const RULES_VALUE_COLUMN = 3;
export const RULE_ROWS = {
  coverageThreshold: RULES_HEADING_ROW + 1,
  principleAdvanced: RULES_HEADING_ROW + 2,
  principleEstablished: RULES_HEADING_ROW + 3,
  principleDeveloping: RULES_HEADING_ROW + 4,
  sdgAchieved: RULES_HEADING_ROW + 5,
  sdgChallengesRemain: RULES_HEADING_ROW + 6,
  sdgSignificantChallenges: RULES_HEADING_ROW + 7,
} as const;

export type ProgrammeRuleCell = keyof typeof RULE_ROWS;

/** The Programme sheet's cell holding a rule, e.g. "C20". */
export function ruleCell(rule: ProgrammeRuleCell): string {
  return at(RULE_ROWS[rule], RULES_VALUE_COLUMN);
}

/** Rows of one goal (objective) in its city table: first and last, inclusive. */
export interface Slice {
  readonly first: number;
  readonly last: number;
}

/** "F12:F20" on the sheet of the slice. */
export function sliceRange(column: string, slice: Slice): string {
  return `${column}${slice.first}:${column}${slice.last}`;
}
