// How the stakeholder view names groups and lists them in its notes, so every output (pane, text,
// CSV, HTML) repeats the same sentences.

import type { StakeholderGroup } from "../model/types";

/** A member of a pooled entry: a group of the contract, or the respondents without one. */
export type PoolMember = StakeholderGroup | "no group";

/** "a", "a and b", "a, b and c". */
export function listed(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1] ?? ""}`;
}

export function memberLabel(member: PoolMember): string {
  return member === "no group" ? "respondents without a group" : member;
}

/** "civil society (2)", "respondents without a group (1)". */
export function memberWithCount(member: PoolMember, respondents: number): string {
  return `${memberLabel(member)} (${respondents})`;
}

/** The notes are sentences, and a group's name may start one. */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
