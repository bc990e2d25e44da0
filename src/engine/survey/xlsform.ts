// A workbook's checklist as an XLSForm (https://xlsform.org): the spreadsheet KoboToolbox, ODK and
// SurveyCTO turn into an offline questionnaire, so stakeholders can answer in a workshop or on a
// phone without the workbook. One group per principle, named by the principle's id, so an export's
// column paths read `TA/TA1`; each item a select_one named by its item ID, its label starting with
// the ID, so exports that keep labels instead of names still name the item. The form is data here;
// xlsformSheets lays it out as the three sheets the format defines.

import { catalogue, type PrincipleId } from "../catalogue";
import { CATALOGUE_LANGUAGES, catalogueText, type CatalogueLanguage } from "../catalogue/texts";
import { STAKEHOLDER_GROUPS, type ChecklistItemRow } from "../model/types";
import { contentHash } from "./contentHash";
import { FORM_TEXTS, type FormTexts } from "./formTexts";
import { xmlNameFrom } from "./xmlNames";

/** A language of the form, as XLSForm's `label::English (en)` columns name it. */
export interface FormLanguage {
  readonly code: CatalogueLanguage;
  /** The language's own name in English, as Kobo and ODK list it. */
  readonly name: string;
}

function formLanguage(code: CatalogueLanguage): FormLanguage {
  return { code, name: FORM_TEXTS[code].languageName };
}

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
  /**
   * The IDs of the items asked in their workbook's own wording in every language: custom items,
   * and catalogue items whose wording the workbook changed. Empty for an English-only form.
   */
  readonly untranslatedItems: readonly string[];
}

export interface XlsformInput {
  readonly partnershipName: string;
  readonly cities: readonly string[];
  /** The workbook's own checklist, custom items included, in sheet order. */
  readonly checklist: readonly Pick<ChecklistItemRow, "principle" | "itemId" | "item">[];
  /** Published results show only groups with at least this many respondents (Settings). */
  readonly minimumGroupSize: number;
  /** The form's languages, the first its default_language; English, French and Spanish if not given. */
  readonly languages?: readonly CatalogueLanguage[];
}

/** The list names of the form's choices sheet. */
export const LISTS = { answer: "answer", group: "stakeholder_group", city: "city" } as const;

/** The question names of the respondent's details, before the checklist's groups. */
export const RESPONDENT_QUESTIONS = {
  respondent: "respondent",
  group: "stakeholder_group",
  organisation: "organisation",
  city: "city",
} as const;

/** Choice names of the answers that are not a level of the scale. */
const NOT_APPLICABLE_CHOICE = "na";
const DONT_KNOW_CHOICE = "dk";

/** One text per language of the form, each made from that language's texts. */
type InEach = (text: (language: CatalogueLanguage, texts: FormTexts) => string) => Translated;

function inEachOf(languages: readonly CatalogueLanguage[]): InEach {
  return (text) =>
    Object.fromEntries(
      languages.map((language) => [language, text(language, FORM_TEXTS[language])]),
    );
}

/** A catalogue text in a language; English (the key set) when a language lacks it. */
function catalogueWording(
  language: CatalogueLanguage,
  section: Parameters<typeof catalogueText>[1],
  id: string,
  english: string,
): string {
  return catalogueText(language, section, id) ?? english;
}

function answerChoices(inEach: InEach): ChoiceRow[] {
  const { levels, notApplicable, dontKnow } = catalogue.answerScale;
  const choice = (name: string, token: string, english: string): ChoiceRow => ({
    listName: LISTS.answer,
    name,
    label: inEach(
      (language) => `${token} – ${catalogueWording(language, "answerLabels", token, english)}`,
    ),
  });
  return [
    ...levels.map((level) => choice(String(level.value), String(level.value), level.label)),
    choice(NOT_APPLICABLE_CHOICE, notApplicable, notApplicable),
    choice(DONT_KNOW_CHOICE, dontKnow, dontKnow),
  ];
}

/** Choices named after their English labels, made valid and unique as XML names ("Saint-Louis" → Saint-Louis). */
function namedChoices<Label extends string>(
  listName: string,
  labels: readonly Label[],
  label: (english: Label) => Translated,
): ChoiceRow[] {
  const taken = new Set<string>();
  return labels.map((english) => {
    const name = xmlNameFrom(english.toLowerCase(), "choice", taken);
    taken.add(name);
    return { listName, name, label: label(english) };
  });
}

function respondentQuestions(minimumGroupSize: number, inEach: InEach): SurveyRow[] {
  return [
    {
      type: "note",
      name: "privacy_note",
      label: inEach((_, texts) => texts.privacyNote(minimumGroupSize)),
    },
    {
      type: "text",
      name: RESPONDENT_QUESTIONS.respondent,
      label: inEach((_, texts) => texts.respondent),
      hint: inEach((_, texts) => texts.respondentHint),
      required: true,
    },
    {
      type: `select_one ${LISTS.group}`,
      name: RESPONDENT_QUESTIONS.group,
      label: inEach((_, texts) => texts.group),
      required: true,
    },
    {
      type: "text",
      name: RESPONDENT_QUESTIONS.organisation,
      label: inEach((_, texts) => texts.organisation),
    },
    {
      type: `select_one ${LISTS.city}`,
      name: RESPONDENT_QUESTIONS.city,
      label: inEach((_, texts) => texts.city),
      required: true,
    },
  ];
}

/**
 * An item's wording in `language`: the catalogue's translation when the workbook asks the
 * catalogue's item as the catalogue words it in any of its languages (a workbook made in French
 * words it in French), else undefined: the workbook's own words are used then.
 */
function translatedItem(
  language: CatalogueLanguage,
  item: XlsformInput["checklist"][number],
): string | undefined {
  const asked = item.item.trim();
  const asCatalogue = CATALOGUE_LANGUAGES.some(
    (wording) => catalogueText(wording, "items", item.itemId)?.trim() === asked,
  );
  return asCatalogue ? catalogueText(language, "items", item.itemId) : undefined;
}

function principleGroups(
  checklist: XlsformInput["checklist"],
  reserved: ReadonlySet<string>,
  languages: readonly CatalogueLanguage[],
): { rows: SurveyRow[]; renamed: Record<string, string>; untranslated: string[] } {
  const taken = new Set(reserved);
  const renamed: Record<string, string> = {};
  const untranslated: string[] = [];
  const inEach = inEachOf(languages);
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
      label: inEach(
        (language) =>
          `${id} — ${catalogueWording(language, "principleNames", id, principle?.name ?? id)}`,
      ),
      hint:
        principle === undefined
          ? undefined
          : inEach((language, texts) =>
              texts.principleAsks(catalogueWording(language, "principleAsks", id, principle.asks)),
            ),
    });
    for (const item of checklist.filter((row) => row.principle === id)) {
      const name = xmlNameFrom(item.itemId, "item", taken);
      taken.add(name);
      if (name !== item.itemId) renamed[item.itemId] = name;
      const label = inEach(
        (language) => `${item.itemId}. ${translatedItem(language, item) ?? item.item}`,
      );
      if (
        languages.length > 1 &&
        languages.some((language) => translatedItem(language, item) === undefined)
      )
        untranslated.push(item.itemId);
      rows.push({
        type: `select_one ${LISTS.answer}`,
        name,
        label,
        hint: inEach((_, texts) => texts.itemHint),
        required: true,
      });
    }
    rows.push({ type: "end_group", name: id });
  }
  return { rows, renamed, untranslated };
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
  const codes = input.languages ?? CATALOGUE_LANGUAGES;
  const [defaultLanguage = "en"] = codes;
  const inEach = inEachOf(codes);
  const respondent = respondentQuestions(input.minimumGroupSize, inEach);
  const groups = principleGroups(
    input.checklist,
    new Set(respondent.map((row) => row.name)),
    codes,
  );
  const survey = [...respondent, ...groups.rows];
  const choices = [
    ...answerChoices(inEach),
    ...namedChoices(LISTS.group, STAKEHOLDER_GROUPS, (group) =>
      inEach((_, texts) => texts.groups[group]),
    ),
    // A city's name is the same in every language.
    ...namedChoices(LISTS.city, input.cities, (city) => inEach(() => city)),
  ];
  const title = FORM_TEXTS[defaultLanguage].title(input.partnershipName);
  return {
    languages: codes.map(formLanguage),
    survey,
    choices,
    settings: {
      formTitle: title,
      formId: formIdOf(input.partnershipName),
      version: `${catalogue.version}-${contentHash(JSON.stringify([title, survey, choices]))}`,
      defaultLanguage: formLanguage(defaultLanguage),
    },
    renamedItems: groups.renamed,
    untranslatedItems: groups.untranslated,
  };
}
