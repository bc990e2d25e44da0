// A workbook's checklist as an XLSForm (https://xlsform.org): the spreadsheet KoboToolbox, ODK and
// SurveyCTO turn into an offline questionnaire, so stakeholders can answer in a workshop or on a
// phone without the workbook. One group per principle, named by the principle's id, so an export's
// column paths read `TA/TA1`; each item a select_one named by its item ID, its label starting with
// the ID, so exports that keep labels instead of names still name the item. The form is data here;
// xlsformSheets lays it out as the three sheets the format defines.

import { catalogue, type PrincipleId } from "../catalogue";
import { STAKEHOLDER_GROUPS, type ChecklistItemRow } from "../model/types";
import { contentHash } from "./contentHash";
import { xmlNameFrom } from "./xmlNames";

/** A language of the form, as XLSForm's `label::English (en)` columns name it. */
export interface FormLanguage {
  readonly code: string;
  /** The language's own name in English, as Kobo and ODK list it. */
  readonly name: string;
}

const ENGLISH: FormLanguage = { code: "en", name: "English" };

/** A text in each of the form's languages, by language code. */
export type Translated = Readonly<Record<string, string>>;

export interface SurveyRow {
  /** "text", "note", "select_one <list>", "begin_group", "end_group". */
  readonly type: string;
  readonly name: string;
  readonly label?: Translated;
  readonly hint?: Translated;
  readonly required?: boolean;
}

export interface ChoiceRow {
  readonly listName: string;
  readonly name: string;
  readonly label: Translated;
}

export interface FormSettings {
  readonly formTitle: string;
  /** Stable for the partnership: the same workbook always gives the same id. */
  readonly formId: string;
  /** The catalogue version and a hash of every row: changes whenever an item or a label changes. */
  readonly version: string;
  readonly defaultLanguage: FormLanguage;
}

export interface XlsForm {
  readonly languages: readonly FormLanguage[];
  readonly survey: readonly SurveyRow[];
  readonly choices: readonly ChoiceRow[];
  readonly settings: FormSettings;
  /** Item ID → question name, for the items whose ID is not a valid XML name as it stands. */
  readonly renamedItems: Readonly<Record<string, string>>;
}

export interface XlsformInput {
  readonly partnershipName: string;
  readonly cities: readonly string[];
  /** The workbook's own checklist, custom items included, in sheet order. */
  readonly checklist: readonly Pick<ChecklistItemRow, "principle" | "itemId" | "item">[];
  /** Published results show only groups with at least this many respondents (Settings). */
  readonly minimumGroupSize: number;
}

/** The list names of the form's choices sheet. */
export const LISTS = { answer: "answer", group: "stakeholder_group", city: "city" } as const;

/** The question names of the respondent's details, before the checklist's groups. */
const RESPONDENT_QUESTIONS = {
  respondent: "respondent",
  group: "stakeholder_group",
  organisation: "organisation",
  city: "city",
} as const;

/** Choice names of the answers that are not a level of the scale. */
const NOT_APPLICABLE_CHOICE = "na";
const DONT_KNOW_CHOICE = "dk";

function english(text: string): Translated {
  return { [ENGLISH.code]: text };
}

function answerChoices(): ChoiceRow[] {
  const levels = catalogue.answerScale.levels.map((level) => ({
    listName: LISTS.answer,
    name: String(level.value),
    label: english(`${level.value} – ${level.label}`),
  }));
  return [
    ...levels,
    {
      listName: LISTS.answer,
      name: NOT_APPLICABLE_CHOICE,
      label: english(`${catalogue.answerScale.notApplicable} – Not applicable`),
    },
    {
      listName: LISTS.answer,
      name: DONT_KNOW_CHOICE,
      label: english(`${catalogue.answerScale.dontKnow} – Don't know`),
    },
  ];
}

/** Choices named after their labels, made valid and unique as XML names ("Saint-Louis" → Saint-Louis). */
function namedChoices(listName: string, labels: readonly string[]): ChoiceRow[] {
  const taken = new Set<string>();
  return labels.map((label) => {
    const name = xmlNameFrom(label.toLowerCase(), "choice", taken);
    taken.add(name);
    return { listName, name, label: english(label) };
  });
}

function respondentQuestions(minimumGroupSize: number): SurveyRow[] {
  return [
    {
      type: "note",
      name: "privacy_note",
      label: english(
        `Your answers go into the partnership's own workbook. Anything published shows results only for groups of at least ${minimumGroupSize} respondents, never your name, your organisation or a single answer.`,
      ),
    },
    {
      type: "text",
      name: RESPONDENT_QUESTIONS.respondent,
      label: english("Your name"),
      hint: english(
        "As the partnership's workbook lists you, so that your answers join your column.",
      ),
      required: true,
    },
    {
      type: `select_one ${LISTS.group}`,
      name: RESPONDENT_QUESTIONS.group,
      label: english("Your stakeholder group"),
      required: true,
    },
    {
      type: "text",
      name: RESPONDENT_QUESTIONS.organisation,
      label: english("Your organisation"),
    },
    {
      type: `select_one ${LISTS.city}`,
      name: RESPONDENT_QUESTIONS.city,
      label: english("The partner city you answer for"),
      required: true,
    },
  ];
}

const ITEM_HINT = english(
  "Choose n/a when the item does not apply to this partnership, and ? when you do not know.",
);

function principleGroups(
  checklist: XlsformInput["checklist"],
  reserved: ReadonlySet<string>,
): { rows: SurveyRow[]; renamed: Record<string, string> } {
  const taken = new Set(reserved);
  const renamed: Record<string, string> = {};
  const rows: SurveyRow[] = [];
  // Principles in the catalogue's report order; an item keeps its sheet order within its principle.
  const order = new Map<PrincipleId, number>(catalogue.principles.map((p, index) => [p.id, index]));
  const principles = [...new Set(checklist.map((row) => row.principle))].sort(
    (a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0),
  );
  for (const id of principles) {
    const principle = catalogue.principles.find((candidate) => candidate.id === id);
    taken.add(id);
    rows.push({
      type: "begin_group",
      name: id,
      label: english(`${id} — ${principle?.name ?? id}`),
      hint: principle === undefined ? undefined : english(`The principle asks: ${principle.asks}.`),
    });
    for (const item of checklist.filter((row) => row.principle === id)) {
      const name = xmlNameFrom(item.itemId, "item", taken);
      taken.add(name);
      if (name !== item.itemId) renamed[item.itemId] = name;
      rows.push({
        type: `select_one ${LISTS.answer}`,
        name,
        label: english(`${item.itemId}. ${item.item}`),
        hint: ITEM_HINT,
        required: true,
      });
    }
    rows.push({ type: "end_group", name: id });
  }
  return { rows, renamed };
}

/** The form's id: the partnership's name as an XML name, the same for every copy of its workbook. */
function formIdOf(partnershipName: string): string {
  const slug = partnershipName
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  return `c2c_${slug === "" ? "partnership" : slug}`;
}

export function buildXlsform(input: XlsformInput): XlsForm {
  const respondent = respondentQuestions(input.minimumGroupSize);
  const groups = principleGroups(input.checklist, new Set(respondent.map((row) => row.name)));
  const survey = [...respondent, ...groups.rows];
  const choices = [
    ...answerChoices(),
    ...namedChoices(LISTS.group, STAKEHOLDER_GROUPS),
    ...namedChoices(LISTS.city, input.cities),
  ];
  const title = `Self-assessment of the partnership ${input.partnershipName}`;
  return {
    languages: [ENGLISH],
    survey,
    choices,
    settings: {
      formTitle: title,
      formId: formIdOf(input.partnershipName),
      version: `${catalogue.version}-${contentHash(JSON.stringify([title, survey, choices]))}`,
      defaultLanguage: ENGLISH,
    },
    renamedItems: groups.renamed,
  };
}
