// The stakeholder view's notes in English (what was merged or left out, and why); the key set of
// fr.json and es.json. Every output shows them: the text and CSV in English, the HTML report in
// its language.

export const ENGLISH_STAKEHOLDER_TEXTS = {
  noRespondents: "There are no respondents yet: no results per stakeholder group.",
  missingGroups: "No respondent from: {groups}.",
  poolShown: '{members} are shown together as "merged".',
  poolMerged:
    "{members} were merged: each has fewer than {minimum} respondents, the minimum for results of their own; merged they have {poolSize}.",
  tooFewGroup: "{members} has fewer than {minimum} respondents",
  tooFewWithoutGroup: "{members} are fewer than {minimum}",
  tooFewSeveral: "{members} have {poolSize} respondents together, fewer than {minimum}",
  poolHiddenGroup:
    "{tooFew}: no results per stakeholder group are shown (its answers count in the overall scores).",
  poolHiddenSeveral:
    "{tooFew}: no results per stakeholder group are shown (their answers count in the overall scores).",
  poolJoinedGroup:
    "{tooFew}; {joining} was merged with it, so that its results cannot be worked out from the overall scores minus the groups shown; merged they have {total}.",
  poolJoinedSeveral:
    "{tooFew}; {joining} was merged with them, so that their results cannot be worked out from the overall scores minus the groups shown; merged they have {total}.",
  contestedWithheldOne:
    "{count} contested item has fewer than {minimum} answers from 1 to 5 and is not listed.",
  contestedWithheldMany:
    "{count} contested items have fewer than {minimum} answers from 1 to 5 and are not listed.",
  memberWithCount: "{member} ({count})",
  respondentsWithoutGroup: "respondents without a group",
  listLast: "{list} and {last}",
} as const;

export type StakeholderTextKey = keyof typeof ENGLISH_STAKEHOLDER_TEXTS;
