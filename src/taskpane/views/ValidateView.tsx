import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Problem } from "../../engine/model/types";
import { errorMessage } from "../components/errorMessage";
import { usePaneChanges } from "../components/paneChanges";
import { useWorkflow } from "../components/useWorkflow";
import { ViewFrame } from "../components/ViewFrame";
import type { PaneTexts } from "../texts/paneTexts";
import { useTexts } from "../texts/PaneTextsContext";
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
export function describeValidation(texts: PaneTexts, result: ValidationResult): string[] {
  const { t } = texts;
  const checked = t("validate.checked", {
    items: texts.count(result.checkedItems, "count.item.one", "count.item.other"),
    rows: texts.count(
      result.checkedIndicatorRows,
      "count.indicatorRow.one",
      "count.indicatorRow.other",
    ),
  });
  if (result.problems.length === 0) return [t("validate.none"), checked];
  const errors = result.problems.filter((problem) => problem.severity === "error").length;
  const problems = texts.count(result.problems.length, "count.problem.one", "count.problem.other");
  const found =
    errors > 0
      ? t("validate.foundWithErrors", {
          problems,
          errors: texts.count(errors, "count.error.one", "count.error.other"),
        })
      : t("validate.found", { problems });
  return [found, checked];
}

/** Validate: the problems in the workbook's data, each a button that selects the cell it names. */
export function ValidateView({ workflows }: ValidateViewProps) {
  const styles = useStyles();
  const workflow = useWorkflow();
  const { fail } = workflow;
  const texts = useTexts();
  const { t } = texts;
  const { changed } = usePaneChanges();
  const [problems, setProblems] = useState<readonly Problem[] | null>(null);

  const check = async (): Promise<void> => {
    const outcome = await workflow.run({
      start: t("validate.checking"),
      call: (progress) => workflows.validate(progress),
      describe: (result) => describeValidation(texts, result),
    });
    if (outcome.ok) setProblems(outcome.result.problems);
  };

  // Selecting is quick and shows itself (the cell is selected), so it leaves the status and the
  // scroll position alone; only a failure is reported.
  const select = async (problem: Problem): Promise<void> => {
    try {
      const found = await workflows.select(problem.address);
      if (!found) fail(t("validate.gone", { address: problem.address }));
    } catch (error: unknown) {
      fail(errorMessage(error, texts));
    } finally {
      changed();
    }
  };

  return (
    <ViewFrame title={t("validate.title")} lead={t("validate.lead")} state={workflow.state}>
      <div>
        <Button appearance="primary" onClick={() => void check()} disabled={workflow.busy}>
          {t("validate.check")}
        </Button>
      </div>
      {problems !== null && problems.length > 0 && (
        <ul role="list" aria-label={t("validate.problems")} className={styles.list}>
          {problems.map((problem, index) => (
            <li key={`${problem.address}-${index}`}>
              <Button
                appearance="subtle"
                className={styles.problem}
                onClick={() => void select(problem)}
              >
                <span className={problem.severity === "error" ? styles.error : undefined}>
                  {texts.problem(problem)}
                </span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </ViewFrame>
  );
}
