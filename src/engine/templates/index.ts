// Templates as data, compiled to workbook plans (docs/decisions/0001-one-engine-three-hosts.md).

export {
  newAssessment,
  newAssessmentPlan,
  type NewAssessmentOptions,
  type NewRespondent,
} from "./newAssessment";
export { assessmentWorkbookPlan, placeRows } from "./assessmentWorkbook";
export { scoredWorkbookPlan } from "./scoredWorkbook";
export { resolveRelativeEnds } from "./relativeEnds";
export {
  layoutFromTables,
  layoutFromTablePlans,
  type WorkbookLayout,
  type TableLayout,
  type TableKey,
} from "./layout";
export { PRODUCT_NAME, PRODUCT_VERSION } from "./product";
export { provenanceLine, provenanceLines, todayStamp, type Stamp } from "./provenance";
export { STYLES, SDG_BAND_COLOURS, PRINCIPLE_BAND_COLOURS } from "./styles";
export { TemplateError } from "./templateError";
