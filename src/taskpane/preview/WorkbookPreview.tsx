import { Caption1, Subtitle2, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { CellValue } from "../../engine/cells";
import { sameName } from "../../engine/plan/names";
import type { MemorySelection, MemoryWorkbook } from "../../host/memory/memoryWorkbook";
import { usePaneChanges } from "../components/paneChanges";
import { useTexts } from "../texts/PaneTextsContext";
import { SheetGrid } from "./SheetGrid";

export interface WorkbookPreviewProps {
  /** The workbook the pane's session works on in the preview. */
  readonly workbook: MemoryWorkbook;
}

const useStyles = makeStyles({
  preview: {
    display: "flex",
    flexDirection: "column",
    flexGrow: 1,
    minWidth: 0,
    height: "100vh",
    boxSizing: "border-box",
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    "@media (max-width: 760px)": {
      height: "80vh",
      borderLeft: "none",
      borderTop: `1px solid ${tokens.colorNeutralStroke1}`,
    },
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: {
    display: "flex",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  tabs: {
    flexShrink: 0,
    overflowX: "auto",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  empty: { padding: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
  notice: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/**
 * The workbook behind the preview, beside the pane: the visible sheets as tabs and the active one as
 * an editable grid. It reads the memory workbook again whenever the pane's version moves on (after
 * every workflow call and edit), and follows the selection the pane makes (a problem clicked).
 */
export function WorkbookPreview({ workbook }: WorkbookPreviewProps) {
  const styles = useStyles();
  const { changed } = usePaneChanges();
  const { t } = useTexts();
  const [chosen, setChosen] = useState<string | null>(null);
  const [followed, setFollowed] = useState<MemorySelection | null>(null);
  const [notice, setNotice] = useState("");

  const selection = workbook.selection;
  // A new selection from the pane brings its sheet to the front (state adjusted while rendering, as
  // React recommends for state that follows a changing input).
  if (selection !== followed) {
    setFollowed(selection);
    if (selection !== null) setChosen(selection.sheet);
  }

  const sheets = workbook.sheets.filter((sheet) => !sheet.hidden);
  const active =
    sheets.find((sheet) => chosen !== null && sameName(sheet.name, chosen)) ?? sheets[0];

  const commit = (address: string, value: CellValue): void => {
    if (active === undefined) return;
    if (active.protection !== undefined) {
      setNotice(t("preview.protected", { sheet: active.name }));
      return;
    }
    workbook.setCell(active.name, address, value);
    setNotice("");
    changed();
  };

  return (
    <section aria-label={t("preview.title")} className={styles.preview}>
      <div className={styles.heading}>
        <Subtitle2 as="h2">{t("preview.title")}</Subtitle2>
        <Caption1>{t("preview.lead")}</Caption1>
        {notice !== "" && (
          <Caption1 className={styles.notice} aria-live="polite">
            {notice}
          </Caption1>
        )}
      </div>
      {active === undefined ? (
        <p className={styles.empty}>{t("preview.empty")}</p>
      ) : (
        <SheetGrid key={active.name} sheet={active} selection={selection} onCommit={commit} />
      )}
      {sheets.length > 0 && (
        <TabList
          className={styles.tabs}
          aria-label={t("preview.sheets")}
          // No hidden bold copy of each tab name, so a tab's text is exactly its name (Fluent 9.74 passes
          // the prop on to the DOM, which React warns about in development builds only).
          reserveSelectedTabSpace={false}
          size="small"
          selectedValue={active?.name}
          onTabSelect={(_event, data) => {
            setChosen(String(data.value));
            setNotice("");
          }}
        >
          {sheets.map((sheet) => (
            <Tab key={sheet.name} value={sheet.name}>
              {sheet.name}
            </Tab>
          ))}
        </TabList>
      )}
    </section>
  );
}
