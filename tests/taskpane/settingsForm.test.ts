import { catalogue } from "../../src/engine/catalogue";
import { DEFAULT_SETTINGS } from "../../src/engine/settings";
import { paneTexts } from "../../src/taskpane/texts/paneTexts";
import {
  choiceWord,
  readSettingsTexts,
  settingFields,
  settingsTexts,
} from "../../src/taskpane/views/settingsForm";

const IDS = catalogue.principles.map((principle) => principle.id);

describe("the Settings form", () => {
  it("has one field per row of the Settings table, labelled with the row's key, in the table's order", () => {
    const keys = settingFields(IDS).map((field) => field.key);
    expect(keys.slice(0, 8)).toEqual([
      "Worst-value mode",
      "Target year",
      "Item aggregation",
      "Contested threshold",
      "Half-answered share",
      "Coverage threshold",
      "Peer minimum units",
      "Minimum group size",
    ]);
    expect(keys).toContain("SDG band limit: Challenges remain");
    expect(keys).toContain("Principle band limit: Advanced");
    expect(keys.slice(-16, -6)).toEqual(IDS.map((id) => `Principle weight: ${id}`));
    expect(keys.slice(-6)).toEqual([
      "DAC relevance",
      "DAC coherence",
      "DAC effectiveness",
      "DAC efficiency",
      "DAC impact",
      "DAC sustainability",
    ]);
    expect(keys).toHaveLength(8 + 3 + 3 + 10 + 6);
    expect(settingFields(IDS).find((field) => field.key === "DAC impact")).toEqual({
      key: "DAC impact",
      kind: "text",
    });
    expect(settingFields(IDS).find((field) => field.key === "Worst-value mode")).toEqual({
      key: "Worst-value mode",
      kind: "choice",
      options: ["fixed", "peer", "baseline"],
      words: "worstValueMode",
    });
  });

  it("shows each choice by its word in the pane's language and names a wrong one the same way", () => {
    const french = paneTexts("fr", "fr-FR");
    expect(
      ["fixed", "peer", "baseline"].map((mode) => choiceWord(french, "worstValueMode", mode)),
    ).toEqual(["fixe", "pairs", "référence"]);
    expect(choiceWord(paneTexts("en", "en-GB"), "itemAggregation", "median")).toBe("median");
    const reading = readSettingsTexts(
      { ...settingsTexts(DEFAULT_SETTINGS, IDS), "Item aggregation": "mode" },
      paneTexts("es", "es-ES"),
    );
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.problems).toEqual(["Agregación de respuestas: elija media, mediana."]);
  });

  it("shows the settings as text and reads them back unchanged", () => {
    const texts = settingsTexts(DEFAULT_SETTINGS, IDS);
    expect(texts["Target year"]).toBe("2030");
    expect(texts["Half-answered share"]).toBe("0.5");
    expect(texts["SDG band limit: Challenges remain"]).toBe("75");
    expect(texts["DAC relevance"]).toBe("TA, STK");
    expect(texts["DAC impact"]).toBe("SDG index");
    expect(readSettingsTexts(texts)).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  it("reads a DAC criterion's sources, and names the field of an unknown principle id", () => {
    const texts = settingsTexts(DEFAULT_SETTINGS, IDS);
    const changed = readSettingsTexts({ ...texts, "DAC coherence": "mlg; URL, sdg index" });
    expect(changed.ok && changed.settings.dacLens.coherence).toEqual(["MLG", "URL", "SDG index"]);
    expect(readSettingsTexts({ ...texts, "DAC impact": "SDG 11" })).toEqual({
      ok: false,
      problems: [
        'DAC impact: "SDG 11" is not a principle id (TA, MLG, URL, DATA, ME, P2P, CAP, STK, FIN, DIG) nor "SDG index".',
      ],
    });
  });

  it("says in French and Spanish which sources of a DAC criterion are unknown, or that none is given, naming the field as its label does", () => {
    const texts = settingsTexts(DEFAULT_SETTINGS, IDS);
    const ids = "TA, MLG, URL, DATA, ME, P2P, CAP, STK, FIN, DIG";
    expect(
      readSettingsTexts({ ...texts, "DAC impact": "SDG 11, TA; ODD" }, paneTexts("fr", "fr-FR")),
    ).toEqual({
      ok: false,
      problems: [
        `CAD : impact : "SDG 11", "ODD" ne sont ni des identifiants de principe (${ids}) ni « SDG index ».`,
      ],
    });
    expect(
      readSettingsTexts({ ...texts, "DAC relevance": " ; " }, paneTexts("es", "es-ES")),
    ).toEqual({
      ok: false,
      problems: ['CAD: pertinencia: indique al menos un identificador de principio o "SDG index".'],
    });
  });

  it("reads changed values, numbers typed with spaces included", () => {
    const texts = {
      ...settingsTexts(DEFAULT_SETTINGS, IDS),
      "Target year": " 2035 ",
      "Worst-value mode": "Peer",
      "Principle weight: FIN": "2.5",
      "Minimum group size": "5",
    };
    const reading = readSettingsTexts(texts);
    expect(reading).toEqual({
      ok: true,
      settings: {
        ...DEFAULT_SETTINGS,
        targetYear: 2035,
        worstValueMode: "peer",
        minimumGroupSize: 5,
        principleWeights: { ...DEFAULT_SETTINGS.principleWeights, FIN: 2.5 },
      },
    });
  });

  it("names every field it cannot read", () => {
    const texts = {
      ...settingsTexts(DEFAULT_SETTINGS, IDS),
      "Target year": "soon",
      "Coverage threshold": "",
      "Item aggregation": "mode",
    };
    expect(readSettingsTexts(texts)).toEqual({
      ok: false,
      problems: [
        'Target year: "soon" is not a number.',
        "Item aggregation: choose mean, median.",
        "Coverage threshold: type a number.",
      ],
    });
  });

  it("applies the rules that tie settings together, in the engine's words", () => {
    const texts = {
      ...settingsTexts(DEFAULT_SETTINGS, IDS),
      "SDG band limit: Challenges remain": "40",
      "Minimum group size": "0",
    };
    const reading = readSettingsTexts(texts);
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.problems).toEqual([
      "The SDG band limits must rise within 0–100 (significant challenges < challenges remain < achieved), not 50, 40, 100.",
      "The minimum group size must be a whole number of 1 or more, not 0.",
    ]);
  });

  it.each([
    ["fr", "fr-FR", /^La taille minimale/],
    ["es", "es-ES", /^El tamaño mínimo/],
  ] as const)("says the same rules in the pane's %s", (language, locale, minimumGroup) => {
    const reading = readSettingsTexts(
      { ...settingsTexts(DEFAULT_SETTINGS, IDS), "Minimum group size": "0" },
      paneTexts(language, locale),
    );
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.problems).toHaveLength(1);
    expect(reading.problems[0]).toMatch(minimumGroup);
  });
});
