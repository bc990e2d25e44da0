import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Problem } from "../../engine/model/types";
import { errorMessage } from "../components/errorMessage";
import { countOf } from "../components/format";
import { usePaneChanges } from "../components/paneChanges";
import { useWorkflow } from "../components/useWorkflow";
import { ViewFrame } from "../components/ViewFrame";
import type { PaneWorkflows, ValidationResult } from "../workflows/types";

export interface ValidateViewProps {
  readonly workflows: PaneWorkflows;
}

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  problem: {
    justifyContent: "flex-start",
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    width: "100%",
    height: "auto",
    minHeight: "32px",
  },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** "No problems found" or how many there are, and how much was checked. */
export function describeValidation(result: ValidationResult): string[] {
  const checked = `Checked ${countOf(result.checkedItems, "checklist item")} and ${countOf(result.checkedIndicatorRows, "indicator row")}.`;
  if (result.problems.length === 0) return ["No problems found.", checked];
  const errors = result.problems.filter((problem) => problem.severity === "error").length;
  const found = `Found ${countOf(result.problems.length, "problem")}${errors > 0 ? ` (${countOf(errors, "error")} that stop scoring)` : ""}; the cells they name are treated as missing. Select one to go to its cell.`;
  return [found, checked];
}

/** Validate: the problems in the workbook's data, each a button that selects the cell it names. */
export function ValidateView({ workflows }: ValidateViewProps) {
  const styles = useStyles();
  const workflow = useWorkflow();
  const { fail } = workflow;
  const { changed } = usePaneChanges();
  const [problems, setProblems] = useState<readonly Problem[] | null>(null);

  const check = async (): Promise<void> => {
    const outcome = await workflow.run({
      start: "Checking the workbook…",
      call: (progress) => workflows.validate(progress),
      describe: describeValidation,
    });
    if (outcome.ok) setProblems(outcome.result.problems);
  };

  // Selecting is quick and shows itself (the cell is selected), so it leaves the status and the
  // scroll position alone; only a failure is reported.
  const select = async (problem: Problem): Promise<void> => {
    try {
      const found = await workflows.select(problem.address);
      if (!found)
        fail(`${problem.address} is no longer in the workbook: check the workbook again.`);
    } catch (error: unknown) {
      fail(errorMessage(error));
    } finally {
      changed();
    }
  };

  return (
    <ViewFrame
      title="Validate"
      lead="Find answers, values and settings the scoring cannot use; each problem names its cell."
      state={workflow.state}
    >
      <div>
        <Button appearance="primary" onClick={() => void check()} disabled={workflow.busy}>
          Check the workbook
        </Button>
      </div>
      {problems !== null && problems.length > 0 && (
        <ul role="list" aria-label="Problems" className={styles.list}>
          {problems.map((problem, index) => (
            <li key={`${problem.address}-${index}`}>
              <Button
                appearance="subtle"
                className={styles.problem}
                onClick={() => void select(problem)}
              >
                <span
                  className={problem.severity === "error" ? styles.error : undefined}
                >{`${problem.address}: ${problem.message}`}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </ViewFrame>
  );
}
