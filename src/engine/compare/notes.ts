// The peer comparison's notes as facts, a city's detail and the rows' ids, with their words in a
// language: the text and CSV say them in English, the HTML report in its own language.

import { takesSingular, type Language, type MessageParameters } from "../language";
import { compareTexts, type CompareTextKey } from "./texts";
import type { ComparisonRow } from "./types";

/** A row named in a note: its kind and id ("SDG 6", "Alignment"…). */
export type RowRef = Pick<ComparisonRow, "kind" | "id">;

export interface GoalLeftOut {
  readonly goal: number;
  /** Indicators scored and listed when coverage is low; absent when the goal has no data. */
  readonly lowCoverage?: { readonly available: number; readonly listed: number };
}

export type ComparisonNote =
  | { readonly kind: "too-few-units"; readonly units: number; readonly minimum: number }
  | { readonly kind: "thin-rows"; readonly rows: readonly RowRef[]; readonly minimum: number }
  | { readonly kind: "no-checklist" }
  | {
      readonly kind: "few-city-respondents";
      readonly minimum: number;
      readonly cities: readonly { readonly city: string; readonly respondents: number }[];
    }
  | {
      readonly kind: "city-principles-missing";
      readonly city: string;
      readonly principles: readonly string[];
    }
  | { readonly kind: "respondents-elsewhere"; readonly count: number }
  | { readonly kind: "no-indicators" }
  | {
      readonly kind: "latest-years-differ";
      readonly cities: readonly { readonly city: string; readonly year: number }[];
    }
  | {
      readonly kind: "goals-not-compared";
      readonly city: string;
      readonly year: number;
      readonly goals: readonly GoalLeftOut[];
    }
  /** A sentence written in English by the caller (a programme's partnerships). */
  | { readonly kind: "text"; readonly text: string };

/** What a city's column says under its name: its latest year and its respondents. */
export interface CityDetail {
  readonly latestYear: number | null;
  readonly respondents: number;
}

type Say = (key: CompareTextKey, parameters?: MessageParameters) => string;

function sayIn(language: Language): Say {
  return (key, parameters) => compareTexts.text(language, key, parameters);
}

/** "A", "A and B", "A, B and C" in the language. */
function joined(parts: readonly string[], say: Say): string {
  if (parts.length <= 1) return parts.join("");
  return say("listLast", {
    list: parts.slice(0, -1).join(", "),
    last: parts[parts.length - 1] ?? "",
  });
}

function goalNumber(id: string): string {
  return id.replace(/^SDG\s*/u, "");
}

/** A row's id in the language: "ODD 6", "Alignement"; a principle's id is the same everywhere. */
export function rowIdText(row: RowRef, language: Language = "en"): string {
  const say = sayIn(language);
  switch (row.kind) {
    case "goal":
      return say("rowGoal", { goal: goalNumber(row.id) });
    case "alignment":
      return say("rowAlignment");
    case "sdg-index":
      return say("rowSdgIndex");
    case "principle":
      return row.id;
  }
}

export function cityDetailText(detail: CityDetail, language: Language = "en"): string {
  const say = sayIn(language);
  const year =
    detail.latestYear === null
      ? say("noIndicatorData")
      : say("latestYear", { year: detail.latestYear });
  const count = detail.respondents;
  const respondents = say(takesSingular(language, count) ? "respondentsOne" : "respondentsMany", {
    count,
  });
  return say("unitDetail", { year, respondents });
}

function goalLeftOutText(goal: GoalLeftOut, say: Say): string {
  return goal.lowCoverage === undefined
    ? say("goalNoData", { goal: goal.goal })
    : say("goalLowCoverage", { goal: goal.goal, ...goal.lowCoverage });
}

export function comparisonNoteText(note: ComparisonNote, language: Language = "en"): string {
  const say = sayIn(language);
  switch (note.kind) {
    case "too-few-units":
      return say("tooFewUnits", { units: note.units, minimum: note.minimum });
    case "thin-rows":
      return say("thinRows", {
        minimum: note.minimum,
        rows: note.rows.map((row) => rowIdText(row, language)).join(", "),
      });
    case "no-checklist":
      return say("noChecklist");
    case "few-city-respondents":
      return say("fewCityRespondents", {
        minimum: note.minimum,
        cities: joined(
          note.cities.map(({ city, respondents }) =>
            respondents === 0
              ? say("cityHasNone", { city })
              : say("cityHasRespondents", { city, count: respondents }),
          ),
          say,
        ),
      });
    case "city-principles-missing":
      return say("cityPrinciplesMissing", {
        city: note.city,
        principles: joined(note.principles, say),
      });
    case "respondents-elsewhere":
      return say(
        takesSingular(language, note.count)
          ? "respondentsElsewhereOne"
          : "respondentsElsewhereMany",
        {
          count: note.count,
        },
      );
    case "no-indicators":
      return say("noIndicators");
    case "latest-years-differ":
      return say("latestYearsDiffer", {
        cities: joined(
          note.cities.map(({ city, year }) => say("cityYear", { city, year })),
          say,
        ),
      });
    case "goals-not-compared":
      return say(note.goals.length === 1 ? "goalsNotComparedOne" : "goalsNotComparedMany", {
        city: note.city,
        year: note.year,
        goals: joined(
          note.goals.map((goal) => goalLeftOutText(goal, say)),
          say,
        ),
      });
    case "text":
      return note.text;
  }
}
