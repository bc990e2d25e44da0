// The C2C custom functions in one line each: the call as the README's "Functions" section writes it and what it returns.
// Plain data without imports, so the task pane can list the functions without bundling their code;
// the registry takes its meanings from here. The build test checks that this list and the generated
// functions.json name the same functions.

export interface FunctionGuideEntry {
  /** The function id, as registered in functions.json (`C2C.<id>` in a cell). */
  readonly id: string;
  /** The arguments as the user types them; optional ones in brackets. */
  readonly argumentList: string;
  readonly meaning: string;
}

/** The optional criteria pairs as the argument lists write them, after AVERAGEIFS's own names. */
export const CRITERIA = "[criteria_range, criterion]…";

export const FUNCTION_GUIDE: readonly FunctionGuideEntry[] = [
  {
    id: "SCORE",
    argumentList: "value, worst, end",
    meaning:
      "Indicator score 0–100: how far the value has come from the worst value to the end value.",
  },
  {
    id: "DISTANCE",
    argumentList: "value, worst, end",
    meaning: "Distance still to travel to the end value: 100 − SCORE.",
  },
  {
    id: "GOALINDEX",
    argumentList: `scores, goals, goal, ${CRITERIA}`,
    meaning: "SDG goal index: mean of the goal's indicator scores, filtered like AVERAGEIFS.",
  },
  {
    id: "OBJECTIVEINDEX",
    argumentList: `scores, objectives, objective, ${CRITERIA}`,
    meaning: "The same index for one EC objective (GOV, INC, GRN, PRO).",
  },
  {
    id: "COVERAGE",
    argumentList: `values, ${CRITERIA}`,
    meaning: "Share of the listed indicators that have a value.",
  },
  {
    id: "ITEMSCORE",
    argumentList: "answers, [method]",
    meaning:
      "Checklist item score: mean (or median) of the respondents' 1–5 answers; n/a and ? left out.",
  },
  {
    id: "SPREAD",
    argumentList: "answers",
    meaning: "Highest minus lowest answer; 3 or more marks the item as contested.",
  },
  {
    id: "CONSENSUS",
    argumentList: "answers",
    meaning: "Agreement between respondents, 1 − sd/2: 1 is full agreement, 0 a maximal split.",
  },
  {
    id: "PRINCIPLE",
    argumentList: "itemScores, principles, principle, [minShare]",
    meaning:
      "Principle score: mean of its answered items, once at least half of its applicable items are answered.",
  },
  {
    id: "ALIGNMENT",
    argumentList: "principleScores, [weights]",
    meaning: "Overall alignment: weighted mean of the principle scores that exist.",
  },
  {
    id: "BAND",
    argumentList: "score, [scale], [limits]",
    meaning:
      "Band label on the SDG scale 0–100 (Achieved … Major challenges) or the principle scale 1–5 (Weak … Advanced).",
  },
  {
    id: "TRENDCLASS",
    argumentList: "scores, years, [targetYear]",
    meaning:
      "Trend class (on track, moderately improving, stagnating, decreasing…) from the observed and required yearly change.",
  },
  {
    id: "PROGRESS",
    argumentList: "baseScore, latestScore",
    meaning: "Share of the distance closed between the base year and the latest year.",
  },
  {
    id: "INDICATOR",
    argumentList: "code, field",
    meaning: "A field of a catalogue indicator, such as its name, unit, end value or worst value.",
  },
  {
    id: "PROFILE",
    argumentList: `scores, goals, ${CRITERIA}`,
    meaning: "Spills one row per goal: goal, index, coverage and band.",
  },
];

/** The one-line meaning of a function, by id. */
export function meaningOf(id: string): string {
  const entry = FUNCTION_GUIDE.find((candidate) => candidate.id === id);
  if (entry === undefined) throw new RangeError(`the function guide has no entry for ${id}`);
  return entry.meaning;
}
