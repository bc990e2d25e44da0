// The scoring engine's public API (docs/method.md §3–4). Pure functions of numbers and cells; every
// one returns a Result instead of throwing on user data.

export { indicatorScore, distanceToEnd } from "./indicatorScore";
export { baselineValue, type YearValue } from "./baseline";
export { resolveEndValue } from "./endValue";
export { peerWorstValue, baselineWorstValue, type UnitValue, type PeerWorst } from "./worstValue";
export { goalIndex, overallIndex, isLowCoverage, type GoalIndex } from "./goalIndex";
export { bandedIndex, type BandedIndex, type IndexBand } from "./bandedIndex";
export { itemScore } from "./itemScore";
export {
  answerSpread,
  answerStandardDeviation,
  answerConsensus,
  isContested,
} from "./answerAgreement";
export { principleScore, type PrincipleScore } from "./principleScore";
export { alignment, toHundred } from "./alignment";
export { sdgBand, principleBand, type SdgBand, type PrincipleBand } from "./bands";
export { distanceClosed } from "./distanceClosed";
export { trend, type Trend, type TrendClass, type YearScore } from "./trend";
export { standardisedDistance } from "./standardisedDistance";
