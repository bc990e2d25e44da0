// The report's "Stakeholders" section (OECD report: show that stakeholder inputs were used): who
// answered, with the groups that did not called out; how each group rates the principles; the
// contested items with how many gave each answer; and the share of actions that address stakeholder
// input — with the privacy rule and what it merged or left out, in words.

import { catalogue } from "../../catalogue";
import { catalogueText } from "../../catalogue/texts";
import { tokenIn, type Language } from "../../language";
import type { StakeholderGroup } from "../../model/types";
import {
  memberLabel,
  stakeholderNoteText,
  type GroupScores,
  type StakeholderView,
} from "../../stakeholders";
import type { PoolMember } from "../../stakeholders/wording";
import { privacyRule } from "../privacyRule";
import { reportText, type ReportText } from "../texts";
import { bandBadge } from "./bands";
import { escapeHtml } from "./escape";
import { numbersIn, type ReportNumbers } from "./numbers";

/** What the section's tables need to speak the page's language. */
interface Words {
  readonly language: Language;
  readonly t: ReportText;
  readonly n: ReportNumbers;
  readonly group: (group: StakeholderGroup) => string;
  readonly member: (member: PoolMember) => string;
}

function wordsOf(language: Language): Words {
  const t = reportText(language);
  const group = (name: StakeholderGroup): string => tokenIn(language, "group", name);
  return {
    language,
    t,
    n: numbersIn(language),
    group,
    member: (member) => memberLabel(member, language),
  };
}

function representationTable(view: StakeholderView, words: Words): string {
  const { t } = words;
  const { representation } = view;
  const rows = representation.groups.map(({ group, respondents }) =>
    respondents === 0
      ? `<tr class="missing"><td>${escapeHtml(words.group(group))}</td><td class="number">0</td><td><strong>${t("groupMissing")}</strong></td></tr>`
      : `<tr><td>${escapeHtml(words.group(group))}</td><td class="number">${respondents}</td><td></td></tr>`,
  );
  if (representation.withoutGroup > 0)
    rows.push(
      `<tr><td>${t("withoutGroup")}</td><td class="number">${representation.withoutGroup}</td><td></td></tr>`,
    );
  const missing =
    representation.missing.length === 0
      ? `<p>${t("everyGroupRepresented")}</p>`
      : `<p class="callout">${t("notRepresented", { groups: representation.missing.map((group) => escapeHtml(words.group(group))).join(", ") })}</p>`;
  return [
    `<h3>${t("representationHeading")}</h3>`,
    missing,
    `<table class="representation" aria-label="${t("representationHeading")}"><caption>${t("respondentsPerGroup")}</caption>`,
    `<thead><tr><th>${t("stakeholderGroup")}</th><th>${t("respondents")}</th><th></th></tr></thead><tbody>${rows.join("")}</tbody>`,
    `<tfoot><tr><td>${t("allRespondents")}</td><td class="number">${representation.respondents}</td><td></td></tr></tfoot></table>`,
  ].join("");
}

function groupHeading(entry: GroupScores, words: Words): string {
  const name =
    entry.group === "merged"
      ? words.t("mergedGroup", { members: entry.members.map(words.member).join(", ") })
      : words.group(entry.group);
  return `${escapeHtml(name)} (${entry.respondents})`;
}

function groupScoresTable(view: StakeholderView, words: Words): string {
  const { t, n, language } = words;
  if (view.groups.length === 0)
    return `<h3>${t("groupScoresHeading")}</h3><p class="note">${t("noGroupLargeEnough", { minimum: view.minimumGroupSize })}</p>`;
  const rows = catalogue.principles.map((principle, index) => {
    const cells = view.groups.map((entry) => {
      const scored = entry.principles[index];
      return `<td class="number">${n.fivePoint(scored?.score ?? null)} ${bandBadge(scored?.band ?? null, language)}</td>`;
    });
    const name =
      language === "en"
        ? principle.name
        : (catalogueText(language, "principleNames", principle.id) ?? principle.name);
    return `<tr><td>${escapeHtml(principle.id)}</td><td>${escapeHtml(name)}</td>${cells.join("")}</tr>`;
  });
  const alignment = view.groups.map(
    (entry) => `<td class="number">${n.fivePoint(entry.alignment)}</td>`,
  );
  return [
    `<h3>${t("groupScoresHeading")}</h3>`,
    `<table class="groups" aria-label="${t("groupScoresHeading")}"><caption>${t("groupScoresCaption")}</caption>`,
    `<thead><tr><th>${t("principle")}</th><th>${t("name")}</th>${view.groups.map((entry) => `<th>${groupHeading(entry, words)}</th>`).join("")}</tr></thead>`,
    `<tbody>${rows.join("")}</tbody><tfoot><tr><td>${t("alignmentRow")}</td><td>${t("alignmentRowNote")}</td>${alignment.join("")}</tr></tfoot></table>`,
  ].join("");
}

function contestedTable(view: StakeholderView, words: Words): string {
  const { t, n, language } = words;
  if (view.contested.length === 0)
    return `<h3>${t("contestedHeading")}</h3><p class="note">${t("noContested")}</p>`;
  const rows = view.contested.map(
    (entry) =>
      `<tr><td>${escapeHtml(entry.itemId)}</td><td>${escapeHtml(language === "en" ? entry.item : (catalogueText(language, "items", entry.itemId) ?? entry.item))}</td><td class="number">${n.fivePoint(entry.score)}</td><td class="number">${n.plain(entry.spread)}</td>` +
      `${entry.answerCounts.map((count) => `<td class="number">${count}</td>`).join("")}</tr>`,
  );
  const header = [t("item"), t("itemText"), t("score"), t("spread"), "1", "2", "3", "4", "5"];
  return [
    `<h3>${t("contestedHeading")}</h3>`,
    `<table class="contested" aria-label="${t("contestedHeading")}"><caption>${t("contestedCaption")}</caption>`,
    `<thead><tr>${header.map((label) => `<th>${label}</th>`).join("")}</tr></thead>`,
    `<tbody>${rows.join("")}</tbody></table>`,
  ].join("");
}

function actionsParagraph(view: StakeholderView, { t, n }: Words): string {
  const { addressed, answered, share } = view.actionsAddressingInput;
  if (answered === 0) return `<p>${t("actionsNoInputAnswer")}</p>`;
  return `<p>${t("actionsAddressingInput", { share: n.percent(share), addressed, answered })}</p>`;
}

/**
 * The section in the page's language, the view's notes (what was merged or left out) included:
 * the stakeholder view's sentences in that language.
 */
export function stakeholdersSection(view: StakeholderView, language: Language = "en"): string {
  const words = wordsOf(language);
  const { t } = words;
  const notes =
    view.notices.length === 0
      ? ""
      : `<ul class="notes">${view.notices.map((notice) => `<li>${escapeHtml(stakeholderNoteText(notice, language))}</li>`).join("")}</ul>`;
  return [
    `<section id="stakeholders"><h2>${t("stakeholdersHeading")}</h2>`,
    `<p class="note">${escapeHtml(privacyRule(view.minimumGroupSize, language))}</p>`,
    notes,
    representationTable(view, words),
    groupScoresTable(view, words),
    contestedTable(view, words),
    actionsParagraph(view, words),
    `</section>`,
  ].join("");
}
