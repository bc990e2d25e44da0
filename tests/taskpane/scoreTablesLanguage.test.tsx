// The pane's scores in the pane's language: why a principle or the alignment has no score is the
// engine's phrase, rendered in the language the pane speaks, whatever the workbook's.
import { renderToString } from "react-dom/server";
import { scoreAssessment } from "../../src/engine/assessment";
import type { Language } from "../../src/engine/language";
import { ScoreTables } from "../../src/taskpane/views/ScoreTables";
import { PaneTextsContext } from "../../src/taskpane/texts/PaneTextsContext";
import { paneTexts } from "../../src/taskpane/texts/paneTexts";
import { assessmentWith, item, respondents } from "../engine/assessment/builders";
import { textOf } from "./ssrHtml";

// TA: 1 of 3 applicable items answered, below the default half; every other principle has no items.
const scores = scoreAssessment(
  assessmentWith({
    respondents: respondents(1),
    checklist: [item("TA", "TA1", [4]), item("TA", "TA2", ["?"]), item("TA", "TA3", [null])],
  }),
);

function shownIn(language: Language, locale: string): string {
  return textOf(
    renderToString(
      <PaneTextsContext.Provider value={paneTexts(language, locale)}>
        <ScoreTables scores={scores} />
      </PaneTextsContext.Provider>,
    ),
  );
}

describe("the pane's scores say why there is no score in the pane's language", () => {
  it.each([
    {
      language: "en" as const,
      locale: "en-GB",
      principle:
        "TA has no score: insufficient answers: 1 of 3 applicable items answered; at least half are needed.",
      alignment: "no principle has a score yet",
    },
    {
      language: "fr" as const,
      locale: "fr-FR",
      principle:
        "TA n'a pas de note : réponses insuffisantes : une réponse pour 1 des 3 éléments applicables, alors qu'il en faut pour au moins la moitié.",
      alignment: "aucun principe n'a encore de score",
    },
    {
      language: "es" as const,
      locale: "es-ES",
      principle:
        "TA no tiene puntuación: respuestas insuficientes: hay respuesta para 1 de 3 elementos aplicables; se necesita para al menos la mitad.",
      alignment: "ningún principio tiene puntuación todavía",
    },
  ])("in $language", ({ language, locale, principle, alignment }) => {
    const text = shownIn(language, locale);
    expect(text).toContain(principle);
    expect(text).toContain(alignment);
  });
});
