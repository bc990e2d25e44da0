// The stakeholder view (docs/method.md, "engage stakeholders, ownership": stakeholder register,
// representation check, per-group scores): who answered, how each group rates the principles, which
// items divide the respondents, and how much of the action plan addresses stakeholder input —
// under the privacy rule of settings.minimumGroupSize, with notes that say what was merged or left
// out and why.

import type { AssessmentScores } from "../assessment";
import type { Assessment } from "../model/types";
import { contestedItems } from "./contestedItems";
import { groupPools } from "./groupPools";
import { groupScores } from "./groupScores";
import { representation as representationOf } from "./representation";
import type { StakeholderView } from "./types";
import { stakeholderNoteText, type StakeholderNote } from "./notes";

export function stakeholderView(assessment: Assessment, scores: AssessmentScores): StakeholderView {
  const minimumGroupSize = scores.settings.minimumGroupSize;
  const representation = representationOf(assessment.respondents);
  const pools = groupPools(assessment.respondents, minimumGroupSize);
  const contested = contestedItems(assessment, scores);
  const actions = scores.actions;
  const notices: StakeholderNote[] = [
    ...(representation.respondents === 0 ? [{ kind: "no-respondents" } as const] : []),
    ...(representation.respondents > 0 && representation.missing.length > 0
      ? [{ kind: "missing-groups", groups: representation.missing } as const]
      : []),
    ...pools.notes,
    ...(contested.withheld === 0
      ? []
      : [
          {
            kind: "contested-withheld",
            count: contested.withheld,
            minimum: minimumGroupSize,
          } as const,
        ]),
  ];
  return {
    representation,
    groups: pools.shown.map((pool) => groupScores(assessment, scores, pool)),
    contested: contested.listed,
    actionsAddressingInput: {
      addressed: actions.stakeholderInputAddressed,
      answered: actions.stakeholderInputAnswered,
      share: actions.stakeholderInputShare,
    },
    minimumGroupSize,
    notices,
    notes: notices.map((notice) => stakeholderNoteText(notice)),
  };
}
