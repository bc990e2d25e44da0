import { Body1, Button, Field, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { useWorkflow } from "../components/useWorkflow";
import { ViewFrame } from "../components/ViewFrame";
import { checkLine } from "../workflows/selfTest/selfTestReport";
import type { PaneWorkflows, SelfTestReport } from "../workflows/types";
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
  const [asking, setAsking] = useState(false);
  const [report, setReport] = useState<SelfTestReport | null>(null);
  const started = useRef(false);

  const run = async (): Promise<void> => {
    setAsking(false);
    setReport(null);
    const outcome = await workflow.run({
      start: "Running the self-test…",
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
    <ViewFrame
      title="Self-test"
      lead="Checks, in this Excel, every operation the add-in uses, on scratch sheets it removes afterwards, and reports what it saw in words you can copy or save."
      state={workflow.state}
    >
      <div>
        <Button
          appearance="secondary"
          disabled={workflow.busy}
          onClick={() => {
            setAsking(true);
          }}
        >
          Run the self-test
        </Button>
      </div>
      {report !== null && (
        <>
          <Body1 as="p" className={styles.summary}>
            {report.summary}
          </Body1>
          <ul className={styles.checks} aria-label="Self-test checks">
            {report.results.map((result) => (
              <li key={result.id}>{checkLine(result)}</li>
            ))}
          </ul>
          <Field label="Self-test report">
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
              description: "The self-test report.",
            }}
          />
        </>
      )}
      <ConfirmDialog
        open={asking}
        title="Run the self-test in a blank workbook"
        confirmLabel="This is a blank workbook: run it"
        onConfirm={() => void run()}
        onCancel={() => {
          setAsking(false);
          workflow.note(["The self-test did not run."]);
        }}
      >
        The self-test writes on scratch sheets and removes them when it ends. Excel cannot undo an
        add-in&apos;s edits, and they clear its undo history: run it in a new blank workbook (File ›
        New › Blank workbook, then open the add-in there), not in one you are working in.
      </ConfirmDialog>
    </ViewFrame>
  );
}
