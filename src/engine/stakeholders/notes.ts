// The stakeholder view's notes as facts (what was merged or left out, and why), and their
// sentences in a language: every output says the same thing, the HTML report in its language.

import type { Language } from "../language";
import type { StakeholderGroup } from "../model/types";
import { stakeholderTexts } from "./texts";
import { capitalised, listed, memberLabel, memberWithCount, type PoolMember } from "./wording";

export interface MemberCount {
  readonly member: PoolMember;
  readonly respondents: number;
}

/** How the small groups and the respondents without a group were pooled (groupPools). */
interface PoolFacts {
  /** The small entries, in the contract's order. */
  readonly members: readonly MemberCount[];
  readonly minimum: number;
  /** Their respondents together. */
  readonly poolSize: number;
}

export type StakeholderNote =
  | { readonly kind: "no-respondents" }
  | { readonly kind: "missing-groups"; readonly groups: readonly StakeholderGroup[] }
  /** The pool reaches the minimum and is shown as "merged". */
  | ({ readonly kind: "pool-shown" } & PoolFacts)
  /** The pool is too small and no group is shown: nothing per group. */
  | ({ readonly kind: "pool-hidden" } & PoolFacts)
  /** The pool is too small: the smallest shown group joins it. */
  | ({ readonly kind: "pool-joined"; readonly joining: MemberCount } & PoolFacts)
  | { readonly kind: "contested-withheld"; readonly count: number; readonly minimum: number };

function membersText(members: readonly MemberCount[], language: Language): string {
  return capitalised(
    listed(
      members.map((entry) => memberWithCount(entry.member, entry.respondents, language)),
      language,
    ),
  );
}

/** One group takes "has … it … its"; the respondents without a group, or several groups, "have … them … their". */
function isSingleGroup(pool: PoolFacts): boolean {
  return pool.members.length === 1 && pool.members[0]?.member !== "no group";
}

function tooFew(pool: PoolFacts, language: Language): string {
  const members = membersText(pool.members, language);
  const parameters = { members, minimum: pool.minimum, poolSize: pool.poolSize };
  const key = isSingleGroup(pool)
    ? "tooFewGroup"
    : pool.members.length === 1
      ? "tooFewWithoutGroup"
      : "tooFewSeveral";
  return stakeholderTexts.text(language, key, parameters);
}

export function stakeholderNoteText(note: StakeholderNote, language: Language = "en"): string {
  const say = (...message: Parameters<typeof stakeholderTexts.text>): string =>
    stakeholderTexts.text(...message);
  switch (note.kind) {
    case "no-respondents":
      return say(language, "noRespondents");
    case "missing-groups":
      return say(language, "missingGroups", {
        groups: listed(
          note.groups.map((group) => memberLabel(group, language)),
          language,
        ),
      });
    case "pool-shown":
      return say(language, note.members.length === 1 ? "poolShown" : "poolMerged", {
        members: membersText(note.members, language),
        minimum: note.minimum,
        poolSize: note.poolSize,
      });
    case "pool-hidden":
      return say(language, isSingleGroup(note) ? "poolHiddenGroup" : "poolHiddenSeveral", {
        tooFew: tooFew(note, language),
      });
    case "pool-joined":
      return say(language, isSingleGroup(note) ? "poolJoinedGroup" : "poolJoinedSeveral", {
        tooFew: tooFew(note, language),
        joining: memberWithCount(note.joining.member, note.joining.respondents, language),
        total: note.poolSize + note.joining.respondents,
      });
    case "contested-withheld":
      return say(language, note.count === 1 ? "contestedWithheldOne" : "contestedWithheldMany", {
        count: note.count,
        minimum: note.minimum,
      });
  }
}
