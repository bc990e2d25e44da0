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
import type { DacCriterion } from "../../engine/catalogue/types";
import { DAC_LABELS, type DacSource } from "../../engine/dac";
import { useTableStyles } from "../components/tableStyles";
import { bandText } from "../components/bandText";
import { formatPrincipleScore, formatSdgIndex, NO_SCORE } from "../components/format";
import { catalogueText } from "../../engine/catalogue/texts";
import { phraseText } from "../../engine/language/problemTexts";
import { useTexts } from "../texts/PaneTextsContext";

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
  const texts = useTexts();
  const { t, language } = texts;
  const dacNames: Readonly<Record<DacCriterion, string>> = {
    relevance: t("dac.relevance"),
    coherence: t("dac.coherence"),
    effectiveness: t("dac.effectiveness"),
    efficiency: t("dac.efficiency"),
    impact: t("dac.impact"),
    sustainability: t("dac.sustainability"),
  };
  // Principle ids as they are; the Settings token "SDG index" named in the pane's language.
  const sourcesText = (sources: readonly DacSource[]): string =>
    sources
      .map((source) => (source === DAC_LABELS.sdgIndexSource ? t("scores.sdgIndex") : source))
      .join(", ");
  const unscored = shown.principles.filter(
    (principle) => principle.score === null && principle.note !== null,
  );
  return (
    <>
      <section className={styles.section} aria-labelledby="principles-scores-heading">
        <Subtitle2 as="h3" id="principles-scores-heading">
          {t("scores.principlesHeading")}
        </Subtitle2>
        <div role="group" aria-label={t("scores.alignment")} className={styles.alignment}>
          <Body1>{t("scores.alignment")}</Body1>
          <Text weight="semibold" size={500}>
            {formatPrincipleScore(texts, shown.alignment.score)}
          </Text>
          <Body1>
            {shown.alignment.band === null
              ? shown.alignment.note === null
                ? ""
                : phraseText(language, shown.alignment.note)
              : bandText(texts, shown.alignment.band)}
          </Body1>
        </div>
        <Table aria-label={t("scores.principleTable")} size="extra-small" className={tables.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("scores.principle")}</TableHeaderCell>
              <TableHeaderCell>{t("scores.name")}</TableHeaderCell>
              <TableHeaderCell>{t("scores.score")}</TableHeaderCell>
              <TableHeaderCell>{t("scores.band")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.principles.map((principle) => (
              <TableRow key={principle.principle}>
                <TableCell>{principle.principle}</TableCell>
                <TableCell>
                  {catalogueText(language, "principleNames", principle.principle) ?? principle.name}
                </TableCell>
                <TableCell className={tables.number}>
                  {formatPrincipleScore(texts, principle.score)}
                </TableCell>
                <TableCell className={tables.label}>
                  {principle.band === null ? NO_SCORE : bandText(texts, principle.band)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {unscored.length > 0 && (
          <ul className={styles.notes}>
            {unscored.map((principle) => (
              <li key={principle.principle}>
                <Caption1>
                  {t("scores.noScore", {
                    principle: principle.principle,
                    note: principle.note === null ? "" : phraseText(language, principle.note),
                  })}
                </Caption1>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className={styles.section} aria-labelledby="sdg-scores-heading">
        <Subtitle2 as="h3" id="sdg-scores-heading">
          {t("scores.sdgHeading")}
        </Subtitle2>
        <Table aria-label={t("scores.sdgTable")} size="extra-small" className={tables.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("scores.city")}</TableHeaderCell>
              <TableHeaderCell>{t("scores.year")}</TableHeaderCell>
              <TableHeaderCell>{t("scores.sdgIndex")}</TableHeaderCell>
              <TableHeaderCell>{t("scores.band")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.overallIndices.map((index) => (
              <TableRow key={`${index.city}-${index.year}`}>
                <TableCell>{index.city}</TableCell>
                <TableCell>{index.year}</TableCell>
                <TableCell className={tables.number}>
                  {formatSdgIndex(texts, index.index)}
                </TableCell>
                <TableCell className={tables.label}>{bandText(texts, index.band)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>
      <section className={styles.section} aria-labelledby="dac-scores-heading">
        <Subtitle2 as="h3" id="dac-scores-heading">
          {t("dac.heading")}
        </Subtitle2>
        <Table aria-label={t("dac.table")} size="extra-small" className={tables.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("dac.criterion")}</TableHeaderCell>
              <TableHeaderCell>{t("scores.score")}</TableHeaderCell>
              <TableHeaderCell>{t("dac.sources")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.dacCriteria.map((criterion) => (
              <TableRow key={criterion.criterion}>
                <TableCell>{dacNames[criterion.criterion]}</TableCell>
                <TableCell className={tables.number}>
                  {formatSdgIndex(texts, criterion.score)}
                </TableCell>
                <TableCell>
                  {sourcesText(criterion.sources.map((entry) => entry.source))}
                  {criterion.missing.length > 0 &&
                    t("dac.noScore", { sources: sourcesText(criterion.missing) })}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>
    </>
  );
}
