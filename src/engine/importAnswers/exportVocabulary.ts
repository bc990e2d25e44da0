// The words a survey tool's export of our questionnaire can use, taken from the very form
// `c2c survey --xlsform` writes for the workbook (one source: buildXlsform): each item's question
// name and labels, and the names and labels, in every language, of the answers, stakeholder groups
// and cities. An export in XML names or in labels, in English, French or Spanish, reads the same.

import type { AnswerValue } from "./types";
import { catalogue } from "../catalogue";
import { CATALOGUE_LANGUAGES, catalogueText } from "../catalogue/texts";
import { STAKEHOLDER_GROUPS, type StakeholderGroup } from "../model/types";
import { nameKey } from "../sheetValues";
import { buildXlsform, LISTS, RESPONDENT_QUESTIONS, type XlsformInput } from "../survey/xlsform";
import { FORM_TEXTS } from "../survey/formTexts";

export interface VocabularyInput {
  /** The workbook's checklist as scoring reads it, custom items included: the form is built from it. */
  readonly checklist: XlsformInput["checklist"];
  /** Every item ID of the checklist table, as it spells them (rows scoring cannot read included). */
  readonly itemIds: readonly string[];
  readonly cities: readonly string[];
}

export interface ExportVocabulary {
  /** The workbook's item IDs as its checklist spells them, the longest first (so TA10 is tried before TA1). */
  readonly itemIds: readonly string[];
  /** nameKey(question name or item ID) → item ID. */
  readonly itemNames: ReadonlyMap<string, string>;
  /** Text key (answerKey) of a choice's name or label → the answer. */
  readonly answers: ReadonlyMap<string, AnswerValue>;
  /** nameKey of a group's name, label or contract wording → the group. */
  readonly groups: ReadonlyMap<string, StakeholderGroup>;
  /** nameKey of a city's choice name or spelling → the city as the partnership spells it. */
  readonly cities: ReadonlyMap<string, string>;
  /** The partner cities as the workbook's About table spells them. */
  readonly partnerCities: readonly string[];
  /** nameKey of every label the form gives a respondent's detail, per detail. */
  readonly details: Readonly<Record<DetailField, ReadonlySet<string>>>;
}

export type DetailField = "respondent" | "group" | "organisation" | "city";

/** Dashes and spaces as one: "3 – Partly in place", "3 - partly in place" and "3—Partly in place" are one key. */
export function answerKey(text: string): string {
  return nameKey(text.normalize("NFC"))
    .replace(/\s*[-–—]\s*/gu, " - ")
    .replace(/[’‘]/gu, "'");
}

const ANSWER_TOKENS: Readonly<Record<string, AnswerValue>> = {
  "1": 1,
  "2": 2,
  "3": 3,
  "4": 4,
  "5": 5,
  [catalogue.answerScale.notApplicable]: "n/a",
  [catalogue.answerScale.dontKnow]: "?",
};

// Words people type for the two answers that are not a level, beside the catalogue's labels.
const ANSWER_SYNONYMS: Readonly<Record<string, AnswerValue>> = {
  na: "n/a",
  "n.a.": "n/a",
  dk: "?",
  "do not know": "?",
  "don't know": "?",
};

// Column titles other tools (and people) give the respondent's details, in the three languages.
const DETAIL_SYNONYMS: Readonly<Record<DetailField, readonly string[]>> = {
  // "Name" is also Microsoft Forms' own column, the account's name: a name the form asks wins.
  respondent: [
    "respondent",
    "name",
    "your name",
    "full name",
    "répondant",
    "nom",
    "encuestado",
    "nombre",
  ],
  group: ["stakeholder group", "group", "groupe", "grupo"],
  organisation: ["organisation", "organization", "organisme", "organización"],
  city: ["city", "partner city", "ville", "ciudad"],
};

export function exportVocabulary(input: VocabularyInput): ExportVocabulary {
  const form = buildXlsform({
    partnershipName: "",
    cities: input.cities,
    checklist: input.checklist,
    minimumGroupSize: 1,
  });
  const itemNames = new Map<string, string>();
  for (const itemId of input.itemIds) itemNames.set(nameKey(itemId), itemId);
  for (const [itemId, name] of Object.entries(form.renamedItems))
    itemNames.set(nameKey(name), itemId);

  const answers = new Map<string, AnswerValue>();
  for (const [token, answer] of Object.entries(ANSWER_TOKENS)) {
    answers.set(answerKey(token), answer);
    for (const language of CATALOGUE_LANGUAGES) {
      const label = catalogueText(language, "answerLabels", token);
      if (label === undefined) continue;
      answers.set(answerKey(label), answer);
      answers.set(answerKey(`${token} - ${label}`), answer);
    }
  }
  for (const [word, answer] of Object.entries(ANSWER_SYNONYMS))
    answers.set(answerKey(word), answer);

  const groups = new Map<string, StakeholderGroup>();
  const cities = new Map<string, string>();
  for (const choice of form.choices) {
    const answer = ANSWER_TOKENS[choice.name] ?? ANSWER_SYNONYMS[choice.name];
    if (choice.listName !== LISTS.answer || answer === undefined) continue;
    for (const text of [choice.name, ...Object.values(choice.label)])
      answers.set(answerKey(text), answer);
  }
  form.choices
    .filter((choice) => choice.listName === LISTS.group)
    .forEach((choice, index) => {
      const group = STAKEHOLDER_GROUPS[index];
      if (group === undefined) return;
      for (const text of [group, choice.name, ...Object.values(choice.label)])
        groups.set(nameKey(text), group);
    });
  form.choices
    .filter((choice) => choice.listName === LISTS.city)
    .forEach((choice, index) => {
      const city = input.cities[index];
      if (city === undefined) return;
      cities.set(nameKey(city), city);
      cities.set(nameKey(choice.name), city);
    });

  const details = {
    respondent: labelsOf("respondent", (texts) => texts.respondent),
    group: labelsOf("group", (texts) => texts.group),
    organisation: labelsOf("organisation", (texts) => texts.organisation),
    city: labelsOf("city", (texts) => texts.city),
  };
  return {
    itemIds: [...input.itemIds].sort((a, b) => b.length - a.length),
    itemNames,
    answers,
    groups,
    cities,
    partnerCities: input.cities,
    details,
  };
}

/** The question's name (as the form names it), its labels in every language and the synonyms. */
function labelsOf(
  field: DetailField,
  label: (texts: (typeof FORM_TEXTS)[keyof typeof FORM_TEXTS]) => string,
): ReadonlySet<string> {
  return new Set(
    [
      RESPONDENT_QUESTIONS[field],
      ...CATALOGUE_LANGUAGES.map((language) => label(FORM_TEXTS[language])),
      ...DETAIL_SYNONYMS[field],
    ].map(nameKey),
  );
}
