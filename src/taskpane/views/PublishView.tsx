import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useWorkflow } from "../components/useWorkflow";
import { ViewFrame } from "../components/ViewFrame";
import type { PaneWorkflows, PublishFormat, PublishResult } from "../workflows/types";
import type { PaneTextKey } from "../texts/paneTexts";
import { useTexts } from "../texts/PaneTextsContext";
import { FileOffer } from "./FileOffer";

export interface PublishViewProps {
  readonly workflows: PaneWorkflows;
}

/** The buttons, in the order a partnership usually publishes. */
export const PUBLISH_BUTTONS: readonly {
  readonly format: PublishFormat;
  readonly label: PaneTextKey;
  /** "Preparing the HTML report…" while it is made. */
  readonly preparing: PaneTextKey;
}[] = [
  { format: "workbook", label: "publish.workbook", preparing: "publish.preparingWorkbook" },
  { format: "html", label: "publish.html", preparing: "publish.preparingHtml" },
  { format: "csv", label: "publish.csv", preparing: "publish.preparingCsv" },
  { format: "open-sdg", label: "publish.openSdg", preparing: "publish.preparingOpenSdg" },
  { format: "json", label: "publish.json", preparing: "publish.preparingJson" },
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
  const { t } = useTexts();
  const [file, setFile] = useState<Extract<PublishResult, { kind: "file" }> | null>(null);

  const publish = async (format: PublishFormat, preparing: PaneTextKey): Promise<void> => {
    setFile(null);
    const outcome = await workflow.run({
      start: t(preparing),
      call: (progress) => workflows.publish(format, progress),
      describe: (result) => [result.description],
    });
    if (outcome.ok && outcome.result.kind === "file") setFile(outcome.result);
  };

  return (
    <ViewFrame title={t("publish.title")} lead={t("publish.lead")} state={workflow.state}>
      <div className={styles.buttons}>
        {PUBLISH_BUTTONS.map((button) => (
          <Button
            key={button.format}
            onClick={() => void publish(button.format, button.preparing)}
            disabled={workflow.busy}
          >
            {t(button.label)}
          </Button>
        ))}
      </div>
      {file !== null && <FileOffer file={file} />}
    </ViewFrame>
  );
}
