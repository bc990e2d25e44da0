// The pane lists the functions from the functions' own guide (plain data, no function code).
import type { Language } from "../engine/language";
import { CRITERIA, type FunctionGuideEntry } from "../functions/guide";
import { CRITERIA_PAIRS, functionText } from "../functions/texts";

export { FUNCTION_GUIDE, type FunctionGuideEntry } from "../functions/guide";

/**
 * A function's call as the pane lists it. In French and Spanish the function and each argument go
 * by the names Excel in that language shows (functions-fr.json, functions-es.json), with ";" between
 * arguments as the functions' help writes them: =C2C.PUNTUACION(valor; peor; meta).
 */
export function guideCall(
  language: Language,
  namespace: string,
  entry: FunctionGuideEntry,
): string {
  const text = language === "en" ? undefined : functionText(language, entry.id);
  if (language === "en" || text === undefined)
    return `=${namespace}.${entry.id}(${entry.argumentList})`;
  const argumentList = entry.argumentList
    .split(CRITERIA)
    .map((part) =>
      part
        .replace(/[A-Za-z]+/g, (word) => text.parameters[word]?.name ?? word)
        .replaceAll(", ", "; "),
    )
    .join(CRITERIA_PAIRS[language]);
  return `=${namespace}.${text.name}(${argumentList})`;
}
