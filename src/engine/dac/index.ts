// The DAC criteria lens (framework.md §5): the rule (lens), the scores (criteria) and their labels.

export {
  CATALOGUE_DAC_LENS,
  DAC_CRITERIA,
  dacCriterionName,
  dacLensProblems,
  formatDacSources,
  readDacSources,
  type DacLens,
  type DacSource,
  type DacSourcesReading,
} from "./lens";
export {
  dacCriteria,
  partnershipSdgIndex,
  type DacCriterionResult,
  type DacInputs,
  type DacSourceScore,
} from "./criteria";
export { DAC_LABELS } from "./labels";
