// An empty assessment from what a coordinator knows at the start: the partnership's name, partner
// cities and countries, the years, the indicator list and who will answer the checklist. The
// workbook it makes holds every checklist item and a row per listed indicator × city × year.

import { scoreAssessment } from "../assessment";
import { CATALOGUE_VERSION, catalogue, indicatorsInList } from "../catalogue";
import type { ListId } from "../catalogue/types";
import type { Assessment, IndicatorRow, Respondent, StakeholderGroup } from "../model/types";
import type { WorkbookPlan } from "../plan/types";
import { DEFAULT_SETTINGS, type ScoringSettings } from "../settings";
import { assessmentWorkbookPlan } from "./assessmentWorkbook";
import { resolveRelativeEnds } from "./relativeEnds";
import { todayStamp, type Stamp } from "./provenance";
import { TemplateError } from "./templateError";
import { phrase, type Phrase, type ProblemCode } from "../language/problemTexts";
import { nameKey } from "../sheetValues";
import type { Language } from "../language";
import { withCatalogueWording } from "./catalogueWording";

export interface NewRespondent {
  readonly name: string;
  readonly organisation?: string;
  readonly group?: StakeholderGroup | null;
  readonly city?: string;
  readonly role?: string;
}

export interface NewAssessmentOptions {
  readonly partnershipName: string;
  /** Two or more partner cities. */
  readonly cities: readonly string[];
  readonly countries?: readonly string[];
  /** The years the Indicators sheet has rows for. */
  readonly years: readonly number[];
  readonly list: ListId;
  /** Each heads an answer column of the Checklist; at least one. */
  readonly respondents: readonly (string | NewRespondent)[];
  /** The partnership's start year; the earliest of `years` when left out. */
  readonly startYear?: number;
  /** The latest of `years` when left out. */
  readonly reportingYear?: number;
  readonly settings?: ScoringSettings;
  /** The language the workbook's words are written in; English when left out. */
  readonly language?: Language;
  readonly stamp?: Stamp;
}

function respondentOf(entry: string | NewRespondent): Respondent {
  const given = typeof entry === "string" ? { name: entry } : entry;
  return {
    name: given.name.trim(),
    organisation: given.organisation ?? "",
    group: given.group ?? null,
    city: given.city ?? "",
    role: given.role ?? "",
  };
}

function check(options: NewAssessmentOptions): void {
  const problems: Phrase[] = [];
  const refuse = (code: ProblemCode): void => {
    problems.push(phrase(code));
  };
  if (options.partnershipName.trim() === "") refuse("template.noPartnershipName");
  const cities = options.cities.map((city) => city.trim());
  if (cities.length < 2) refuse("template.oneCity");
  if (cities.some((city) => city === "")) refuse("template.blankCity");
  if (new Set(cities.map(nameKey)).size !== cities.length) refuse("template.cityTwice");
  if (options.years.length === 0) refuse("template.noYear");
  if (options.years.some((year) => !Number.isInteger(year))) refuse("template.wholeYears");
  if (new Set(options.years).size !== options.years.length) refuse("template.yearTwice");
  const names = options.respondents.map((entry) => respondentOf(entry).name);
  if (names.length === 0) refuse("template.noRespondent");
  if (names.some((name) => name === "")) refuse("template.blankRespondent");
  if (new Set(names.map(nameKey)).size !== names.length) refuse("template.respondentTwice");
  if (problems.length > 0) throw new TemplateError(phrase("template.cannotMake", { problems }));
}

/** The empty assessment the options describe (every answer and value blank). */
export function newAssessment(options: NewAssessmentOptions): Assessment {
  check(options);
  const years = [...options.years].sort((a, b) => a - b);
  const cities = options.cities.map((city) => city.trim());
  const respondents = options.respondents.map(respondentOf);
  const indicators: IndicatorRow[] = [];
  for (const city of cities) {
    for (const definition of indicatorsInList(options.list)) {
      for (const year of years) {
        indicators.push({
          code: definition.id,
          indicator: definition.name,
          goal: definition.goal,
          city,
          year,
          value: null,
          worst: definition.worst,
          end: definition.end.kind === "absolute" ? definition.end.value : null,
          unit: definition.unit,
          source: "",
          disaggregated: null,
          objective: definition.objective,
          row: 0,
        });
      }
    }
  }
  const assessment: Assessment = {
    partnership: {
      name: options.partnershipName.trim(),
      cities,
      countries: (options.countries ?? []).map((country) => country.trim()),
      startYear: options.startYear ?? years[0] ?? null,
      reportingYear: options.reportingYear ?? years[years.length - 1] ?? null,
      list: options.list,
      catalogueVersion: CATALOGUE_VERSION,
    },
    settings: options.settings ?? DEFAULT_SETTINGS,
    respondents,
    checklist: catalogue.items.map((item) => ({
      principle: item.principle,
      itemId: item.id,
      item: item.text,
      answers: respondents.map(() => null),
      evidence: "",
      row: 0,
    })),
    indicators,
    actions: [],
  };
  return options.language === undefined
    ? assessment
    : withCatalogueWording(assessment, options.language);
}

/** The plan of a new, empty assessment workbook: every input sheet and the (empty) Scoreboard. */
export function newAssessmentPlan(options: NewAssessmentOptions): WorkbookPlan {
  const assessment = resolveRelativeEnds(newAssessment(options));
  return assessmentWorkbookPlan(
    assessment,
    scoreAssessment(assessment),
    options.stamp ?? todayStamp(),
  );
}
