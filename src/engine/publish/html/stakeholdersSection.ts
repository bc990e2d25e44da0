// The report's "Stakeholders" section (OECD report: show that stakeholder inputs were used): who
// answered, with the groups that did not called out; how each group rates the principles; the
// contested items with how many gave each answer; and the share of actions that address stakeholder
// input — with the privacy rule and what it merged or left out, in words.

import { catalogue } from "../../catalogue";
import type { GroupScores, StakeholderView } from "../../stakeholders";
import { memberLabel } from "../../stakeholders";
import { privacyRule } from "../privacyRule";
import { bandBadge } from "./bands";
import { escapeHtml } from "./escape";
import { fivePoint, percent } from "./numbers";

function representationTable(view: StakeholderView): string {
  const { representation } = view;
  const rows = representation.groups.map(({ group, respondents }) =>
    respondents === 0
      ? `<tr class="missing"><td>${escapeHtml(group)}</td><td class="number">0</td><td><strong>missing</strong></td></tr>`
      : `<tr><td>${escapeHtml(group)}</td><td class="number">${respondents}</td><td></td></tr>`,
  );
  if (representation.withoutGroup > 0)
    rows.push(
      `<tr><td>without a group</td><td class="number">${representation.withoutGroup}</td><td></td></tr>`,
    );
  const missing =
    representation.missing.length === 0
      ? `<p>Every stakeholder group of the workbook is represented.</p>`
      : `<p class="callout"><strong>Not represented:</strong> ${representation.missing.map(escapeHtml).join(", ")}.</p>`;
  return [
    `<h3>Representation</h3>`,
    missing,
    `<table class="representation" aria-label="Representation"><caption>Respondents per stakeholder group</caption>`,
    `<thead><tr><th>Stakeholder group</th><th>Respondents</th><th></th></tr></thead><tbody>${rows.join("")}</tbody>`,
    `<tfoot><tr><td>all respondents</td><td class="number">${representation.respondents}</td><td></td></tr></tfoot></table>`,
  ].join("");
}

function groupHeading(entry: GroupScores): string {
  const name =
    entry.group === "merged" ? `merged: ${entry.members.map(memberLabel).join(", ")}` : entry.group;
  return `${escapeHtml(name)} (${entry.respondents})`;
}

function groupScoresTable(view: StakeholderView): string {
  if (view.groups.length === 0)
    return `<h3>Scores by stakeholder group</h3><p class="note">No stakeholder group has the ${view.minimumGroupSize} respondents needed for results of its own.</p>`;
  const rows = catalogue.principles.map((principle, index) => {
    const cells = view.groups.map((entry) => {
      const scored = entry.principles[index];
      return `<td class="number">${fivePoint(scored?.score ?? null)} ${bandBadge(scored?.band ?? null)}</td>`;
    });
    return `<tr><td>${escapeHtml(principle.id)}</td><td>${escapeHtml(principle.name)}</td>${cells.join("")}</tr>`;
  });
  const alignment = view.groups.map(
    (entry) => `<td class="number">${fivePoint(entry.alignment)}</td>`,
  );
  return [
    `<h3>Scores by stakeholder group</h3>`,
    `<table class="groups" aria-label="Scores by stakeholder group"><caption>Principle scores 1–5 from each group's own answers (respondents in brackets)</caption>`,
    `<thead><tr><th>Principle</th><th>Name</th>${view.groups.map((entry) => `<th>${groupHeading(entry)}</th>`).join("")}</tr></thead>`,
    `<tbody>${rows.join("")}</tbody><tfoot><tr><td>Alignment</td><td>weighted mean of the principle scores</td>${alignment.join("")}</tr></tfoot></table>`,
  ].join("");
}

function contestedTable(view: StakeholderView): string {
  if (view.contested.length === 0)
    return `<h3>Contested items</h3><p class="note">No contested item is listed.</p>`;
  const rows = view.contested.map(
    (entry) =>
      `<tr><td>${escapeHtml(entry.itemId)}</td><td>${escapeHtml(entry.item)}</td><td class="number">${fivePoint(entry.score)}</td><td class="number">${entry.spread}</td>` +
      `${entry.answerCounts.map((count) => `<td class="number">${count}</td>`).join("")}</tr>`,
  );
  return [
    `<h3>Contested items</h3>`,
    `<table class="contested" aria-label="Contested items"><caption>Items on which respondents disagree: the spread (highest minus lowest answer) and how many gave each answer</caption>`,
    `<thead><tr><th>Item</th><th>Text</th><th>Score</th><th>Spread</th><th>1</th><th>2</th><th>3</th><th>4</th><th>5</th></tr></thead>`,
    `<tbody>${rows.join("")}</tbody></table>`,
  ].join("");
}

function actionsParagraph(view: StakeholderView): string {
  const { addressed, answered, share } = view.actionsAddressingInput;
  if (answered === 0)
    return `<p>Action plan: no action says yet whether it addresses stakeholder input.</p>`;
  return `<p>Action plan: <strong>${percent(share)}</strong> of the actions address stakeholder input (${addressed} of the ${answered} actions marked y or n).</p>`;
}

export function stakeholdersSection(view: StakeholderView): string {
  const notes =
    view.notes.length === 0
      ? ""
      : `<ul class="notes">${view.notes.map((note) => `<li>${escapeHtml(note)}</li>`).join("")}</ul>`;
  return [
    `<section id="stakeholders"><h2>Stakeholders</h2>`,
    `<p class="note">${escapeHtml(privacyRule(view.minimumGroupSize))}</p>`,
    notes,
    representationTable(view),
    groupScoresTable(view),
    contestedTable(view),
    actionsParagraph(view),
    `</section>`,
  ].join("");
}
