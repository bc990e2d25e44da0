// Which respondents each published group entry stands for (the privacy rule, README "Stakeholders and respondents' privacy": results
// per stakeholder group only for groups of at least minimumGroupSize respondents). Groups below the
// minimum, and the respondents without a group, are pooled into one "merged" entry; the pool is
// shown only when it reaches the minimum itself.
//
// One step goes beyond "leave a small pool out": when a small pool would be left out while other
// groups are shown, the overall scores minus the shown groups would give the pool's scores back —
// one respondent's answers when the pool is one person. So the smallest shown group joins the pool
// instead; every entry then has at least the minimum, and the entries cover every respondent.

import { STAKEHOLDER_GROUPS, type Respondent, type StakeholderGroup } from "../model/types";
import type { MemberCount, StakeholderNote } from "./notes";
import type { PoolMember } from "./wording";

export interface GroupPool {
  readonly group: StakeholderGroup | "merged";
  readonly members: readonly PoolMember[];
  /** Positions in Assessment.respondents (and so in each checklist row's answers). */
  readonly respondentIndexes: readonly number[];
}

export interface GroupPools {
  /** Own groups in STAKEHOLDER_GROUPS order, then "merged" when shown. */
  readonly shown: readonly GroupPool[];
  readonly notes: readonly StakeholderNote[];
}

interface Members<M extends PoolMember> {
  readonly member: M;
  readonly indexes: readonly number[];
}

const MEMBER_ORDER: readonly PoolMember[] = [...STAKEHOLDER_GROUPS, "no group"];

export function groupPools(
  respondents: readonly Respondent[],
  minimumGroupSize: number,
): GroupPools {
  const indexesOf = (member: PoolMember): number[] =>
    respondents.flatMap((respondent, index) =>
      (respondent.group ?? "no group") === member ? [index] : [],
    );
  const own: Members<StakeholderGroup>[] = STAKEHOLDER_GROUPS.map((group) => ({
    member: group,
    indexes: indexesOf(group),
  })).filter((entry) => entry.indexes.length >= minimumGroupSize);
  const small: Members<PoolMember>[] = MEMBER_ORDER.map((member) => ({
    member,
    indexes: indexesOf(member),
  })).filter(
    (entry) =>
      entry.indexes.length > 0 &&
      (entry.member === "no group" || entry.indexes.length < minimumGroupSize),
  );
  const poolSize = small.reduce((sum, entry) => sum + entry.indexes.length, 0);
  if (poolSize === 0) return { shown: own.map(ownEntry), notes: [] };

  const members = small.map((entry) => memberCount(entry));
  const pool = { members, minimum: minimumGroupSize, poolSize };
  if (poolSize >= minimumGroupSize)
    return {
      shown: [...own.map(ownEntry), merged(small)],
      notes: [{ kind: "pool-shown", ...pool }],
    };

  // The smallest shown group (the first in the contract's order among equals) joins the pool.
  const joining = own.reduce<Members<StakeholderGroup> | undefined>(
    (smallest, entry) =>
      smallest === undefined || entry.indexes.length < smallest.indexes.length ? entry : smallest,
    undefined,
  );
  if (joining === undefined) return { shown: [], notes: [{ kind: "pool-hidden", ...pool }] };
  const pooled = [...small, joining].sort(
    (a, b) => MEMBER_ORDER.indexOf(a.member) - MEMBER_ORDER.indexOf(b.member),
  );
  return {
    shown: [...own.filter((entry) => entry !== joining).map(ownEntry), merged(pooled)],
    notes: [{ kind: "pool-joined", ...pool, joining: memberCount(joining) }],
  };
}

function memberCount(entry: Members<PoolMember>): MemberCount {
  return { member: entry.member, respondents: entry.indexes.length };
}

function ownEntry(entry: Members<StakeholderGroup>): GroupPool {
  return { group: entry.member, members: [entry.member], respondentIndexes: entry.indexes };
}

function merged(entries: readonly Members<PoolMember>[]): GroupPool {
  return {
    group: "merged",
    members: entries.map((entry) => entry.member),
    respondentIndexes: entries.flatMap((entry) => entry.indexes).sort((a, b) => a - b),
  };
}
