import { Body1, Button, Caption1, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Comparison, LearningPair } from "../../engine/compare/types";
import { countOf, formatOnScale } from "../components/format";
import { useWorkflow } from "../components/useWorkflow";
import { ViewFrame } from "../components/ViewFrame";
import type { PaneWorkflows } from "../workflows/types";

export interface CompareViewProps {
  readonly workflows: PaneWorkflows;
}

const useStyles = makeStyles({
  scroll: { overflowX: "auto" },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  best: { fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export function describeComparison(comparison: Comparison): string[] {
  const what = comparison.kind === "cities" ? "partner cities" : "partnerships";
  return [`Compared ${comparison.units.length} ${what}: ${comparison.units.map((unit) => `${unit.name} (${unit.detail})`).join(", ")}.`, ...comparison.notes];
}

/** "Rabat could learn from Lyon on FIN Financing: 2.10 against 3.40." */
export function learningSentence(pair: LearningPair): string {
  const scale = pair.rowKind === "principle" ? "principle" : "sdg";
  return `${pair.learner} could learn from ${pair.peer} on ${pair.id} ${pair.name}: ${formatOnScale(pair.learnerScore, scale)} (${pair.learnerBand}) against ${formatOnScale(pair.peerScore, scale)} (${pair.peerBand}).`;
}

/** Compare: the cities of this partnership, or the partnerships of a consolidated workbook, side by side. */
export function CompareView({ workflows }: CompareViewProps) {
  const styles = useStyles();
  const workflow = useWorkflow();
  const [comparison, setComparison] = useState<Comparison | null>(null);

  const compare = async (): Promise<void> => {
    const outcome = await workflow.run({ start: "Comparing…", call: () => workflows.compare(), describe: describeComparison });
    if (outcome.ok) setComparison(outcome.result);
  };

  return (
    <ViewFrame
      title="Compare"
      lead="Partner cities of this partnership, or the partnerships of a consolidated workbook, side by side, with who scores best on each principle and goal."
      state={workflow.state}
    >
      <div>
        <Button appearance="primary" onClick={() => void compare()} disabled={workflow.busy}>
          Compare
        </Button>
      </div>
      {comparison !== null && (
        <>
          <div className={styles.scroll}>
            <Table aria-label="Comparison" size="extra-small">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Principle or goal</TableHeaderCell>
                  {comparison.units.map((unit) => (
                    <TableHeaderCell key={unit.name}>{unit.name}</TableHeaderCell>
                  ))}
                  <TableHeaderCell>Best</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {comparison.rows.map((row) => (
                  <TableRow key={`${row.kind}-${row.id}`}>
                    <TableCell>{row.id === row.name ? row.id : `${row.id} ${row.name}`}</TableCell>
                    {row.scores.map((score, index) => (
                      <TableCell key={comparison.units[index]?.name ?? index} className={row.best !== null && score === row.best ? `${styles.number} ${styles.best}` : styles.number}>
                        {formatOnScale(score, row.scale)}
                      </TableCell>
                    ))}
                    <TableCell>{row.bestUnits.join(", ")}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          <Caption1>Principles and alignment on 1–5, goals and the SDG index on 0–100; the best score of each row in bold.</Caption1>
          <section className={styles.section} aria-labelledby="learning-heading">
            <Subtitle2 as="h3" id="learning-heading">
              Who can learn from whom
            </Subtitle2>
            <ul aria-label="Who can learn from whom" className={styles.list}>
              {comparison.learning.length === 0 && (
                <li>
                  <Body1>Nobody: no unit is weak on a principle or goal where a peer does better.</Body1>
                </li>
              )}
              {comparison.learning.map((pair) => (
                <li key={`${pair.learner}-${pair.id}`}>
                  <Body1>{learningSentence(pair)}</Body1>
                </li>
              ))}
            </ul>
            <Caption1>{countOf(comparison.learning.length, "pairing")} of a weak principle or goal with the peer that does best on it.</Caption1>
          </section>
        </>
      )}
    </ViewFrame>
  );
}
