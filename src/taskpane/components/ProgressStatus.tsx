import { Body1, ProgressBar, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { WorkflowState } from "./workflowRun";

export interface ProgressStatusProps {
  readonly state: WorkflowState;
}

const useStyles = makeStyles({
  status: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    minHeight: tokens.lineHeightBase300,
  },
  running: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  notes: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
});

/**
 * The view's status region (role="status", announced politely): a spinner or a progress bar with the
 * step's sentence while it runs, then what it did. Always rendered, so screen readers know the region
 * before anything is announced in it.
 */
export function ProgressStatus({ state }: ProgressStatusProps) {
  const styles = useStyles();
  const { running, notes } = state;
  return (
    <div role="status" aria-live="polite" className={styles.status}>
      {running !== null && (
        <>
          <div className={styles.running}>
            {running.done === null && <Spinner size="extra-tiny" aria-hidden="true" />}
            <Body1>{running.message}</Body1>
          </div>
          <ProgressBar
            value={running.done ?? undefined}
            thickness="medium"
            aria-label={running.message}
          />
        </>
      )}
      {running === null && notes.length > 0 && (
        <ul className={styles.notes}>
          {notes.map((note, index) => (
            <li key={index}>
              <Body1>{note}</Body1>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
