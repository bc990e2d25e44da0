// `c2c report --stakeholders`: the stakeholder view as text for a terminal — representation, scores
// by stakeholder group, contested items with their answer counts, the share of actions addressing
// stakeholder input, and the notes that say what the privacy rule merged or left out — in the
// report's language (`--lang`, else the workbook's own), as the HTML page.

import { catalogue } from "../../catalogue";
import { labelIn, tokenIn, type Language } from "../../language";
import {
  memberLabel,
  stakeholderNoteText,
  type GroupScores,
  type StakeholderView,
} from "../../stakeholders";
import { numbersIn, type ReportNumbers } from "../html/numbers";
import { privacyRule } from "../privacyRule";
import { reportText, type ReportText } from "../texts";
import { textTable } from "./textTable";

interface Words {
  readonly language: Language;
  readonly t: ReportText;
  readonly n: ReportNumbers;
}

function groupHeading(entry: GroupScores, { language, t }: Words): string {
  return entry.group === "merged"
    ? t("textMerged", {
        members: entry.members.map((member) => memberLabel(member, language)).join(", "),
        count: entry.respondents,
      })
    : t("textGroupCount", {
        group: tokenIn(language, "group", entry.group),
        count: entry.respondents,
      });
}

function representationText(view: StakeholderView, { language, t }: Words): string {
  const { representation } = view;
  const rows = [
    [t("textGroup"), t("textRespondents"), ""],
    ...representation.groups.map((entry) => [
      tokenIn(language, "group", entry.group),
      String(entry.respondents),
      entry.respondents === 0 ? t("groupMissing") : "",
    ]),
    ...(representation.withoutGroup > 0
      ? [[t("withoutGroup"), String(representation.withoutGroup), ""]]
      : []),
    [t("allRespondents"), String(representation.respondents), ""],
  ];
  // The last column is mostly empty: no padding left at the ends of the lines.
  const table = textTable(rows)
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n");
  return `${t("representationHeading")}\n${table}`;
}

function groupsText(view: StakeholderView, words: Words): string {
  const { language, t, n } = words;
  if (view.groups.length === 0)
    return `${t("textNoGroupScores", { minimum: view.minimumGroupSize })}\n`;
  const rows = [
    [t("textPrinciple"), ...view.groups.map((entry) => groupHeading(entry, words))],
    ...catalogue.principles.map((principle, index) => [
      principle.id,
      ...view.groups.map((entry) => {
        const scored = entry.principles[index];
        return scored?.band === null || scored === undefined
          ? n.fivePoint(scored?.score ?? null)
          : `${n.fivePoint(scored.score)} ${labelIn(language, scored.band)}`;
      }),
    ]),
    [t("textAlignment"), ...view.groups.map((entry) => n.fivePoint(entry.alignment))],
  ];
  return `${t("textGroupScores")}\n${textTable(rows)}`;
}

function contestedText(view: StakeholderView, { t, n }: Words): string {
  if (view.contested.length === 0) return `${t("textNoContested")}\n`;
  const rows = [
    [t("textItem"), t("textScore"), t("textSpread"), "1", "2", "3", "4", "5", t("textText")],
    ...view.contested.map((entry) => [
      entry.itemId,
      n.fivePoint(entry.score),
      String(entry.spread),
      ...entry.answerCounts.map(String),
      entry.item,
    ]),
  ];
  return `${t("textContested")}\n${textTable(rows)}`;
}

function actionsText(view: StakeholderView, { t }: Words): string {
  const { addressed, answered, share } = view.actionsAddressingInput;
  if (share === null) return `${t("textNoActionsAnswer")}\n`;
  return `${t("textActions", { addressed, answered, percent: Math.round(share * 100) })}\n`;
}

export function stakeholdersText(
  partnershipName: string,
  view: StakeholderView,
  language: Language = "en",
): string {
  const words: Words = { language, t: reportText(language), n: numbersIn(language) };
  const notes = view.notices.map((notice) => `- ${stakeholderNoteText(notice, language)}\n`);
  return [
    `${words.t("textStakeholdersOf", { name: partnershipName })}\n${privacyRule(view.minimumGroupSize, language)}\n`,
    representationText(view, words),
    groupsText(view, words),
    contestedText(view, words),
    actionsText(view, words),
    notes.length === 0 ? "" : `${words.t("textNotes")}\n${notes.join("")}`,
  ]
    .filter((part) => part !== "")
    .join("\n");
}
