// The scoring engine's public API (framework.md §3–4). Pure functions of numbers and cells; every
// one returns a Result instead of throwing on user data.

export { indicatorScore, distanceToEnd } from "./indicatorScore";
export { baselineValue, type YearValue } from "./baseline";
export { resolveEndValue } from "./endValue";
export { peerWorstValue, baselineWorstValue, type UnitValue, type PeerWorst } from "./worstValue";
