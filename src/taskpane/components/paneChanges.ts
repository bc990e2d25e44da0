// The pane's change signal: every workflow call and every edit in the preview grid may change the
// workbook, so they report it here, and what shows the workbook (the summary, the preview grid, the
// weak spots, the settings) reads it again when the version moves on.

import { createContext, useContext } from "react";

export interface PaneChanges {
  /** Grows by one after each change. */
  readonly version: number;
  readonly changed: () => void;
}

export const PaneChangesContext = createContext<PaneChanges>({
  version: 0,
  changed: () => undefined,
});

export function usePaneChanges(): PaneChanges {
  return useContext(PaneChangesContext);
}
