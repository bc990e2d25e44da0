// The questionnaire's own words (not the catalogue's) in each language the form can be written in.
// Written for this product, like the checklist's French and Spanish wording (README, "Languages").

import type { CatalogueLanguage } from "../catalogue/texts";
import type { StakeholderGroup } from "../model/types";

export interface FormTexts {
  /** The language's name in English, as XLSForm's `label::French (fr)` columns name it. */
  readonly languageName: string;
  readonly title: (partnershipName: string) => string;
  readonly privacyNote: (minimumGroupSize: number) => string;
  readonly respondent: string;
  readonly respondentHint: string;
  readonly group: string;
  readonly organisation: string;
  readonly city: string;
  readonly itemHint: string;
  readonly principleAsks: (asks: string) => string;
  readonly groups: Readonly<Record<StakeholderGroup, string>>;
}

export const FORM_TEXTS: Readonly<Record<CatalogueLanguage, FormTexts>> = {
  en: {
    languageName: "English",
    title: (name) => `Self-assessment of the partnership ${name}`,
    privacyNote: (size) =>
      `Your answers go into the partnership's own workbook. Anything published shows results only for groups of at least ${size} respondents, never your name, your organisation or a single answer.`,
    respondent: "Your name",
    respondentHint:
      "As the partnership's workbook lists you, so that your answers join your column.",
    group: "Your stakeholder group",
    organisation: "Your organisation",
    city: "The partner city you answer for",
    itemHint:
      "Choose n/a when the item does not apply to this partnership, and ? when you do not know.",
    principleAsks: (asks) => `The principle asks: ${asks}.`,
    groups: {
      "local government": "local government",
      "regional government": "regional government",
      "national government": "national government",
      "civil society": "civil society",
      academia: "academia",
      youth: "youth",
      "private sector": "private sector",
      "donor or financial institution": "donor or financial institution",
    },
  },
  fr: {
    languageName: "French",
    title: (name) => `Auto-évaluation du partenariat ${name}`,
    privacyNote: (size) =>
      `Vos réponses vont dans le classeur du partenariat. Ce qui est publié ne montre des résultats que pour des groupes d'au moins ${size} répondants, jamais votre nom, votre organisation ni une réponse isolée.`,
    respondent: "Votre nom",
    respondentHint:
      "Tel qu'il figure dans le classeur du partenariat, pour que vos réponses rejoignent votre colonne.",
    group: "Votre groupe de parties prenantes",
    organisation: "Votre organisation",
    city: "La ville partenaire pour laquelle vous répondez",
    itemHint:
      "Choisissez n/a si l'élément ne concerne pas ce partenariat, et ? si vous ne savez pas.",
    principleAsks: (asks) => `Le principe demande : ${asks}.`,
    groups: {
      "local government": "collectivité locale",
      "regional government": "gouvernement régional",
      "national government": "gouvernement national",
      "civil society": "société civile",
      academia: "université et recherche",
      youth: "jeunesse",
      "private sector": "secteur privé",
      "donor or financial institution": "bailleur ou institution financière",
    },
  },
  es: {
    languageName: "Spanish",
    title: (name) => `Autoevaluación del partenariado ${name}`,
    privacyNote: (size) =>
      `Sus respuestas van al libro de trabajo del partenariado. Lo que se publica solo muestra resultados de grupos de al menos ${size} personas, nunca su nombre, su organización ni una respuesta suelta.`,
    respondent: "Su nombre",
    respondentHint:
      "Como figura en el libro de trabajo del partenariado, para que sus respuestas se unan a su columna.",
    group: "Su grupo de partes interesadas",
    organisation: "Su organización",
    city: "La ciudad socia por la que responde",
    itemHint:
      "Elija n/a cuando el elemento no se aplica a este partenariado, y ? cuando no lo sabe.",
    principleAsks: (asks) => `El principio pide: ${asks}.`,
    groups: {
      "local government": "gobierno local",
      "regional government": "gobierno regional",
      "national government": "gobierno nacional",
      "civil society": "sociedad civil",
      academia: "universidad e investigación",
      youth: "juventud",
      "private sector": "sector privado",
      "donor or financial institution": "donante o institución financiera",
    },
  },
};
