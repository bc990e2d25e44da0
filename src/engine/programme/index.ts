// Consolidation of many partnerships into a programme view (`c2c consolidate`, the demo programme).

export { summarisePartnership } from "./summarise";
export { consolidate, type Consolidation, type ConsolidateOptions } from "./consolidate";
export { programmeMismatches } from "./consistency";
export type * from "./types";
