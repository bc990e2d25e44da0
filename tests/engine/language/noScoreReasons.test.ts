// Why a principle, the alignment or an indicator row has no score: the scoring function gives a
// phrase (a code and its parameters), and each place renders it in its own language. English is the
// sentence the engine always wrote; French and Spanish keep the numbers and write a computed
// share with their decimal comma.

import { phraseText, type Phrase } from "../../../src/engine/language/problemTexts";
import { alignment, indicatorScore, principleScore } from "../../../src/engine/scoring";
import type { Result } from "../../../src/engine/result";

function reasonOf(result: Result<unknown>): Phrase {
  if (result.ok || result.error.phrase === undefined) throw new Error("expected a phrased failure");
  return result.error.phrase;
}

const eightItems = [4, 3, null, null, null, null, null, null] as const;

describe("why there is no score, in three languages", () => {
  it.each([
    {
      case: "too few answered, a share of 62.5 %",
      reason: reasonOf(principleScore(eightItems, 0.625)),
      en: "insufficient answers: 2 of 8 applicable items answered; at least 62.5 % are needed",
      fr: "réponses insuffisantes : une réponse pour 2 des 8 éléments applicables, alors qu'il en faut pour au moins 62,5 %",
      es: "respuestas insuficientes: hay respuesta para 2 de 8 elementos aplicables; se necesita para al menos el 62,5 %",
    },
    {
      case: "too few answered, the default half",
      reason: reasonOf(principleScore(eightItems)),
      en: "insufficient answers: 2 of 8 applicable items answered; at least half are needed",
      fr: "réponses insuffisantes : une réponse pour 2 des 8 éléments applicables, alors qu'il en faut pour au moins la moitié",
      es: "respuestas insuficientes: hay respuesta para 2 de 8 elementos aplicables; se necesita para al menos la mitad",
    },
    {
      case: "none answered",
      reason: reasonOf(principleScore([null, null, "n/a"])),
      en: "insufficient answers: none of the 2 applicable items is answered yet",
      fr: "réponses insuffisantes : aucun des 2 éléments applicables n'a encore de réponse",
      es: "respuestas insuficientes: ninguno de los 2 elementos aplicables tiene respuesta todavía",
    },
    {
      case: "no principle scored",
      reason: reasonOf(alignment([null, null])),
      en: "no principle has a score yet",
      fr: "aucun principe n'a encore de score",
      es: "ningún principio tiene puntuación todavía",
    },
    {
      case: "an end value equal to a worst value of 12.5",
      reason: reasonOf(indicatorScore(10, 12.5, 12.5)),
      en: "the end value equals the worst value (12.5): the score is undefined",
      fr: "la valeur finale est égale à la pire valeur (12,5) : le score n'est pas défini",
      es: "el valor final es igual al peor valor (12,5): la puntuación no está definida",
    },
  ])("$case", ({ reason, en, fr, es }) => {
    expect(phraseText("en", reason)).toBe(en);
    expect(phraseText("fr", reason)).toBe(fr);
    expect(phraseText("es", reason)).toBe(es);
  });

  it("the English rendering is the failure's message, as the custom functions show it", () => {
    const scored = principleScore(eightItems, 0.625);
    expect(scored.ok).toBe(false);
    if (!scored.ok) expect(scored.error.message).toBe(phraseText("en", reasonOf(scored)));
  });
});
