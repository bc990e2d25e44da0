import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Comparison, LearningPair } from "../../engine/compare/types";
import { countOf, formatOnScale } from "../components/format";
import { useTableStyles } from "../components/tableStyles";
import { useReadWhenShown } from "../components/useReadWhenShown";
import { useWorkflow } from "../components/useWorkflow";
import { ViewFrame } from "../components/ViewFrame";
import type { PaneWorkflows } from "../workflows/types";

export interface CompareViewProps {
  readonly workflows: PaneWorkflows;
  /** The section is on screen: the candidates are read then, and again after each change. */
  readonly active: boolean;
}

/** The engine compares two to ten units at a time. */
export const MAX_COMPARED = 10;

const useStyles = makeStyles({
  best: { fontWeight: tokens.fontWeightSemibold },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  units: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
    border: "none",
  },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** The units ticked at first: every candidate, or the first ten of a larger programme. */
export function initialPicks(candidates: readonly string[]): string[] {
  return candidates.slice(0, MAX_COMPARED);
}

export function describeComparison(comparison: Comparison): string[] {
  const what = comparison.kind === "cities" ? "partner cities" : "partnerships";
  return [
    `Compared ${comparison.units.length} ${what}: ${comparison.units.map((unit) => `${unit.name} (${unit.detail})`).join(", ")}.`,
    ...comparison.notes,
  ];
}

/** "Rabat could learn from Lyon on FIN Financing: 2.10 against 3.40." */
export function learningSentence(pair: LearningPair): string {
  const scale = pair.rowKind === "principle" ? "principle" : "sdg";
  return `${pair.learner} could learn from ${pair.peer} on ${pair.id} ${pair.name}: ${formatOnScale(pair.learnerScore, scale)} (${pair.learnerBand}) against ${formatOnScale(pair.peerScore, scale)} (${pair.peerBand}).`;
}

/** Compare: the cities of this partnership, or the partnerships of a consolidated workbook, side by side. */
export function CompareView({ workflows, active }: CompareViewProps) {
  const styles = useStyles();
  const tables = useTableStyles();
  const workflow = useWorkflow();
  const { fail } = workflow;
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [candidates, setCandidates] = useState<readonly string[] | null>(null);
  const [picked, setPicked] = useState<readonly string[]>([]);

  useReadWhenShown(
    active,
    () => workflows.compareCandidates(),
    (found) => {
      setCandidates(found);
      setPicked((before) => {
        const kept = before.filter((unit) => found.includes(unit));
        return kept.length >= 2 ? kept : initialPicks(found);
      });
    },
    fail,
  );

  const compare = async (): Promise<void> => {
    if (candidates !== null && (picked.length < 2 || picked.length > MAX_COMPARED)) {
      fail(
        `Tick two to ${MAX_COMPARED} units to compare; ${countOf(picked.length, "is", "are")} ticked.`,
      );
      return;
    }
    // In the candidates' order, whatever order they were ticked in.
    const units =
      candidates === null ? undefined : candidates.filter((unit) => picked.includes(unit));
    const outcome = await workflow.run({
      start: "Comparing…",
      call: () => workflows.compare(units),
      describe: describeComparison,
    });
    if (outcome.ok) setComparison(outcome.result);
  };

  const toggle = (unit: string, on: boolean): void => {
    setPicked((before) =>
      on
        ? [...before.filter((entry) => entry !== unit), unit]
        : before.filter((entry) => entry !== unit),
    );
  };

  return (
    <ViewFrame
      title="Compare"
      lead="Partner cities of this partnership, or the partnerships of a consolidated workbook, side by side, with who scores best on each principle and goal."
      state={workflow.state}
    >
      {candidates !== null && candidates.length > 0 && (
        <fieldset className={styles.units}>
          <legend className={styles.legend}>Units to compare (two to {MAX_COMPARED})</legend>
          {candidates.map((unit) => (
            <Checkbox
              key={unit}
              label={unit}
              checked={picked.includes(unit)}
              onChange={(_event, data) => {
                toggle(unit, data.checked === true);
              }}
            />
          ))}
        </fieldset>
      )}
      <div>
        <Button appearance="primary" onClick={() => void compare()} disabled={workflow.busy}>
          Compare
        </Button>
      </div>
      {comparison !== null && (
        <>
          <div className={tables.scroll}>
            <Table aria-label="Comparison" size="extra-small" className={tables.table}>
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
                      <TableCell
                        key={comparison.units[index]?.name ?? index}
                        className={
                          row.best !== null && score === row.best
                            ? `${tables.number} ${styles.best}`
                            : tables.number
                        }
                      >
                        {formatOnScale(score, row.scale)}
                      </TableCell>
                    ))}
                    <TableCell>{row.bestUnits.join(", ")}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          <Caption1>
            Principles and alignment on 1–5, goals and the SDG index on 0–100; the best score of
            each row in bold.
          </Caption1>
          <section className={styles.section} aria-labelledby="learning-heading">
            <Subtitle2 as="h3" id="learning-heading">
              Who can learn from whom
            </Subtitle2>
            <ul aria-label="Who can learn from whom" className={styles.list}>
              {comparison.learning.length === 0 && (
                <li>
                  <Body1>
                    Nobody: no unit is weak on a principle or goal where a peer does better.
                  </Body1>
                </li>
              )}
              {comparison.learning.map((pair) => (
                <li key={`${pair.learner}-${pair.id}`}>
                  <Body1>{learningSentence(pair)}</Body1>
                </li>
              ))}
            </ul>
            <Caption1>
              {countOf(comparison.learning.length, "pairing")} of a weak principle or goal with the
              peer that does best on it.
            </Caption1>
          </section>
        </>
      )}
    </ViewFrame>
  );
}
