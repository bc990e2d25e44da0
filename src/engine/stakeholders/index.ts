// The stakeholder view: the public API of src/engine/stakeholders.

export { stakeholderView } from "./stakeholderView";
export { representation } from "./representation";
export { memberLabel } from "./wording";
export { stakeholderNoteText, type MemberCount, type StakeholderNote } from "./notes";
export type * from "./types";
