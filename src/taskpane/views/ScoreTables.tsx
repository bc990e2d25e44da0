import {
  Body1,
  Caption1,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { AssessmentScores } from "../../engine/assessment/types";
import { DAC_LABELS, formatDacSources } from "../../engine/dac";
import { useTableStyles } from "../components/tableStyles";
import { formatPrincipleScore, formatSdgIndex, NO_SCORE } from "../components/format";

export interface ScoreTablesProps {
  readonly scores: AssessmentScores;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  alignment: { display: "flex", alignItems: "baseline", columnGap: tokens.spacingHorizontalS },
  notes: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground2,
  },
});

/** The principle scores, the overall alignment, the SDG index of each city and year, and the DAC criteria. */
export function ScoreTables({ scores: shown }: ScoreTablesProps) {
  const styles = useStyles();
  const tables = useTableStyles();
  const unscored = shown.principles.filter(
    (principle) => principle.score === null && principle.note !== null,
  );
  return (
    <>
      <section className={styles.section} aria-labelledby="principles-scores-heading">
        <Subtitle2 as="h3" id="principles-scores-heading">
          Principles (1–5)
        </Subtitle2>
        <div role="group" aria-label="Overall alignment" className={styles.alignment}>
          <Body1>Overall alignment</Body1>
          <Text weight="semibold" size={500}>
            {formatPrincipleScore(shown.alignment.score)}
          </Text>
          <Body1>{shown.alignment.band ?? shown.alignment.note ?? ""}</Body1>
        </div>
        <Table aria-label="Principle scores" size="extra-small" className={tables.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Principle</TableHeaderCell>
              <TableHeaderCell>Name</TableHeaderCell>
              <TableHeaderCell>Score</TableHeaderCell>
              <TableHeaderCell>Band</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.principles.map((principle) => (
              <TableRow key={principle.principle}>
                <TableCell>{principle.principle}</TableCell>
                <TableCell>{principle.name}</TableCell>
                <TableCell className={tables.number}>
                  {formatPrincipleScore(principle.score)}
                </TableCell>
                <TableCell>{principle.band ?? NO_SCORE}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {unscored.length > 0 && (
          <ul className={styles.notes}>
            {unscored.map((principle) => (
              <li key={principle.principle}>
                <Caption1>{`${principle.principle} has no score: ${principle.note ?? ""}.`}</Caption1>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className={styles.section} aria-labelledby="sdg-scores-heading">
        <Subtitle2 as="h3" id="sdg-scores-heading">
          SDG index (0–100)
        </Subtitle2>
        <Table aria-label="SDG index by city" size="extra-small" className={tables.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>City</TableHeaderCell>
              <TableHeaderCell>Year</TableHeaderCell>
              <TableHeaderCell>SDG index</TableHeaderCell>
              <TableHeaderCell>Band</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.overallIndices.map((index) => (
              <TableRow key={`${index.city}-${index.year}`}>
                <TableCell>{index.city}</TableCell>
                <TableCell>{index.year}</TableCell>
                <TableCell className={tables.number}>{formatSdgIndex(index.index)}</TableCell>
                <TableCell>{index.band}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>
      <section className={styles.section} aria-labelledby="dac-scores-heading">
        <Subtitle2 as="h3" id="dac-scores-heading">
          {DAC_LABELS.blockHeading}
        </Subtitle2>
        <Table aria-label="DAC criteria" size="extra-small" className={tables.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Criterion</TableHeaderCell>
              <TableHeaderCell>Score</TableHeaderCell>
              <TableHeaderCell>Sources</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.dacCriteria.map((criterion) => (
              <TableRow key={criterion.criterion}>
                <TableCell>{criterion.name}</TableCell>
                <TableCell className={tables.number}>{formatSdgIndex(criterion.score)}</TableCell>
                <TableCell>
                  {formatDacSources(criterion.sources.map((entry) => entry.source))}
                  {criterion.missing.length > 0 &&
                    ` (no score: ${formatDacSources(criterion.missing)})`}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>
    </>
  );
}
