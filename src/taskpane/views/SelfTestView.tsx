import { Body1, Button, Field, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { useWorkflow } from "../components/useWorkflow";
import { ViewFrame } from "../components/ViewFrame";
import { checkLine } from "../workflows/selfTest/selfTestReport";
import type { PaneWorkflows, SelfTestReport } from "../workflows/types";
import { useTexts } from "../texts/PaneTextsContext";
import { FileOffer } from "./FileOffer";

export interface SelfTestViewProps {
  readonly workflows: PaneWorkflows;
  /** Run at once, without asking (taskpane.html?selftest=run): whoever opened that address asked. */
  readonly runAtOnce?: boolean;
}

const useStyles = makeStyles({
  checks: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  summary: { fontWeight: tokens.fontWeightSemibold },
  report: { fontFamily: tokens.fontFamilyMonospace },
});

/** Self-test: every host operation the add-in uses, on scratch sheets, reported in words to send back. */
export function SelfTestView({ workflows, runAtOnce = false }: SelfTestViewProps) {
  const styles = useStyles();
  const workflow = useWorkflow();
  const texts = useTexts();
  const { t } = texts;
  const [asking, setAsking] = useState(false);
  const [report, setReport] = useState<SelfTestReport | null>(null);
  const started = useRef(false);

  const run = async (): Promise<void> => {
    setAsking(false);
    setReport(null);
    const outcome = await workflow.run({
      start: t("selfTest.running"),
      call: (progress) => workflows.selfTest(progress),
      describe: (result) => [result.summary],
    });
    if (outcome.ok) setReport(outcome.result);
  };

  useEffect(() => {
    // Once, even when React mounts the view twice in development.
    if (!runAtOnce || started.current) return;
    started.current = true;
    void run();
  }, [runAtOnce]);

  return (
    <ViewFrame title={t("selfTest.title")} lead={t("selfTest.lead")} state={workflow.state}>
      <div>
        <Button
          appearance="secondary"
          disabled={workflow.busy}
          onClick={() => {
            setAsking(true);
          }}
        >
          {t("selfTest.run")}
        </Button>
      </div>
      {report !== null && (
        <>
          <Body1 as="p" className={styles.summary}>
            {report.summary}
          </Body1>
          <ul className={styles.checks} aria-label={t("selfTest.checks")}>
            {report.results.map((result) => (
              <li key={result.id}>{checkLine(texts, result)}</li>
            ))}
          </ul>
          <Field label={t("selfTest.report")}>
            <Textarea
              className={styles.report}
              value={report.text}
              readOnly
              resize="vertical"
              rows={8}
            />
          </Field>
          <FileOffer
            file={{
              kind: "file",
              fileName: "c2c-self-test.txt",
              mimeType: "text/plain",
              content: report.text,
              description: t("selfTest.reportFile"),
            }}
          />
        </>
      )}
      <ConfirmDialog
        open={asking}
        title={t("selfTest.askTitle")}
        confirmLabel={t("selfTest.askConfirm")}
        onConfirm={() => void run()}
        onCancel={() => {
          setAsking(false);
          workflow.note([t("selfTest.didNotRun")]);
        }}
      >
        {t("selfTest.askBody")}
      </ConfirmDialog>
    </ViewFrame>
  );
}
