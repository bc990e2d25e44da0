// The task pane: a narrow column of sections over one PaneWorkflows session, in Office's theme. In the
// browser preview the workbook behind the session is shown beside it as editable grids.
import {
  FluentProvider,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import type { Principle } from "../engine/catalogue";
import type { MemoryWorkbook } from "../host/memory/memoryWorkbook";
import { HelpSection } from "./components/HelpSection";
import { PaneChangesContext, type PaneChanges } from "./components/paneChanges";
import { PaneHeader } from "./components/PaneHeader";
import { PaneSections, type Section } from "./components/PaneSections";
import type { FunctionGuideEntry } from "./functionGuide";
import { WorkbookPreview } from "./preview/WorkbookPreview";
import { LanguageField } from "./components/LanguageField";
import { languageSetting, type LanguageSetting } from "./texts/languageSetting";
import { PaneTextsContext } from "./texts/PaneTextsContext";
import type { PaneWorkflows } from "./workflows/types";

export interface AppProps {
  readonly workflows: PaneWorkflows;
  /** Office says its theme is dark. */
  readonly dark: boolean;
  /** The preview's workbook (shown beside the pane); null inside Excel. */
  readonly previewWorkbook: MemoryWorkbook | null;
  /** What this Excel cannot do, in sentences (a missing requirement set). */
  readonly notices: readonly string[];
  readonly catalogueVersion: string;
  readonly principles: readonly Principle[];
  readonly functions: readonly FunctionGuideEntry[];
  readonly initialSection?: Section;
  /** taskpane.html?selftest=run: open Settings and run the self-test at once. */
  readonly runSelfTest?: boolean;
  /** The pane's language, shared with the session; English, not kept anywhere, when left out. */
  readonly language?: LanguageSetting;
}

const ENGLISH_ONLY = languageSetting("en-GB", "office", undefined);

/** Office task panes are 320–450 px wide; the preview keeps the pane that wide so it looks the same. */
export const PREVIEW_PANE_WIDTH = "380px";

const useStyles = makeStyles({
  provider: { minHeight: "100vh" },
  layout: {
    display: "flex",
    alignItems: "stretch",
    height: "100vh",
    // A browser window too narrow for both: the preview goes under the pane.
    "@media (max-width: 760px)": { flexDirection: "column", height: "auto" },
  },
  pane: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    boxSizing: "border-box",
    overflowY: "auto",
    height: "100vh",
  },
  paneInExcel: { width: "100%" },
  paneBesidePreview: {
    width: PREVIEW_PANE_WIDTH,
    flexShrink: 0,
    "@media (max-width: 760px)": { width: "100%", height: "auto", overflowY: "visible" },
  },
});

export function App({
  workflows,
  dark,
  previewWorkbook,
  notices,
  catalogueVersion,
  principles,
  functions,
  initialSection,
  runSelfTest = false,
  language = ENGLISH_ONLY,
}: AppProps) {
  const styles = useStyles();
  const texts = useSyncExternalStore(language.subscribe, language.texts, language.texts);
  useEffect(() => {
    // <html lang> follows the pane, so screen readers and hyphenation read it in its language.
    document.documentElement.lang = texts.language;
  }, [texts.language]);
  const [version, setVersion] = useState(0);
  const changed = useCallback(() => {
    setVersion((current) => current + 1);
  }, []);
  const changes = useMemo<PaneChanges>(() => ({ version, changed }), [version, changed]);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} className={styles.provider}>
      <PaneTextsContext.Provider value={texts}>
        <PaneChangesContext.Provider value={changes}>
          <div className={styles.layout}>
            <main
              className={`${styles.pane} ${previewWorkbook === null ? styles.paneInExcel : styles.paneBesidePreview}`}
              aria-label={texts.t("pane.label")}
            >
              <PaneHeader workflows={workflows} notices={notices} />
              <PaneSections
                workflows={workflows}
                initial={runSelfTest ? "Settings" : initialSection}
                runSelfTest={runSelfTest}
                languageField={<LanguageField setting={language} />}
              />
              <HelpSection
                catalogueVersion={catalogueVersion}
                principles={principles}
                functions={functions}
              />
            </main>
            {previewWorkbook !== null && <WorkbookPreview workbook={previewWorkbook} />}
          </div>
        </PaneChangesContext.Provider>
      </PaneTextsContext.Provider>
    </FluentProvider>
  );
}
