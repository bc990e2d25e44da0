// Every English text the DAC criteria lens shows (Scoreboard block, Settings rows, HTML report, pane),
// in one place so that the message catalogue can take them over in one step.

export const DAC_LABELS = {
  /** The Settings row's source token for the overall SDG index. */
  sdgIndexSource: "SDG index",
  sdgIndexName: "Mean of the cities' overall SDG index",
  blockHeading: "DAC criteria (0–100)",
  /** Short lines, one cell each: a note does not wrap, and a long line runs past the printed page. */
  blockNotes: [
    "Each criterion is the mean of its sources that have a score, on 0–100: a principle's (score − 1) / 4 · 100,",
    "the SDG index below. Sources are the Settings rows DAC …, shown here from the next refresh.",
    "No band: a criterion mixes 1–5 principle scores and the 0–100 SDG index, whose bands differ.",
  ],
  headers: ["Criterion", "Sources", "Score (0–100)", "With a score", "Listed"],
  /** In place of a criterion's score withheld with the principle scores. */
  notPublished: "not published (see the principles)",
  settingMeaning: (criterion: string): string =>
    `Sources of the DAC criterion ${criterion}: principle ids and/or "SDG index", comma separated (shown on the Scoreboard after the next refresh)`,
  reportHeading: "DAC criteria",
  reportLead:
    "The six OECD DAC evaluation criteria, each scored 0–100 as the mean of its sources that have a score: a principle's (score − 1) / 4 · 100, and for impact the overall SDG index (the mean of the partner cities' latest). No band is given: the principle and SDG bands differ.",
} as const;
