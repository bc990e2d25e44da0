// The action plan in numbers (docs/method.md §5, transparency and accountability): actions by status,
// and the share of actions that address stakeholder input among those that say y or n.

import { ACTION_STATUSES, type ActionRow, type ActionStatus } from "../model/types";
import type { ActionSummary } from "./types";

export function actionSummary(actions: readonly ActionRow[]): ActionSummary {
  const byStatus = Object.fromEntries(
    ACTION_STATUSES.map((status) => [
      status,
      actions.filter((action) => action.status === status).length,
    ]),
  ) as Record<ActionStatus, number>;
  const answered = actions.filter((action) => action.stakeholderInputAddressed !== null);
  const addressed = answered.filter((action) => action.stakeholderInputAddressed === true).length;
  return {
    total: actions.length,
    byStatus,
    noStatus: actions.filter((action) => action.status === null).length,
    stakeholderInputAddressed: addressed,
    stakeholderInputAnswered: answered.length,
    stakeholderInputShare: answered.length === 0 ? null : addressed / answered.length,
  };
}
