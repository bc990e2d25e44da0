import { MessageBar, MessageBarBody, Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { PaneWorkflows } from "../workflows/types";
import { useTexts } from "../texts/PaneTextsContext";
import { WorkbookSummary } from "./WorkbookSummary";

export interface PaneHeaderProps {
  readonly workflows: PaneWorkflows;
  /** Sentences about what this Excel cannot do (a missing requirement set), shown as warnings. */
  readonly notices: readonly string[];
}

const useStyles = makeStyles({
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

export function PaneHeader({ workflows, notices }: PaneHeaderProps) {
  const styles = useStyles();
  const { t } = useTexts();
  return (
    <header className={styles.header}>
      <Title3 as="h1">C2C Scoreboard</Title3>
      {workflows.environment === "preview" && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t("header.preview")}</MessageBarBody>
        </MessageBar>
      )}
      {notices.map((notice) => (
        <MessageBar key={notice} intent="warning" layout="multiline">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      ))}
      <WorkbookSummary workflows={workflows} />
    </header>
  );
}
