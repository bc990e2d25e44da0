// Which columns of an answers file hold what. Headers are matched as the workbook contract matches
// them (normaliseHeader: case and spaces ignored), against the names survey tools commonly give:
//
//   respondent    Respondent, Name                        (required)
//   item          Item ID, ItemID, Item                    (required; Item ID is used when both are there)
//   answer        Answer, Response                        (required)
//   group         Group, Stakeholder group                (optional)
//   organisation  Organisation, Organization              (optional)
//
// and in French and Spanish: the contract's own headers of the Responses table (Répondant,
// ID de l'élément, Groupe, Organisme; Encuestado, ID del elemento, Grupo, Organización — matched by
// normaliseHeader in any language), with the words the contract has no header for: Réponse /
// Respuesta, Nom / Nombre, Persona encuestada.
//
// Any other column (a timestamp, an e-mail address) is left alone.

import { phrase, type Phrase } from "../language/problemTexts";
import { normaliseHeader } from "../plan/headers";

export type AnswerField = "respondent" | "item" | "answer" | "group" | "organisation";

/** Accepted headers per field, the preferred one first. */
export const ACCEPTED_HEADERS: Readonly<Record<AnswerField, readonly string[]>> = {
  respondent: ["Respondent", "Name"],
  item: ["Item ID", "ItemID", "Item"],
  answer: ["Answer", "Response"],
  group: ["Group", "Stakeholder group"],
  organisation: ["Organisation", "Organization"],
};

/** Headers in French and Spanish the contract has no header for (its own are matched anyway). */
const OTHER_LANGUAGES_HEADERS: Readonly<Partial<Record<AnswerField, readonly string[]>>> = {
  respondent: ["Nom", "Nombre", "Persona encuestada"],
  answer: ["Réponse", "Respuesta"],
};

const REQUIRED = ["respondent", "item", "answer"] as const;

/** A required column's headers as the message names them, in the language it is shown in. */
const WANTED = {
  respondent: "answers.columnRespondent",
  item: "answers.columnItem",
  answer: "answers.columnAnswer",
} as const;

export type AnswerColumns = Readonly<Record<AnswerField, number | undefined>>;

export type ColumnMatch =
  | { readonly ok: true; readonly columns: AnswerColumns }
  | { readonly ok: false; readonly reason: Phrase };

export function matchAnswerColumns(header: readonly string[]): ColumnMatch {
  const keys = header.map(normaliseHeader);
  const columnOf = (field: AnswerField): number | undefined => {
    for (const accepted of [
      ...ACCEPTED_HEADERS[field],
      ...(OTHER_LANGUAGES_HEADERS[field] ?? []),
    ]) {
      const index = keys.indexOf(normaliseHeader(accepted));
      if (index >= 0) return index;
    }
    return undefined;
  };
  const columns: Record<AnswerField, number | undefined> = {
    respondent: columnOf("respondent"),
    item: columnOf("item"),
    answer: columnOf("answer"),
    group: columnOf("group"),
    organisation: columnOf("organisation"),
  };
  const missing = REQUIRED.filter((field) => columns[field] === undefined);
  if (missing.length === 0) return { ok: true, columns };
  // Each missing field's headers, the fields joined by "; " (a list of phrases).
  const wanted = missing.map((field) => phrase(WANTED[field]));
  const found = header.map((name) => `"${name.trim()}"`).join(", ");
  return {
    ok: false,
    reason: phrase("answers.headerNeeds", {
      wanted,
      found: found === "" ? phrase("answers.noColumns") : found,
    }),
  };
}
