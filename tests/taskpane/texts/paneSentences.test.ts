// Sentences the pane builds from results, in French and Spanish: band labels, principle and goal
// names from the catalogue's texts, numbers with the locale's decimal sign, counts in agreement.
import { catalogueText } from "../../../src/engine/catalogue/texts";
import { bandText } from "../../../src/taskpane/components/bandText";
import { describeImport } from "../../../src/taskpane/components/describe";
import { paneTexts } from "../../../src/taskpane/texts/paneTexts";
import type { ImportResult } from "../../../src/taskpane/workflows/types";
import type { Comparison } from "../../../src/engine/compare/types";
import type { StakeholderView } from "../../../src/engine/stakeholders/types";
import { describeComparison, learningSentence } from "../../../src/taskpane/views/CompareView";
import { describeStakeholders, groupHeading } from "../../../src/taskpane/views/StakeholdersView";
import { describeValidation } from "../../../src/taskpane/views/ValidateView";

const french = paneTexts("fr", "fr-FR");
const spanish = paneTexts("es", "es-ES");
const mexican = paneTexts("es", "es-MX");
const english = paneTexts("en", "en-GB");

const BANDS = [
  "Achieved",
  "Challenges remain",
  "Significant challenges",
  "Major challenges",
  "Weak",
  "Developing",
  "Established",
  "Advanced",
  "Low coverage",
  "No data",
];

describe("band labels", () => {
  it("are the engine's labels in English and a translation of each in French and Spanish", () => {
    expect(BANDS.map((band) => bandText(english, band))).toEqual(BANDS);
    for (const texts of [french, spanish]) {
      const shown = BANDS.map((band) => bandText(texts, band));
      expect(new Set(shown).size).toBe(BANDS.length);
      for (const [index, band] of BANDS.entries()) expect(shown[index]).not.toBe(band);
    }
    expect(bandText(french, "Developing")).toBe("En développement");
  });

  it("pass a label outside the set through as the engine wrote it", () => {
    expect(bandText(french, "Something new")).toBe("Something new");
  });
});

describe("who can learn from whom", () => {
  const principlePair = {
    learner: "Rabat",
    rowKind: "principle",
    id: "FIN",
    name: "Financing",
    learnerScore: 2.1,
    learnerBand: "Developing",
    peer: "Lyon",
    peerScore: 3.4,
    peerBand: "Established",
    gap: 1.3,
  } as const;

  it("names the principle in the pane's language and writes its decimal sign", () => {
    expect(learningSentence(french, principlePair)).toBe(
      `Rabat pourrait apprendre de Lyon sur FIN ${catalogueText("fr", "principleNames", "FIN") ?? ""} : 2,10 (En développement) contre 3,40 (Établi).`,
    );
    expect(learningSentence(mexican, principlePair)).toBe(
      `Rabat podría aprender de Lyon en FIN ${catalogueText("es", "principleNames", "FIN") ?? ""}: 2.10 (En desarrollo) frente a 3.40 (Consolidado).`,
    );
    expect(learningSentence(english, principlePair)).toBe(
      "Rabat could learn from Lyon on FIN Financing: 2.10 (Developing) against 3.40 (Established).",
    );
  });

  it("names an SDG goal by the UN's name in that language", () => {
    const goalPair = {
      ...principlePair,
      rowKind: "goal",
      id: "SDG 6",
      name: "Clean Water and Sanitation",
      learnerScore: 41.25,
      learnerBand: "Major challenges",
      peerScore: 80,
      peerBand: "Challenges remain",
    } as const;
    const name = catalogueText("es", "goalNames", "6") ?? "";
    expect(name).not.toBe("Clean Water and Sanitation");
    expect(learningSentence(spanish, goalPair)).toBe(
      `Rabat podría aprender de Lyon en SDG 6 ${name}: 41,3 (Grandes desafíos) frente a 80,0 (Persisten desafíos).`,
    );
  });
});

describe("counts in sentences", () => {
  it("agree with one and many in French", () => {
    const result = {
      problems: [
        { address: "Checklist!D5", message: "7 is not on the 1–5 scale", severity: "error" },
      ],
      checkedItems: 1,
      checkedIndicatorRows: 24,
    } as const;
    expect(describeValidation(french, result)).toEqual([
      "Trouvé 1 problème (1 erreur bloquant le calcul) ; les cellules indiquées sont traitées comme manquantes. Choisissez-en un pour aller à sa cellule.",
      "Vérifié : 1 élément de la liste de contrôle et 24 lignes d'indicateurs.",
    ]);
  });

  it("say how many rows or cells of an answers file were not placed, in the singular or the plural", () => {
    const rejected = (count: number) => ({
      respondentsAdded: [],
      answersWritten: 0,
      rejected: Array.from({ length: count }, (_unused, index) => ({
        line: index + 2,
        message: "unknown item",
      })),
      notes: [],
    });
    expect(describeImport(french, rejected(1))).toContain(
      "1 ligne ou cellule du fichier n'a pas pu être placée :",
    );
    expect(describeImport(spanish, rejected(2))).toContain(
      "2 filas o celdas del archivo no se pudieron colocar:",
    );
    expect(describeImport(english, rejected(1))).toContain(
      "1 row or cell of the file could not be placed:",
    );
  });

  it("name a text file's line, a workbook export's cell or its row in the pane's language", () => {
    const result: ImportResult = {
      respondentsAdded: [],
      answersWritten: 0,
      rejected: [
        { line: 3, message: "unknown item" },
        {
          line: 2,
          place: { kind: "cell", sheet: "Kobo export", cell: "C2" },
          message: "not an answer",
        },
        { line: 7, place: { kind: "row", sheet: "Form", row: 7 }, message: "no respondent" },
      ],
      notes: [],
    };
    expect(describeImport(french, result).slice(-3)).toEqual([
      "Ligne 3 : unknown item",
      "'Kobo export'!C2 : not an answer",
      "Form, ligne 7 : no respondent",
    ]);
    expect(describeImport(spanish, result).slice(-3)).toEqual([
      "Línea 3: unknown item",
      "'Kobo export'!C2: not an answer",
      "Form, fila 7: no respondent",
    ]);
    expect(describeImport(english, result).slice(-1)).toEqual(["Form row 7: no respondent"]);
  });
});

describe("the stakeholder and comparison notes", () => {
  // The English `notes` are what the engine's outputs repeat; the pane says the notices' facts.
  const view: StakeholderView = {
    representation: { groups: [], missing: [], withoutGroup: 0, respondents: 4 },
    groups: [],
    contested: [],
    actionsAddressingInput: { addressed: 0, answered: 0, share: null },
    minimumGroupSize: 3,
    notices: [{ kind: "contested-withheld", count: 2, minimum: 3 }],
    notes: ["2 contested items have fewer than 3 answers from 1 to 5 and are not listed."],
  };
  const comparison: Comparison = {
    kind: "cities",
    units: [
      {
        name: "Rabat",
        detail: "latest year 2024, 3 respondents",
        cityDetail: { latestYear: 2024, respondents: 3 },
      },
    ],
    rows: [],
    learning: [],
    peerStatistics: false,
    notices: [{ kind: "no-checklist" }],
    notes: ["The workbook has no checklist answers, so no principle scores are compared."],
  };

  it("are said in the pane's language from the notices", () => {
    expect(describeStakeholders(french, view).at(-1)).toBe(
      "2 éléments contestés ont moins de 3 réponses de 1 à 5 et ne sont pas listés.",
    );
    expect(describeStakeholders(spanish, view).at(-1)).toBe(
      "2 elementos controvertidos tienen menos de 3 respuestas de 1 a 5 y no se listan.",
    );
    expect(describeComparison(french, comparison).at(-1)).toBe(
      "Le classeur n'a pas de réponses à la liste de contrôle : aucun score de principe n'est comparé.",
    );
    expect(describeComparison(spanish, comparison).at(-1)).toBe(
      "El libro no tiene respuestas a la lista de verificación, por lo que no se comparan puntuaciones de principios.",
    );
  });

  it("name a city's latest year and respondents in the pane's language", () => {
    expect(describeComparison(french, comparison)[0]).toContain(
      "Rabat (dernière année 2024, 3 répondants)",
    );
    expect(describeComparison(spanish, comparison)[0]).toContain(
      "Rabat (último año 2024, 3 personas encuestadas)",
    );
  });

  it("are the engine's English notes word for word in English", () => {
    expect(describeStakeholders(english, view).at(-1)).toBe(view.notes[0]);
    expect(describeComparison(english, comparison).at(-1)).toBe(comparison.notes[0]);
    expect(describeComparison(english, comparison)[0]).toContain(
      "Rabat (latest year 2024, 3 respondents)",
    );
  });
});

describe("the stakeholder groups' headings", () => {
  const youth = {
    group: "youth",
    members: ["youth"],
    respondents: 4,
    principles: [],
    alignment: null,
  } as const;
  const merged = {
    group: "merged",
    members: ["civil society", "no group"],
    respondents: 3,
    principles: [],
    alignment: null,
  } as const;

  it("name the groups in the contract's words of the pane's language", () => {
    expect(groupHeading(french, youth)).toBe("jeunesse, 4");
    expect(groupHeading(french, merged)).toBe(
      "Regroupés (société civile, répondants sans groupe), 3",
    );
    expect(groupHeading(spanish, merged)).toBe(
      "Agrupados (sociedad civil, personas encuestadas sin grupo), 3",
    );
    expect(groupHeading(english, merged)).toBe(
      "Merged (civil society, respondents without a group), 3",
    );
  });
});
