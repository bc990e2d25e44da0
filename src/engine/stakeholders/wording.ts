// How the stakeholder view names groups and lists them in its notes, in a language, so every
// output (pane, text, CSV, HTML) repeats the same sentences.

import { tokenIn, type Language } from "../language";
import type { StakeholderGroup } from "../model/types";
import { stakeholderTexts } from "./texts";

/** A member of a pooled entry: a group of the contract, or the respondents without one. */
export type PoolMember = StakeholderGroup | "no group";

/** "a", "a and b", "a, b and c" (", " then the language's "and"). */
export function listed(parts: readonly string[], language: Language = "en"): string {
  if (parts.length <= 1) return parts.join("");
  return stakeholderTexts.text(language, "listLast", {
    list: parts.slice(0, -1).join(", "),
    last: parts[parts.length - 1] ?? "",
  });
}

export function memberLabel(member: PoolMember, language: Language = "en"): string {
  return member === "no group"
    ? stakeholderTexts.text(language, "respondentsWithoutGroup")
    : tokenIn(language, "group", member);
}

/** "civil society (2)", "respondents without a group (1)". */
export function memberWithCount(
  member: PoolMember,
  respondents: number,
  language: Language = "en",
): string {
  return stakeholderTexts.text(language, "memberWithCount", {
    member: memberLabel(member, language),
    count: respondents,
  });
}

/** The notes are sentences, and a group's name may start one. */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
