import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { PaneWorkflows, WorkbookStatus } from "../workflows/types";
import { errorMessage } from "./errorMessage";
import { usePaneChanges } from "./paneChanges";

export interface WorkbookSummaryProps {
  readonly workflows: PaneWorkflows;
}

const useStyles = makeStyles({
  summary: { color: tokens.colorNeutralForeground2 },
});

/** One line on the open workbook: its partnership and cities, or that it holds no assessment yet. */
export function summaryLine(status: WorkbookStatus): string {
  if (!status.isAssessment)
    return "This workbook holds no assessment yet: create one, or load the sample partnership.";
  const name = status.partnershipName ?? "An unnamed partnership";
  const cities = status.cities.length === 0 ? "" : ` · ${status.cities.join(", ")}`;
  const scoreboard = status.hasScoreboard ? "" : " · no scoreboard yet";
  return `${name}${cities}${scoreboard}`;
}

/** Read again after every change; a failure to read is shown here, in words, rather than hidden. */
export function WorkbookSummary({ workflows }: WorkbookSummaryProps) {
  const styles = useStyles();
  const { version } = usePaneChanges();
  const [line, setLine] = useState("Reading the workbook…");
  useEffect(() => {
    let current = true;
    workflows.status().then(
      (status) => {
        if (current) setLine(summaryLine(status));
      },
      (error: unknown) => {
        if (current) setLine(`The workbook could not be read: ${errorMessage(error)}`);
      },
    );
    return () => {
      current = false;
    };
  }, [workflows, version]);
  return <Caption1 className={styles.summary}>{line}</Caption1>;
}
