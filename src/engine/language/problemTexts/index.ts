// The engine's problem catalogue: every problem the engine finds is a code plus parameters, rendered
// in the language of the place that shows it (the terminal, the pane, a report); `Problem.message`
// is its English rendering, for logs and JSON. A parameter may itself be a phrase of this catalogue
// (how a cell is described, why a reading failed), rendered in the same language, so no English
// sentence is ever passed into another language's template.

import type { Problem } from "../../model/types";
import type { Language } from "../language";
import { messageCatalogue } from "../messageCatalogue";
import type { MessageParameters } from "../messageText";
import { ENGLISH_PROBLEM_TEXTS, type ProblemCode } from "./englishProblems";
import es from "./es.json";
import fr from "./fr.json";

export { ENGLISH_PROBLEM_TEXTS, type ProblemCode } from "./englishProblems";

export const problemTexts = messageCatalogue(ENGLISH_PROBLEM_TEXTS, { fr, es });

/** A sentence or part of one, as a code of the problem catalogue and its parameters. */
export interface Phrase {
  readonly code: ProblemCode;
  readonly parameters?: PhraseParameters;
}

/** A number the engine computed, written with the language's decimal separator (62.5, 62,5). */
export interface Decimal {
  readonly decimal: number;
}

/**
 * A word or number as it is (a sheet name, an id, a value as typed), a computed number in the
 * language's way, a phrase, or phrases joined by "; ".
 */
export type PhraseValue = string | number | Decimal | Phrase | readonly Phrase[];

export type PhraseParameters = Readonly<Record<string, PhraseValue>>;

export function phrase(code: ProblemCode, parameters?: PhraseParameters): Phrase {
  return parameters === undefined ? { code } : { code, parameters };
}

export function decimal(value: number): Decimal {
  return { decimal: value };
}

export function isProblemCode(code: string | undefined): code is ProblemCode {
  return code !== undefined && Object.hasOwn(ENGLISH_PROBLEM_TEXTS, code);
}

/** The phrase in the language, its phrase parameters rendered in the same language first. */
export function phraseText(language: Language, { code, parameters }: Phrase): string {
  return problemTexts.text(language, code, renderedParameters(language, parameters));
}

export function englishText(value: Phrase): string {
  return phraseText("en", value);
}

/** Whole sentences, one after the other, as one phrase (the first alone when there is one). */
export function sentences(first: Phrase, ...rest: readonly Phrase[]): Phrase {
  const [next, ...after] = rest;
  return next === undefined
    ? first
    : phrase("sentences.then", { sentence: first, then: sentences(next, ...after) });
}

/** Parameters with every phrase among them rendered in the language: what a template takes. */
export function renderedParameters(
  language: Language,
  parameters: PhraseParameters | undefined,
): MessageParameters {
  if (parameters === undefined) return {};
  return Object.fromEntries(
    Object.entries(parameters).map(([name, value]) => [name, valueText(language, value)]),
  );
}

/** Between the phrases of a list: French sets a space before the semicolon. */
const LIST_SEPARATOR: Readonly<Record<Language, string>> = { en: "; ", fr: " ; ", es: "; " };

function valueText(language: Language, value: PhraseValue): string | number {
  if (typeof value === "string" || typeof value === "number") return value;
  if (isPhraseList(value))
    return value.map((part) => phraseText(language, part)).join(LIST_SEPARATOR[language]);
  if ("decimal" in value) return decimalText(language, value.decimal);
  return phraseText(language, value);
}

/** 62.5 in English, 62,5 in French and Spanish. */
function decimalText(language: Language, value: number): string {
  return language === "en" ? String(value) : String(value).replace(".", ",");
}

function isPhraseList(value: Decimal | Phrase | readonly Phrase[]): value is readonly Phrase[] {
  return Array.isArray(value);
}

/** A problem at an address, its English message rendered from the phrase it keeps. */
export function problemAt(
  address: string,
  severity: Problem["severity"],
  { code, parameters }: Phrase,
): Problem {
  const message = englishText({ code, ...(parameters === undefined ? {} : { parameters }) });
  return parameters === undefined
    ? { address, message, severity, code }
    : { address, message, severity, code, parameters };
}

/** The problem's message in the language when it carries a code of this catalogue, else as written. */
export function problemMessage(language: Language, problem: Problem): string {
  if (!isProblemCode(problem.code)) return problem.message;
  return problemTexts.text(
    language,
    problem.code,
    renderedParameters(language, problem.parameters),
  );
}
