import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { PaneTexts } from "../texts/paneTexts";
import { useTexts } from "../texts/PaneTextsContext";
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
export function summaryLine(texts: PaneTexts, status: WorkbookStatus): string {
  if (!status.isAssessment) return texts.t("summary.noAssessment");
  const name = status.partnershipName ?? texts.t("summary.unnamed");
  const cities = status.cities.length === 0 ? "" : ` · ${status.cities.join(", ")}`;
  const scoreboard = status.hasScoreboard ? "" : ` · ${texts.t("summary.noScoreboard")}`;
  return `${name}${cities}${scoreboard}`;
}

type Summary =
  | { readonly kind: "reading" }
  | { readonly kind: "read"; readonly status: WorkbookStatus }
  | { readonly kind: "failed"; readonly error: unknown };

/** Read again after every change; a failure to read is shown here, in words, rather than hidden. */
export function WorkbookSummary({ workflows }: WorkbookSummaryProps) {
  const styles = useStyles();
  const texts = useTexts();
  const { version } = usePaneChanges();
  const [summary, setSummary] = useState<Summary>({ kind: "reading" });
  useEffect(() => {
    let current = true;
    workflows.status().then(
      (status) => {
        if (current) setSummary({ kind: "read", status });
      },
      (error: unknown) => {
        if (current) setSummary({ kind: "failed", error });
      },
    );
    return () => {
      current = false;
    };
  }, [workflows, version]);
  const line =
    summary.kind === "reading"
      ? texts.t("summary.reading")
      : summary.kind === "read"
        ? summaryLine(texts, summary.status)
        : texts.t("summary.failed", { reason: errorMessage(summary.error, texts) });
  return <Caption1 className={styles.summary}>{line}</Caption1>;
}
