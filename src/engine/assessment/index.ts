// Scoring a whole assessment (docs/method.md §3–4): the public API of src/engine/assessment.

export { scoreAssessment } from "./scoreAssessment";
export { ScoringInvariantError } from "./invariant";
export { TOP_HIGHLIGHTS } from "./types";
export type * from "./types";
