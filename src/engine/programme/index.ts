// Consolidation of many partnerships into a programme view (`c2c consolidate`, the demo programme).

export { summarisePartnership } from "./summarise";
export { consolidate, type Consolidation, type ConsolidateOptions } from "./consolidate";
export { programmeMismatches } from "./consistency";
export { programmeRules } from "./programmeRules";
export { programmeLanguage } from "./programmeLanguage";
export { ENGLISH_PROGRAMME_TEXTS } from "./texts";
export {
  dacAcrossPartnerships,
  type DacAcrossPartnerships,
  type DacCriterionAcrossProgramme,
  type DacPartnershipInput,
  type PartnershipDacScore,
} from "./dacAcrossPartnerships";
export { distributionOf, inclusiveQuantile, sharesOf, type Distribution } from "./distribution";
export { PRINCIPLE_BANDS, SDG_BANDS, TREND_CLASSES } from "./labels";
export {
  programmePlan,
  PROGRAMME_SHEET,
  PARTNERSHIPS_SHEET,
  CITIES_SHEET,
  GOALS_SHEET,
  OBJECTIVES_SHEET,
  PROGRAMME_TABLE,
  PROGRAMME_GOALS_TABLE,
  PROGRAMME_OBJECTIVES_TABLE,
  GOAL_TABLE_COLUMNS,
  OBJECTIVE_TABLE_COLUMNS,
  NO_AVERAGE_LABEL,
  PROGRAMME_LANGUAGE_SETTING,
  type ProgrammePlanOptions,
} from "./programmePlan";
export type * from "./types";
