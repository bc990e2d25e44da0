import { Button } from "@fluentui/react-components";
import { useState } from "react";
import type { AssessmentScores } from "../../engine/assessment/types";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { describeWrite } from "../components/describe";
import { useWorkflow } from "../components/useWorkflow";
import { ViewFrame } from "../components/ViewFrame";
import { ScoreTables } from "./ScoreTables";
import type { PaneTexts } from "../texts/paneTexts";
import { useTexts } from "../texts/PaneTextsContext";
import type { PaneWorkflows, RefreshResult } from "../workflows/types";

export interface ScoreboardViewProps {
  readonly workflows: PaneWorkflows;
}

/** The sheet name the engine keeps the former scoreboard under (a sheet name: never translated). */
const PREVIOUS = "Scoreboard (previous)";

export function describeRefresh(texts: PaneTexts, result: RefreshResult): string[] {
  const { t } = texts;
  const kept =
    result.keptPrevious === null ? [] : [t("refresh.kept", { sheet: result.keptPrevious })];
  const problems =
    result.problems.length === 0
      ? []
      : [texts.count(result.problems.length, "refresh.problems.one", "refresh.problems.other")];
  return [t("refresh.upToDate"), ...describeWrite(texts, result), ...kept, ...problems];
}

/** Scoreboard: rebuild the Scoreboard sheet, then read its main figures here. */
export function ScoreboardView({ workflows }: ScoreboardViewProps) {
  const workflow = useWorkflow();
  const texts = useTexts();
  const { t } = texts;
  const [scores, setScores] = useState<AssessmentScores | null>(null);
  const [confirming, setConfirming] = useState(false);

  const refresh = async (): Promise<void> => {
    setConfirming(false);
    const outcome = await workflow.run({
      start: t("refresh.refreshing"),
      call: (progress) => workflows.refresh(progress),
      describe: (result) => describeRefresh(texts, result),
    });
    if (outcome.ok) setScores(outcome.result.scores);
  };

  // Refreshing keeps the current scoreboard as "Scoreboard (previous)": ask first when that would
  // delete an earlier kept one.
  const askThenRefresh = async (): Promise<void> => {
    const outcome = await workflow.run({
      start: t("summary.reading"),
      call: () => workflows.status(),
      describe: () => [],
    });
    if (!outcome.ok) return;
    if (outcome.result.hasPreviousScoreboard && outcome.result.hasScoreboard) setConfirming(true);
    else await refresh();
  };

  return (
    <ViewFrame
      title={t("refresh.title")}
      lead={t("refresh.lead", { sheet: PREVIOUS })}
      state={workflow.state}
    >
      <div>
        <Button appearance="primary" onClick={() => void askThenRefresh()} disabled={workflow.busy}>
          {t("refresh.refresh")}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t("refresh.replaceTitle", { sheet: PREVIOUS })}
        confirmLabel={t("refresh.replaceConfirm")}
        onConfirm={() => void refresh()}
        onCancel={() => {
          setConfirming(false);
          workflow.note([t("refresh.cancelled")]);
        }}
      >
        {t("refresh.replaceBody", { sheet: PREVIOUS })}
      </ConfirmDialog>
      {scores !== null && <ScoreTables scores={scores} />}
    </ViewFrame>
  );
}
