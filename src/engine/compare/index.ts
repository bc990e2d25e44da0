// Peer comparison (docs/method.md §5, peer-to-peer learning): the public API of src/engine/compare.

export { compareCities } from "./compareCities";
export {
  comparePartnerships,
  partnershipIndex,
  PARTNERSHIP_SDG_INDEX_NOTE,
  type PartnershipFigures,
  type PartnershipComparisonOptions,
} from "./comparePartnerships";
export {
  programmeUnitsFromTable,
  PROGRAMME_ROUNDING_NOTE,
  type ProgrammeUnits,
} from "./programmeUnits";
export { percentileRanks, PEER_STATISTICS_MINIMUM } from "./percentiles";
export { isWeak, type BandSettings } from "./buildComparison";
export { MINIMUM_UNITS, MAXIMUM_UNITS } from "./unitCount";
export type * from "./types";
export { comparisonText, learningLine } from "./comparisonText";
export { comparisonCsv, COMPARISON_CSV_COLUMNS } from "./comparisonCsv";
