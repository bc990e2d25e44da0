// The stakeholder view (OECD report: show that stakeholder inputs were used): who answered, how each
// stakeholder group rates the principles, which items divide the respondents, and how much of the
// action plan addresses stakeholder input — under the privacy rule that nothing published shows one
// respondent's answers (settings.minimumGroupSize). Plain, JSON-serialisable data.

import type { StakeholderNote } from "./notes";
import type { PrincipleId } from "../catalogue/types";
import type { StakeholderGroup } from "../model/types";
import type { PrincipleBand } from "../scoring";

/** Respondents per stakeholder group of the workbook contract. */
export interface GroupRepresentation {
  readonly group: StakeholderGroup;
  readonly respondents: number;
}

export interface Representation {
  /** Every group of STAKEHOLDER_GROUPS, in that order, with its count (0 when missing). */
  readonly groups: readonly GroupRepresentation[];
  /** The groups with no respondent. */
  readonly missing: readonly StakeholderGroup[];
  /** Respondents whose Group is blank or not one of the contract's groups. */
  readonly withoutGroup: number;
  readonly respondents: number;
}

/**
 * Principle scores from the answers of one group only. Groups smaller than the minimum group size
 * are pooled into one "merged" entry (and that entry is left out too when it is still too small).
 */
export interface GroupScores {
  /** The group, or "merged" for the pooled small groups. */
  readonly group: StakeholderGroup | "merged";
  /** The groups pooled into this entry (just `group` for a group of its own). */
  readonly members: readonly (StakeholderGroup | "no group")[];
  readonly respondents: number;
  /** The ten principles in catalogue order; null where the group's answers give no score. */
  readonly principles: readonly {
    readonly principle: PrincipleId;
    readonly score: number | null;
    readonly band: PrincipleBand | null;
  }[];
  /** Weighted alignment from the group's principle scores. */
  readonly alignment: number | null;
}

/** A contested item (spread ≥ the contested threshold) with how the answers are distributed. */
export interface ContestedItem {
  readonly principle: PrincipleId;
  readonly itemId: string;
  readonly item: string;
  readonly spread: number;
  readonly score: number | null;
  /** How many respondents gave 1, 2, 3, 4, 5 (counts only, never who). */
  readonly answerCounts: readonly [number, number, number, number, number];
}

export interface StakeholderView {
  readonly representation: Representation;
  /** Groups with at least minimumGroupSize respondents, in STAKEHOLDER_GROUPS order, then "merged" if shown. */
  readonly groups: readonly GroupScores[];
  readonly contested: readonly ContestedItem[];
  /** From the action plan: actions marked y / actions marked y or n; null when none is marked. */
  readonly actionsAddressingInput: {
    readonly addressed: number;
    readonly answered: number;
    readonly share: number | null;
  };
  readonly minimumGroupSize: number;
  /** What was merged or left out and why, and the missing groups, as facts (stakeholderNoteText). */
  readonly notices: readonly StakeholderNote[];
  /** The notices in English: the sentences the text, CSV and pane repeat. */
  readonly notes: readonly string[];
}
