// The demo partnership's action plan: what the partners agreed to do about their weakest principles
// and goals, with owners, due dates and every status of the contract, so the scoreboard's action
// counts and its "stakeholder input addressed" share have something to show.

import type { ActionRow } from "../model/types";

export function sampleActionRows(firstRow: number): ActionRow[] {
  const actions: Omit<ActionRow, "row">[] = [
    {
      id: "A1",
      action: "Draft a resource mobilisation strategy with the national development bank",
      target: "FIN",
      owner: "Sokoni finance department",
      due: "2025-06",
      status: "in progress",
      stakeholderInputAddressed: true,
      evidence: "Terms of reference (sample)",
    },
    {
      id: "A2",
      action: "Publish the partnership's indicator data on both city portals",
      target: "DATA",
      owner: "Lindhaven open data office",
      due: "2025-03",
      status: "done",
      stakeholderInputAddressed: true,
      evidence: "Portal pages live since March 2025 (sample)",
    },
    {
      id: "A3",
      action: "Report back to the youth council how its workshop proposals were used",
      target: "STK",
      owner: "Sokoni mayor's office",
      due: "2025-09",
      status: "planned",
      stakeholderInputAddressed: true,
      evidence: "",
    },
    {
      id: "A4",
      action: "Extend waste collection to the two informal settlements of Sokoni",
      target: "SDG 11",
      owner: "Sokoni environment department",
      due: "2026-12",
      status: "in progress",
      stakeholderInputAddressed: false,
      evidence: "",
    },
    {
      id: "A5",
      action: "Joint digital service catalogue for both administrations",
      target: "DIG",
      owner: "Lindhaven IT department",
      due: "2025-12",
      status: "planned",
      stakeholderInputAddressed: false,
      evidence: "",
    },
    {
      id: "A6",
      action: "Green bond feasibility study",
      target: "FIN",
      owner: "Lindhaven treasury",
      due: "2024-12",
      status: "dropped",
      stakeholderInputAddressed: false,
      evidence: "Dropped: the national framework does not yet allow municipal bonds (sample)",
    },
  ];
  return actions.map((action, index) => ({ ...action, row: firstRow + index }));
}
