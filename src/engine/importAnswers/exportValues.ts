// The cells of a wide export read as the workbook stores them: an answer given as a number, a
// choice name (`1`–`5`, `na`, `dk`) or a choice label in any of the form's languages ("3 – Partly
// in place", "Partiellement en place"); a stakeholder group and a city by their choice names or
// labels. A text that is none of these is said, never guessed at.

import { readAnswer } from "../cells";
import { phrase, type Phrase } from "../language/problemTexts";
import { STAKEHOLDER_GROUPS, type StakeholderGroup } from "../model/types";
import { nameKey, textOf, type CellValue } from "../sheetValues";
import { answerKey, type ExportVocabulary } from "./exportVocabulary";
import type { AnswerValue } from "./types";

export type Read<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: Phrase };

export function exportAnswer(cell: CellValue, vocabulary: ExportVocabulary): Read<AnswerValue> {
  if (typeof cell === "string") {
    const known = vocabulary.answers.get(answerKey(cell));
    if (known !== undefined) return { ok: true, value: known };
  }
  const reading = readAnswer(cell);
  switch (reading.kind) {
    case "score":
      return { ok: true, value: reading.value };
    case "not-applicable":
      return { ok: true, value: "n/a" };
    case "dont-know":
      return { ok: true, value: "?" };
    case "blank":
      return { ok: false, reason: phrase("answers.noAnswer") };
    case "invalid":
      // A number off the scale ("6"): the scale's own message says it best.
      if (reading.outOfScale) return { ok: false, reason: reading.reason };
      break;
  }
  const text = textOf(cell);
  const numbered = /^([1-5]|n\/a|\?|na|dk) - /u.exec(answerKey(text));
  if (typeof cell === "string" && numbered !== null)
    return {
      ok: false,
      reason: phrase("answers.numberWordsDisagree", { text }),
    };
  if (typeof cell === "string")
    return {
      ok: false,
      reason: phrase("answers.notFormAnswer", { text }),
    };
  return { ok: false, reason: reading.reason };
}

export function exportGroup(cell: CellValue, vocabulary: ExportVocabulary): Read<StakeholderGroup> {
  const text = textOf(cell);
  const group = vocabulary.groups.get(nameKey(text));
  if (group !== undefined) return { ok: true, value: group };
  return {
    ok: false,
    reason: phrase("answers.groupNotRecorded", { text, groups: STAKEHOLDER_GROUPS.join(", ") }),
  };
}

export function exportCity(cell: CellValue, vocabulary: ExportVocabulary): Read<string> {
  const partnershipCities = vocabulary.partnerCities;
  const text = textOf(cell);
  const city = vocabulary.cities.get(nameKey(text));
  if (city !== undefined) return { ok: true, value: city };
  const known =
    partnershipCities.length === 0
      ? phrase("answers.noPartnerCities")
      : phrase("answers.partnerCities", { cities: partnershipCities.join(", ") });
  return { ok: false, reason: phrase("answers.cityNotRecorded", { text, known }) };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

/** A text that reads as an e-mail address: never copied into a workbook. */
export function looksLikeEmail(text: string): boolean {
  return EMAIL.test(text.trim());
}
