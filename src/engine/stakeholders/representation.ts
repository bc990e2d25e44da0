// The representation check (OECD report, stakeholder engagement: "stakeholder mapping"): how many
// respondents each stakeholder group of the workbook contract has, and which groups have none.

import { STAKEHOLDER_GROUPS, type Respondent } from "../model/types";
import type { Representation } from "./types";

export function representation(respondents: readonly Respondent[]): Representation {
  const groups = STAKEHOLDER_GROUPS.map((group) => ({
    group,
    respondents: respondents.filter((respondent) => respondent.group === group).length,
  }));
  return {
    groups,
    missing: groups.filter((entry) => entry.respondents === 0).map((entry) => entry.group),
    withoutGroup: respondents.filter((respondent) => respondent.group === null).length,
    respondents: respondents.length,
  };
}
