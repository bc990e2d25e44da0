// Which language the pane speaks: a choice kept in localStorage overrides Office's (the browser's)
// language; the locale stays the environment's when its language is the one spoken.
import {
  LANGUAGE_STORAGE_KEY,
  paneLocale,
  storedChoice,
  storeChoice,
  type ChoiceStorage,
} from "../../../src/taskpane/texts/languageChoice";
import { languageSetting } from "../../../src/taskpane/texts/languageSetting";

function memoryStorage(initial: Record<string, string> = {}): ChoiceStorage & {
  readonly items: Record<string, string>;
} {
  const items = { ...initial };
  return {
    items,
    getItem: (key) => items[key] ?? null,
    setItem: (key, value) => {
      items[key] = value;
    },
  };
}

describe("paneLocale", () => {
  it.each([
    ["office", "fr-FR", "fr", "fr-FR"],
    ["office", "es-MX", "es", "es-MX"],
    ["office", "fr-CA", "fr", "fr-CA"],
    ["office", "de-DE", "en", "en-GB"],
    ["office", "en-US", "en", "en-US"],
    ["office", undefined, "en", "en-GB"],
    ["office", "", "en", "en-GB"],
    ["fr", "en-US", "fr", "fr-FR"],
    ["es", "es-AR", "es", "es-AR"],
    ["en", "fr-FR", "en", "en-GB"],
    ["fr", "fr_FR.UTF-8", "fr", "fr-FR"],
  ] as const)(
    "choice %s in %s speaks %s, writes numbers for %s",
    (choice, tag, language, locale) => {
      expect(paneLocale(choice, tag)).toEqual({ language, locale });
    },
  );
});

describe("the stored choice", () => {
  it("reads what was stored, and 'office' when nothing or something unknown was", () => {
    expect(storedChoice(memoryStorage({ [LANGUAGE_STORAGE_KEY]: "es" }))).toBe("es");
    expect(storedChoice(memoryStorage())).toBe("office");
    expect(storedChoice(memoryStorage({ [LANGUAGE_STORAGE_KEY]: "de" }))).toBe("office");
    expect(storedChoice(undefined)).toBe("office");
  });

  it("survives a browser that refuses storage", () => {
    const refusing: ChoiceStorage = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    expect(storedChoice(refusing)).toBe("office");
    expect(() => {
      storeChoice(refusing, "fr");
    }).not.toThrow();
  });
});

describe("languageSetting", () => {
  it("switches the texts, keeps the choice and tells its listeners", () => {
    const storage = memoryStorage();
    const setting = languageSetting("es-MX", "office", storage);
    expect(setting.texts().language).toBe("es");
    expect(setting.texts().number(2.5, 2)).toBe("2.50");
    let told = 0;
    const stop = setting.subscribe(() => {
      told += 1;
    });
    setting.choose("fr");
    expect(setting.texts().t("dialog.cancel")).toBe("Annuler");
    expect(setting.texts().locale).toBe("fr-FR");
    expect(storage.items[LANGUAGE_STORAGE_KEY]).toBe("fr");
    setting.choose("fr");
    expect(told).toBe(1);
    stop();
    setting.choose("office");
    expect(told).toBe(1);
    expect(setting.texts().language).toBe("es");
    expect(setting.environment()).toEqual({ language: "es", locale: "es-MX" });
  });
});
