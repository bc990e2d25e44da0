// The English texts the DAC criteria lens shows outside the Scoreboard (Settings rows, HTML report,
// pane, the withheld copy's note). The Scoreboard block's words are in the template catalogue
// (templates/texts: scoreboard.dac…), in the workbook's language.

export const DAC_LABELS = {
  /** The Settings row's source token for the overall SDG index. */
  sdgIndexSource: "SDG index",
  blockHeading: "DAC criteria (0–100)",
  /** In place of a criterion's score withheld with the principle scores. */
  notPublished: "not published (see the principles)",
  reportHeading: "DAC criteria",
  reportLead:
    "The six OECD DAC evaluation criteria, each scored 0–100 as the mean of its sources that have a score: a principle's (score − 1) / 4 · 100, and for impact the overall SDG index (the mean of the partner cities' latest). No band is given: the principle and SDG bands differ.",
} as const;
