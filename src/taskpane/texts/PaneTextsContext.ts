// The pane's words as a React context: every view and component reads its texts with useTexts(), so
// the whole pane speaks the language the person chose (or Office's), English where none is provided.

import { createContext, useContext } from "react";
import { ENGLISH_PANE_TEXTS, type PaneTexts } from "./paneTexts";

export const PaneTextsContext = createContext<PaneTexts>(ENGLISH_PANE_TEXTS);

export function useTexts(): PaneTexts {
  return useContext(PaneTextsContext);
}
