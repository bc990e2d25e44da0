// The custom functions' names and help in French and Spanish, keyed by function id and English
// parameter name (the ids and the English names never change; Excel shows the translated ones). English is the JSDoc of src/functions (functions.json) and the pane's
// one-line guide (../guide.ts); the build writes functions-fr.json and functions-es.json from these
// (scripts/build/localisedMetadata.ts) and the pane lists the functions by their name in its language.
// Plain data without imports of function code, so the pane can bundle it.

import type { Language } from "../../engine/language";
import es from "./es.json";
import fr from "./fr.json";

export interface ParameterText {
  /** The argument's name in the formula tooltip: lower camelCase, ASCII letters only. */
  readonly name: string;
  /** The formula builder's description of the argument. */
  readonly description: string;
}

export interface FunctionText {
  /** The name Excel shows and the user types in that language (`C2C.<name>`). */
  readonly name: string;
  /** The pane's one line on what the function returns (../guide.ts in English). */
  readonly meaning: string;
  /** The formula builder's description of the function. */
  readonly description: string;
  /** Each argument's name and description, by the argument's English name. */
  readonly parameters: Readonly<Record<string, ParameterText>>;
}

export type TranslatedLanguage = Exclude<Language, "en">;

export const FUNCTION_TEXTS: Readonly<
  Record<TranslatedLanguage, Readonly<Record<string, FunctionText>>>
> = { fr, es };

/**
 * The guide's criteria pairs (../guide.ts CRITERIA) in the words of Excel's own AVERAGEIFS in that
 * language (MOYENNE.SI.ENS, PROMEDIO.SI.CONJUNTO), whose criteria the functions take alike.
 */
export const CRITERIA_PAIRS: Readonly<Record<TranslatedLanguage, string>> = {
  fr: "[plage_critères; critères]…",
  es: "[rango_criterios; criterio]…",
};

/** A function's text in a language other than English; undefined for a function it lacks. */
export function functionText(language: TranslatedLanguage, id: string): FunctionText | undefined {
  return FUNCTION_TEXTS[language][id];
}
