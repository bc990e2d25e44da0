import { Button } from "@fluentui/react-components";
import { useState } from "react";
import type { AssessmentScores } from "../../engine/assessment/types";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { describeWrite } from "../components/describe";
import { countOf } from "../components/format";
import { useWorkflow } from "../components/useWorkflow";
import { ViewFrame } from "../components/ViewFrame";
import { ScoreTables } from "./ScoreTables";
import type { PaneWorkflows, RefreshResult } from "../workflows/types";

export interface ScoreboardViewProps {
  readonly workflows: PaneWorkflows;
}

const PREVIOUS = "Scoreboard (previous)";

export function describeRefresh(result: RefreshResult): string[] {
  const kept =
    result.keptPrevious === null
      ? []
      : [`The former scoreboard is kept as ${result.keptPrevious}.`];
  const problems =
    result.problems.length === 0
      ? []
      : [
          `${countOf(result.problems.length, "problem")} in the data ${result.problems.length === 1 ? "was" : "were"} treated as missing: see Validate.`,
        ];
  return ["The scoreboard is up to date.", ...describeWrite(result), ...kept, ...problems];
}

/** Scoreboard: rebuild the Scoreboard sheet, then read its main figures here. */
export function ScoreboardView({ workflows }: ScoreboardViewProps) {
  const workflow = useWorkflow();
  const [scores, setScores] = useState<AssessmentScores | null>(null);
  const [confirming, setConfirming] = useState(false);

  const refresh = async (): Promise<void> => {
    setConfirming(false);
    const outcome = await workflow.run({
      start: "Refreshing the scoreboard…",
      call: (progress) => workflows.refresh(progress),
      describe: describeRefresh,
    });
    if (outcome.ok) setScores(outcome.result.scores);
  };

  // Refreshing keeps the current scoreboard as "Scoreboard (previous)": ask first when that would
  // delete an earlier kept one.
  const askThenRefresh = async (): Promise<void> => {
    const outcome = await workflow.run({
      start: "Reading the workbook…",
      call: () => workflows.status(),
      describe: () => [],
    });
    if (!outcome.ok) return;
    if (outcome.result.hasPreviousScoreboard && outcome.result.hasScoreboard) setConfirming(true);
    else await refresh();
  };

  return (
    <ViewFrame
      title="Scoreboard"
      lead={`Rebuilds only the Scoreboard sheet and the computed columns; the former scoreboard is kept as ${PREVIOUS}.`}
      state={workflow.state}
    >
      <div>
        <Button appearance="primary" onClick={() => void askThenRefresh()} disabled={workflow.busy}>
          Refresh scoreboard
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={`Replace ${PREVIOUS}?`}
        confirmLabel="Replace it and refresh"
        onConfirm={() => void refresh()}
        onCancel={() => {
          setConfirming(false);
          workflow.note(["Refresh cancelled: nothing was changed."]);
        }}
      >
        The workbook already has a sheet {PREVIOUS}. Refreshing deletes it and keeps the current
        Scoreboard under that name instead. Sheets of your own are never touched.
      </ConfirmDialog>
      {scores !== null && <ScoreTables scores={scores} />}
    </ViewFrame>
  );
}
