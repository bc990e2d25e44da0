// The pane's list of functions writes each call in the pane's language: the function's and its
// arguments' names from src/functions/texts (what functions-fr.json and functions-es.json give
// Excel), ";" between arguments, AVERAGEIFS's own words for the criteria pairs.
import { CRITERIA_PAIRS, functionText, type TranslatedLanguage } from "../../src/functions/texts";
import { FUNCTION_GUIDE, guideCall } from "../../src/taskpane/functionGuide";

function guideEntry(id: string) {
  const entry = FUNCTION_GUIDE.find((candidate) => candidate.id === id);
  if (entry === undefined) throw new Error(`the guide has no ${id}`);
  return entry;
}

describe("guideCall", () => {
  it.each([
    ["en", "SCORE", "=C2C.SCORE(value, worst, end)"],
    ["fr", "SCORE", "=C2C.SCORE(valeur; pire; cible)"],
    ["es", "SCORE", "=C2C.PUNTUACION(valor; peor; meta)"],
    ["en", "GOALINDEX", "=C2C.GOALINDEX(scores, goals, goal, [criteria_range, criterion]…)"],
    ["fr", "GOALINDEX", "=C2C.INDICEODD(scores; listeOdd; odd; [plage_critères; critères]…)"],
    ["es", "COVERAGE", "=C2C.COBERTURA(valores; [rango_criterios; criterio]…)"],
    ["fr", "PRINCIPLE", "=C2C.PRINCIPE(scoresElements; principes; principe; [partMin])"],
    ["es", "TRENDCLASS", "=C2C.CLASETENDENCIA(puntuaciones; anios; [anioMeta])"],
  ] as const)("writes %s %s as %s", (language, id, call) => {
    expect(guideCall(language, "C2C", guideEntry(id))).toBe(call);
  });

  it.each(["fr", "es"] as const)(
    "in %s names each argument of every function by one of its parameters in that language",
    (language: TranslatedLanguage) => {
      for (const entry of FUNCTION_GUIDE) {
        const text = functionText(language, entry.id);
        const names = Object.values(text?.parameters ?? {}).map((parameter) => parameter.name);
        const call = guideCall(language, "C2C", entry);
        const argumentList = call
          .slice(call.indexOf("(") + 1, -1)
          .replace(CRITERIA_PAIRS[language], "");
        const words = argumentList.match(/[A-Za-z]+/g) ?? [];
        expect(words.length).toBeGreaterThan(0);
        for (const word of words)
          expect({ id: entry.id, word, known: names.includes(word) }).toEqual({
            id: entry.id,
            word,
            known: true,
          });
      }
    },
  );
});
