// `c2c report --stakeholders --json`: the stakeholder view as the engine computed it (counts and
// group scores only, under the privacy rule), with the run's provenance and the rule in words.

import type { Partnership } from "../../model/types";
import { privacyRule } from "../privacyRule";
import type { StakeholderView } from "../../stakeholders";
import type { ReportProvenance } from "./reportJson";

export function stakeholdersJson(
  provenance: ReportProvenance,
  partnership: Partnership,
  view: StakeholderView,
): string {
  const report = {
    ...provenance,
    partnership,
    privacy: { minimumGroupSize: view.minimumGroupSize, rule: privacyRule(view.minimumGroupSize) },
    stakeholders: view,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
