// `c2c report --stakeholders`: the stakeholder view as text for a terminal — representation, scores
// by stakeholder group, contested items with their answer counts, the share of actions addressing
// stakeholder input, and the notes that say what the privacy rule merged or left out.

import { catalogue } from "../../catalogue";
import { privacyRule } from "../privacyRule";
import { memberLabel, type GroupScores, type StakeholderView } from "../../stakeholders";
import { fivePoint } from "../html/numbers";
import { textTable } from "./textTable";

function groupHeading(entry: GroupScores): string {
  return entry.group === "merged"
    ? `merged: ${entry.members.map((member) => memberLabel(member)).join(", ")} (${entry.respondents})`
    : `${entry.group} (${entry.respondents})`;
}

function representationText(view: StakeholderView): string {
  const { representation } = view;
  const rows = [
    ["group", "respondents", ""],
    ...representation.groups.map((entry) => [
      entry.group,
      String(entry.respondents),
      entry.respondents === 0 ? "missing" : "",
    ]),
    ...(representation.withoutGroup > 0
      ? [["without a group", String(representation.withoutGroup), ""]]
      : []),
    ["all respondents", String(representation.respondents), ""],
  ];
  // The last column is mostly empty: no padding left at the ends of the lines.
  const table = textTable(rows)
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n");
  return `Representation\n${table}`;
}

function groupsText(view: StakeholderView): string {
  if (view.groups.length === 0)
    return `Scores by stakeholder group: none (no group has the ${view.minimumGroupSize} respondents needed)\n`;
  const rows = [
    ["principle", ...view.groups.map(groupHeading)],
    ...catalogue.principles.map((principle, index) => [
      principle.id,
      ...view.groups.map((entry) => {
        const scored = entry.principles[index];
        return scored?.band === null || scored === undefined
          ? fivePoint(scored?.score ?? null)
          : `${fivePoint(scored.score)} ${scored.band}`;
      }),
    ]),
    ["alignment", ...view.groups.map((entry) => fivePoint(entry.alignment))],
  ];
  return `Scores by stakeholder group (1–5)\n${textTable(rows)}`;
}

function contestedText(view: StakeholderView): string {
  if (view.contested.length === 0) return "Contested items: none listed\n";
  const rows = [
    ["item", "score", "spread", "1", "2", "3", "4", "5", "text"],
    ...view.contested.map((entry) => [
      entry.itemId,
      fivePoint(entry.score),
      String(entry.spread),
      ...entry.answerCounts.map(String),
      entry.item,
    ]),
  ];
  return `Contested items (how many gave each answer)\n${textTable(rows)}`;
}

function actionsText(view: StakeholderView): string {
  const { addressed, answered, share } = view.actionsAddressingInput;
  if (share === null) return "Actions addressing stakeholder input: no action marked y or n\n";
  return `Actions addressing stakeholder input: ${addressed} of ${answered} marked y or n (${Math.round(share * 100)} %)\n`;
}

export function stakeholdersText(partnershipName: string, view: StakeholderView): string {
  return [
    `Stakeholders of ${partnershipName}\n${privacyRule(view.minimumGroupSize)}\n`,
    representationText(view),
    groupsText(view),
    contestedText(view),
    actionsText(view),
    view.notes.length === 0 ? "" : `Notes\n${view.notes.map((note) => `- ${note}\n`).join("")}`,
  ]
    .filter((part) => part !== "")
    .join("\n");
}
