import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import type { Principle } from "../../engine/catalogue";
import type { FunctionGuideEntry } from "../functionGuide";
import { FunctionList } from "./FunctionList";
import { PrincipleList } from "./PrincipleList";
import { useTexts } from "../texts/PaneTextsContext";

export interface HelpSectionProps {
  readonly catalogueVersion: string;
  readonly principles: readonly Principle[];
  readonly functions: readonly FunctionGuideEntry[];
}

const useStyles = makeStyles({
  help: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
  summary: {
    cursor: "pointer",
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
  },
  body: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    paddingTop: tokens.spacingVerticalS,
  },
});

/**
 * What the add-in is, the ten principles it rates and the functions it adds to Excel, folded at the
 * foot of the pane (a native disclosure: keyboard and screen readers know it without help).
 */
export function HelpSection({ catalogueVersion, principles, functions }: HelpSectionProps) {
  const styles = useStyles();
  const { t } = useTexts();
  return (
    <details className={styles.help}>
      <summary className={styles.summary}>{t("help.summary")}</summary>
      <div className={styles.body}>
        <Body1 as="p">{t("help.about")}</Body1>
        <PrincipleList principles={principles} catalogueVersion={catalogueVersion} />
        <FunctionList functions={functions} namespace="C2C" />
      </div>
    </details>
  );
}
