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
import { catalogueText } from "../../engine/catalogue/texts";
import { cityDetailText, comparisonNoteText } from "../../engine/compare/notes";
import type { Comparison, ComparisonRow, LearningPair } from "../../engine/compare/types";
import { formatOnScale } from "../components/format";
import { bandText } from "../components/bandText";
import type { PaneTexts } from "../texts/paneTexts";
import { useTexts } from "../texts/PaneTextsContext";
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

export function describeComparison(texts: PaneTexts, comparison: Comparison): string[] {
  const units = comparison.units
    .map((unit) => {
      const detail =
        unit.cityDetail === undefined
          ? unit.detail
          : cityDetailText(unit.cityDetail, texts.language);
      return `${unit.name} (${detail})`;
    })
    .join(", ");
  return [
    texts.t(
      comparison.kind === "cities" ? "compare.comparedCities" : "compare.comparedPartnerships",
      {
        count: comparison.units.length,
        units,
      },
    ),
    ...comparison.notices.map((notice) => comparisonNoteText(notice, texts.language)),
  ];
}

/** "Rabat could learn from Lyon on FIN Financing: 2.10 against 3.40." */
export function learningSentence(texts: PaneTexts, pair: LearningPair): string {
  const scale = pair.rowKind === "principle" ? "principle" : "sdg";
  return texts.t("compare.learning", {
    learner: pair.learner,
    peer: pair.peer,
    row: `${pair.id} ${rowName(texts, pair.rowKind, pair.id, pair.name)}`,
    learnerScore: formatOnScale(texts, pair.learnerScore, scale),
    learnerBand: bandText(texts, pair.learnerBand),
    peerScore: formatOnScale(texts, pair.peerScore, scale),
    peerBand: bandText(texts, pair.peerBand),
  });
}

/** A row's first cell: "FIN Financing", "SDG 6 Clean water and sanitation", "Alignment". */
function rowLabel(texts: PaneTexts, row: ComparisonRow): string {
  if (row.kind === "alignment") return texts.t("compare.alignmentRow");
  if (row.kind === "sdg-index") return texts.t("compare.sdgIndexRow");
  return row.id === row.name ? row.id : `${row.id} ${rowName(texts, row.kind, row.id, row.name)}`;
}

/** A principle's or goal's name in the pane's language; other rows as the engine named them. */
function rowName(texts: PaneTexts, kind: string, id: string, name: string): string {
  if (kind === "principle") return catalogueText(texts.language, "principleNames", id) ?? name;
  if (kind === "goal") {
    const goal = /^SDG (\d+)$/.exec(id)?.[1];
    if (goal !== undefined) return catalogueText(texts.language, "goalNames", goal) ?? name;
  }
  return name;
}

/** Compare: the cities of this partnership, or the partnerships of a consolidated workbook, side by side. */
export function CompareView({ workflows, active }: CompareViewProps) {
  const styles = useStyles();
  const tables = useTableStyles();
  const workflow = useWorkflow();
  const { fail } = workflow;
  const texts = useTexts();
  const { t } = texts;
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
        texts.t(texts.plural(picked.length) === "one" ? "compare.tick.one" : "compare.tick.other", {
          most: MAX_COMPARED,
          count: picked.length,
        }),
      );
      return;
    }
    // In the candidates' order, whatever order they were ticked in.
    const units =
      candidates === null ? undefined : candidates.filter((unit) => picked.includes(unit));
    const outcome = await workflow.run({
      start: t("compare.comparing"),
      call: () => workflows.compare(units),
      describe: (result) => describeComparison(texts, result),
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
    <ViewFrame title={t("compare.title")} lead={t("compare.lead")} state={workflow.state}>
      {candidates !== null && candidates.length > 0 && (
        <fieldset className={styles.units}>
          <legend className={styles.legend}>{t("compare.units", { most: MAX_COMPARED })}</legend>
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
          {t("compare.compare")}
        </Button>
      </div>
      {comparison !== null && (
        <>
          <div className={tables.scroll}>
            <Table aria-label={t("compare.table")} size="extra-small" className={tables.table}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t("compare.row")}</TableHeaderCell>
                  {comparison.units.map((unit) => (
                    <TableHeaderCell key={unit.name}>{unit.name}</TableHeaderCell>
                  ))}
                  <TableHeaderCell>{t("compare.best")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {comparison.rows.map((row) => (
                  <TableRow key={`${row.kind}-${row.id}`}>
                    <TableCell>{rowLabel(texts, row)}</TableCell>
                    {row.scores.map((score, index) => (
                      <TableCell
                        key={comparison.units[index]?.name ?? index}
                        className={
                          row.best !== null && score === row.best
                            ? `${tables.number} ${styles.best}`
                            : tables.number
                        }
                      >
                        {formatOnScale(texts, score, row.scale)}
                      </TableCell>
                    ))}
                    <TableCell>{row.bestUnits.join(", ")}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          <Caption1>{t("compare.scales")}</Caption1>
          <section className={styles.section} aria-labelledby="learning-heading">
            <Subtitle2 as="h3" id="learning-heading">
              {t("compare.learningHeading")}
            </Subtitle2>
            <ul aria-label={t("compare.learningHeading")} className={styles.list}>
              {comparison.learning.length === 0 && (
                <li>
                  <Body1>{t("compare.nobody")}</Body1>
                </li>
              )}
              {comparison.learning.map((pair) => (
                <li key={`${pair.learner}-${pair.id}`}>
                  <Body1>{learningSentence(texts, pair)}</Body1>
                </li>
              ))}
            </ul>
            <Caption1>
              {texts.count(
                comparison.learning.length,
                "compare.pairings.one",
                "compare.pairings.other",
              )}
            </Caption1>
          </section>
        </>
      )}
    </ViewFrame>
  );
}
