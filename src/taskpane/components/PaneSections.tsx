import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import type { PaneTextKey } from "../texts/paneTexts";
import { useTexts } from "../texts/PaneTextsContext";
import type { PaneWorkflows } from "../workflows/types";
import { ActionsView } from "../views/ActionsView";
import { CompareView } from "../views/CompareView";
import { CreateView } from "../views/CreateView";
import { PublishView } from "../views/PublishView";
import { ScoreboardView } from "../views/ScoreboardView";
import { SelfTestView } from "../views/SelfTestView";
import { SettingsView } from "../views/SettingsView";
import { StakeholdersView } from "../views/StakeholdersView";
import { ValidateView } from "../views/ValidateView";

export const SECTIONS = [
  "Create",
  "Validate",
  "Scoreboard",
  "Compare",
  "Stakeholders",
  "Publish",
  "Actions",
  "Settings",
] as const;
export type Section = (typeof SECTIONS)[number];

/** Each section's tab name; the section's id (above) stays English, as ids do. */
const SECTION_NAMES: Readonly<Record<Section, PaneTextKey>> = {
  Create: "section.create",
  Validate: "section.validate",
  Scoreboard: "section.scoreboard",
  Compare: "section.compare",
  Stakeholders: "section.stakeholders",
  Publish: "section.publish",
  Actions: "section.actions",
  Settings: "section.settings",
};

export interface PaneSectionsProps {
  readonly workflows: PaneWorkflows;
  readonly initial?: Section;
  /** Run the self-test (under Settings) as soon as the pane opens. */
  readonly runSelfTest?: boolean;
  /** The pane's language choice, shown first under Settings. */
  readonly languageField?: ReactNode;
}

const useStyles = makeStyles({
  tabs: {
    flexWrap: "wrap",
    rowGap: tokens.spacingVerticalXXS,
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`,
  },
  panel: { paddingTop: tokens.spacingVerticalS },
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXL },
});

function isSection(value: unknown): value is Section {
  return SECTIONS.some((section) => section === value);
}

/**
 * The pane's sections as tabs. Every section stays mounted (hidden when not chosen), so a result or
 * a half-filled form is still there when the user comes back to it.
 */
export function PaneSections({
  workflows,
  initial = "Create",
  runSelfTest = false,
  languageField,
}: PaneSectionsProps) {
  const styles = useStyles();
  const { t } = useTexts();
  const [chosen, setChosen] = useState<Section>(initial);
  const panels: Record<Section, ReactNode> = {
    Create: <CreateView workflows={workflows} />,
    Validate: <ValidateView workflows={workflows} />,
    Scoreboard: <ScoreboardView workflows={workflows} />,
    Compare: <CompareView workflows={workflows} active={chosen === "Compare"} />,
    Stakeholders: <StakeholdersView workflows={workflows} />,
    Publish: <PublishView workflows={workflows} />,
    Actions: <ActionsView workflows={workflows} active={chosen === "Actions"} />,
    Settings: (
      <div className={styles.stack}>
        {languageField}
        <SettingsView workflows={workflows} active={chosen === "Settings"} />
        <SelfTestView workflows={workflows} runAtOnce={runSelfTest} />
      </div>
    ),
  };
  return (
    <>
      <TabList
        className={styles.tabs}
        aria-label={t("sections.label")}
        // No hidden bold copy of each tab name, so a tab's text is exactly its name (Fluent 9.74 passes
        // the prop on to the DOM, which React warns about in development builds only).
        reserveSelectedTabSpace={false}
        size="small"
        selectedValue={chosen}
        onTabSelect={(_event, data) => {
          if (isSection(data.value)) setChosen(data.value);
        }}
      >
        {SECTIONS.map((section) => (
          <Tab
            key={section}
            id={`section-tab-${section}`}
            value={section}
            aria-controls={`section-${section}`}
          >
            {t(SECTION_NAMES[section])}
          </Tab>
        ))}
      </TabList>
      {SECTIONS.map((section) => (
        <div
          key={section}
          id={`section-${section}`}
          role="tabpanel"
          aria-labelledby={`section-tab-${section}`}
          hidden={section !== chosen}
          className={styles.panel}
        >
          {panels[section]}
        </div>
      ))}
    </>
  );
}
