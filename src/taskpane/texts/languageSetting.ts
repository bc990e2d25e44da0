// The pane's language while it runs: one object shared by the React views (through
// PaneTextsContext) and the session's workflows (which write progress and results in words), so a
// choice made in Settings changes both at once.

import {
  paneLocale,
  storeChoice,
  type ChoiceStorage,
  type LanguageChoice,
  type PaneLocale,
} from "./languageChoice";
import { paneTexts, type PaneTexts } from "./paneTexts";

export interface LanguageSetting {
  readonly choice: () => LanguageChoice;
  readonly texts: () => PaneTexts;
  /** The environment's own language, as Office (or the browser) names it. */
  readonly environment: () => PaneLocale;
  readonly choose: (choice: LanguageChoice) => void;
  /** For React's useSyncExternalStore: called after each choice; returns the unsubscribe. */
  readonly subscribe: (listener: () => void) => () => void;
}

export function languageSetting(
  environmentTag: string | undefined,
  initial: LanguageChoice,
  storage: ChoiceStorage | undefined,
): LanguageSetting {
  let choice = initial;
  const textsOf = (chosen: LanguageChoice): PaneTexts => {
    const { language, locale } = paneLocale(chosen, environmentTag);
    return paneTexts(language, locale);
  };
  let texts = textsOf(choice);
  const listeners = new Set<() => void>();
  return {
    choice: () => choice,
    texts: () => texts,
    environment: () => paneLocale("office", environmentTag),
    choose: (next) => {
      if (next === choice) return;
      choice = next;
      texts = textsOf(next);
      storeChoice(storage, next);
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
