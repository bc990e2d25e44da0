import { Body1, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, type ReactNode } from "react";
import { ErrorBar } from "./ErrorBar";
import { ProgressStatus } from "./ProgressStatus";
import type { WorkflowState } from "./workflowRun";

export interface ViewFrameProps {
  /** The section's heading, e.g. "Validate". */
  readonly title: string;
  /** One or two sentences on what the section does. */
  readonly lead: string;
  readonly state: WorkflowState;
  readonly children: ReactNode;
}

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  feedback: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    scrollMarginTop: tokens.spacingVerticalM,
  },
  heading: { margin: 0 },
  lead: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/**
 * A section of the pane: heading, lead, then its feedback (the error bar and the status region),
 * brought into view whenever it changes, so a result is seen whichever button was pressed.
 */
export function ViewFrame({ title, lead, state, children }: ViewFrameProps) {
  const styles = useStyles();
  const feedback = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.error === null && state.notes.length === 0 && state.running === null) return;
    // Only a visible section scrolls (a hidden one has no layout, and scrolling it would do nothing).
    if (feedback.current?.offsetParent === null) return;
    feedback.current?.scrollIntoView({ block: "nearest" });
  }, [state]);
  return (
    <div className={styles.view}>
      <Subtitle1 as="h2" className={styles.heading}>
        {title}
      </Subtitle1>
      <Body1 as="p" className={styles.lead}>
        {lead}
      </Body1>
      <div ref={feedback} className={styles.feedback}>
        <ErrorBar error={state.error} />
        <ProgressStatus state={state} />
      </div>
      {children}
    </div>
  );
}
