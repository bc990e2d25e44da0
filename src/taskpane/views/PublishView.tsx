import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useWorkflow } from "../components/useWorkflow";
import { ViewFrame } from "../components/ViewFrame";
import type { PaneWorkflows, PublishFormat, PublishResult } from "../workflows/types";
import { FileOffer } from "./FileOffer";

export interface PublishViewProps {
  readonly workflows: PaneWorkflows;
}

/** The buttons, in the order a partnership usually publishes. */
export const PUBLISH_BUTTONS: readonly {
  readonly format: PublishFormat;
  readonly label: string;
  readonly what: string;
}[] = [
  { format: "workbook", label: "Values-only workbook", what: "a values-only copy of the workbook" },
  { format: "html", label: "HTML report", what: "the HTML report" },
  { format: "csv", label: "CSV", what: "the scores as CSV" },
  { format: "open-sdg", label: "Open SDG CSV", what: "the SDG numbers in the Open SDG layout" },
  { format: "json", label: "JSON", what: "the scores as JSON" },
];

const useStyles = makeStyles({
  buttons: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
});

/** Publish: a values-only workbook (a new workbook in Excel, a file elsewhere), the report and data files. */
export function PublishView({ workflows }: PublishViewProps) {
  const styles = useStyles();
  const workflow = useWorkflow();
  const [file, setFile] = useState<Extract<PublishResult, { kind: "file" }> | null>(null);

  const publish = async (format: PublishFormat, what: string): Promise<void> => {
    setFile(null);
    const outcome = await workflow.run({
      start: `Preparing ${what}…`,
      call: (progress) => workflows.publish(format, progress),
      describe: (result) => [result.description],
    });
    if (outcome.ok && outcome.result.kind === "file") setFile(outcome.result);
  };

  return (
    <ViewFrame
      title="Publish"
      lead="Share the results without the formulas: a values-only workbook, a self-contained HTML report, or the numbers as CSV or JSON. Published results never show one respondent's answers."
      state={workflow.state}
    >
      <div className={styles.buttons}>
        {PUBLISH_BUTTONS.map((button) => (
          <Button
            key={button.format}
            onClick={() => void publish(button.format, button.what)}
            disabled={workflow.busy}
          >
            {button.label}
          </Button>
        ))}
      </div>
      {file !== null && <FileOffer file={file} />}
    </ViewFrame>
  );
}
