// The privacy rule of everything published (README, "Stakeholders and respondents' privacy"; settings.minimumGroupSize), in the words every
// output repeats, so a reader of the page, the CSV or the JSON knows why a number is missing.

export function privacyRule(minimumGroupSize: number): string {
  return (
    `Respondents' privacy: nothing published shows a respondent's name, organisation or single answers. ` +
    `Results per stakeholder group are shown only for groups of at least ${minimumGroupSize} respondents (smaller groups are merged), ` +
    `and an item's score only when at least ${minimumGroupSize} answers back it.`
  );
}
