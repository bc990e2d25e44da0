// The stakeholder view's notes in each language: the English sentences every text and CSV output
// repeats, and the French and Spanish ones of the HTML report, with the groups named in the language.

import type { Language } from "../../../src/engine/language";
import { stakeholderNoteText, type StakeholderNote } from "../../../src/engine/stakeholders";

const NOTES: readonly (readonly [StakeholderNote, Record<Language, string>])[] = [
  [
    { kind: "missing-groups", groups: ["youth", "private sector"] },
    {
      en: "No respondent from: youth and private sector.",
      fr: "Aucun répondant de : jeunesse et secteur privé.",
      es: "Ninguna persona encuestada de: juventud y sector privado.",
    },
  ],
  [
    {
      kind: "pool-shown",
      members: [
        { member: "academia", respondents: 1 },
        { member: "no group", respondents: 2 },
      ],
      minimum: 3,
      poolSize: 3,
    },
    {
      en: "Academia (1) and respondents without a group (2) were merged: each has fewer than 3 respondents, the minimum for results of their own; merged they have 3.",
      fr: "Université et recherche (1) et répondants sans groupe (2) ont été fusionnés : chacun compte moins de 3 répondants, le minimum pour des résultats propres ; fusionnés, ils sont 3.",
      es: "Academia (1) y personas encuestadas sin grupo (2) se fusionaron: cada uno tiene menos de 3 personas encuestadas, el mínimo para resultados propios; fusionados suman 3.",
    },
  ],
  [
    {
      kind: "pool-joined",
      members: [{ member: "youth", respondents: 1 }],
      minimum: 3,
      poolSize: 1,
      joining: { member: "civil society", respondents: 3 },
    },
    {
      en: "Youth (1) has fewer than 3 respondents; civil society (3) was merged with it, so that its results cannot be worked out from the overall scores minus the groups shown; merged they have 4.",
      fr: "Jeunesse (1) compte moins de 3 répondants ; on lui a adjoint société civile (3), afin que ses résultats ne puissent pas être déduits des scores globaux moins les groupes présentés ; fusionnés, ils sont 4.",
      es: "Juventud (1) tiene menos de 3 personas encuestadas; sociedad civil (3) se unió a ese grupo, para que sus resultados no puedan deducirse de las puntuaciones globales menos los grupos mostrados; fusionados suman 4.",
    },
  ],
  [
    {
      kind: "pool-hidden",
      members: [{ member: "no group", respondents: 2 }],
      minimum: 3,
      poolSize: 2,
    },
    {
      en: "Respondents without a group (2) are fewer than 3: no results per stakeholder group are shown (their answers count in the overall scores).",
      fr: "Répondants sans groupe (2) sont moins de 3 : aucun résultat par groupe de parties prenantes n'est présenté (leurs réponses comptent dans les scores globaux).",
      es: "Personas encuestadas sin grupo (2) son menos de 3: no se muestran resultados por grupo de partes interesadas (sus respuestas cuentan en las puntuaciones globales).",
    },
  ],
  [
    { kind: "contested-withheld", count: 2, minimum: 3 },
    {
      en: "2 contested items have fewer than 3 answers from 1 to 5 and are not listed.",
      fr: "2 éléments contestés ont moins de 3 réponses de 1 à 5 et ne sont pas listés.",
      es: "2 elementos controvertidos tienen menos de 3 respuestas de 1 a 5 y no se listan.",
    },
  ],
];

describe("stakeholderNoteText", () => {
  it.each(NOTES)("says %j in each language", (note, sentences) => {
    for (const language of ["en", "fr", "es"] as const)
      expect(stakeholderNoteText(note, language)).toBe(sentences[language]);
    expect(stakeholderNoteText(note)).toBe(sentences.en);
  });
});
