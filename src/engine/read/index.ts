// Reading a workbook's tables back into the domain (README, "The workbook contract"): the public
// API of src/engine/read. Hosts read the tables; these functions make an Assessment of them.

export { readAssessment, type AssessmentReading } from "./readAssessment";
export { readSettings } from "./readSettings";
export { readPartnership } from "./readPartnership";
export { ProblemList } from "./problemList";
export { findTable, type TableMap } from "./tables";
