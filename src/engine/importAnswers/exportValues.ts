// The cells of a wide export read as the workbook stores them: an answer given as a number, a
// choice name (`1`–`5`, `na`, `dk`) or a choice label in any of the form's languages ("3 – Partly
// in place", "Partiellement en place"); a stakeholder group and a city by their choice names or
// labels. A text that is none of these is said, never guessed at.

import { readAnswer } from "../cells";
import { STAKEHOLDER_GROUPS, type StakeholderGroup } from "../model/types";
import { nameKey, textOf, type CellValue } from "../sheetValues";
import { answerKey, type ExportVocabulary } from "./exportVocabulary";
import type { AnswerValue } from "./types";

export type Read<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

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
      return { ok: false, reason: "no answer" };
    case "invalid":
      // A number off the scale ("6"): the scale's own message says it best.
      if (reading.outOfScale) return { ok: false, reason: reading.message };
      break;
  }
  const text = textOf(cell);
  const numbered = /^([1-5]|n\/a|\?|na|dk) - /u.exec(answerKey(text));
  if (typeof cell === "string" && numbered !== null)
    return {
      ok: false,
      reason: `"${text}" is not one of the form's answers: its number and its words disagree`,
    };
  if (typeof cell === "string")
    return {
      ok: false,
      reason: `"${text}" is not an answer: use 1 to 5, n/a or ?, or one of the form's choices such as "3 – Partly in place"`,
    };
  return { ok: false, reason: reading.message };
}

export function exportGroup(cell: CellValue, vocabulary: ExportVocabulary): Read<StakeholderGroup> {
  const text = textOf(cell);
  const group = vocabulary.groups.get(nameKey(text));
  if (group !== undefined) return { ok: true, value: group };
  return {
    ok: false,
    reason: `"${text}" is not a stakeholder group (${STAKEHOLDER_GROUPS.join(", ")}), so it is not recorded`,
  };
}

export function exportCity(cell: CellValue, vocabulary: ExportVocabulary): Read<string> {
  const partnershipCities = vocabulary.partnerCities;
  const text = textOf(cell);
  const city = vocabulary.cities.get(nameKey(text));
  if (city !== undefined) return { ok: true, value: city };
  const known =
    partnershipCities.length === 0
      ? "the workbook names no partner cities"
      : `the partner cities are ${partnershipCities.join(", ")}`;
  return {
    ok: false,
    reason: `"${text}" is not one of the partnership's cities (${known}), so it is not recorded`,
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

/** A text that reads as an e-mail address: never copied into a workbook. */
export function looksLikeEmail(text: string): boolean {
  return EMAIL.test(text.trim());
}
