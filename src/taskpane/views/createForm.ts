// The Create wizard's fields as typed, read into the options of a new assessment. Only what the form
// itself must understand is checked here (lists and years); the rules of an assessment (two or more
// cities, no duplicates, a respondent at least) are the engine's, and its message is shown as is.

import type { ListId } from "../../engine/catalogue/types";
import type { Language } from "../../engine/language";
import type { NewAssessmentOptions } from "../../engine/templates";
import { ENGLISH_PANE_TEXTS, type PaneTexts } from "../texts/paneTexts";

export interface CreateFormFields {
  readonly partnershipName: string;
  /** Comma separated. */
  readonly cities: string;
  /** Comma separated, optional. */
  readonly countries: string;
  /** "2022, 2023, 2024" or "2022-2024". */
  readonly years: string;
  readonly list: ListId;
  /** The workbook's language: its headers, notes, dropdowns, item wording and Scoreboard. */
  readonly language: Language;
  /** One respondent a line. */
  readonly respondents: string;
}

export const EMPTY_CREATE_FORM: CreateFormFields = {
  partnershipName: "",
  cities: "",
  countries: "",
  years: "",
  list: "simplified",
  language: "en",
  respondents: "",
};

export type CreateFormReading =
  | { readonly ok: true; readonly options: NewAssessmentOptions }
  | { readonly ok: false; readonly problems: readonly string[] };

/** A range longer than this is almost surely a typing slip (e.g. 2022-20224). */
const MAX_YEARS = 50;
const YEAR = /^\d{4}$/;

export function readCreateForm(
  fields: CreateFormFields,
  texts: PaneTexts = ENGLISH_PANE_TEXTS,
): CreateFormReading {
  const years = readYears(fields.years, texts);
  if (!years.ok) return { ok: false, problems: [years.problem] };
  const countries = splitList(fields.countries, ",");
  return {
    ok: true,
    options: {
      partnershipName: fields.partnershipName.trim(),
      cities: splitList(fields.cities, ","),
      ...(countries.length === 0 ? {} : { countries }),
      years: years.years,
      list: fields.list,
      language: fields.language,
      respondents: splitList(fields.respondents, "\n"),
    },
  };
}

/** The non-blank entries of a list, trimmed. */
export function splitList(text: string, separator: string): string[] {
  return text
    .split(separator)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
}

type YearsReading =
  | { readonly ok: true; readonly years: number[] }
  | { readonly ok: false; readonly problem: string };

/** "2022-2024" (a hyphen or an en dash) or years separated by commas. */
export function readYears(text: string, texts: PaneTexts = ENGLISH_PANE_TEXTS): YearsReading {
  const { t } = texts;
  const trimmed = text.trim();
  if (trimmed === "")
    return {
      ok: false,
      problem: t("years.missing"),
    };
  const range = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(trimmed);
  if (range !== null) {
    const first = Number(range[1]);
    const last = Number(range[2]);
    if (last < first)
      return {
        ok: false,
        problem: t("years.backwards", { range: trimmed, last, first }),
      };
    if (last - first + 1 > MAX_YEARS)
      return {
        ok: false,
        problem: t("years.tooMany", { range: trimmed, most: MAX_YEARS }),
      };
    return {
      ok: true,
      years: Array.from({ length: last - first + 1 }, (_unused, index) => first + index),
    };
  }
  const entries = splitList(trimmed, ",");
  const notYears = entries.filter((entry) => !YEAR.test(entry));
  if (notYears.length > 0) {
    return {
      ok: false,
      problem: t(notYears.length === 1 ? "years.notAYear" : "years.notYears", {
        entries: notYears.map((entry) => `"${entry}"`).join(", "),
      }),
    };
  }
  return { ok: true, years: entries.map(Number) };
}
