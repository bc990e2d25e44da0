import { Body1, MessageBar, MessageBarBody, Title2, makeStyles, tokens } from "@fluentui/react-components";

export interface PaneHeaderProps {
  /** True outside Excel: the page was opened in a browser, with no workbook behind it. */
  readonly preview: boolean;
}

const useStyles = makeStyles({
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export function PaneHeader({ preview }: PaneHeaderProps) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <Title2 as="h1">C2C Scoreboard</Title2>
      {preview && (
        <MessageBar intent="info">
          <MessageBarBody>Preview outside Excel: open the add-in from Excel to work on a workbook.</MessageBarBody>
        </MessageBar>
      )}
      <Body1 as="p">
        Monitoring and evaluation for city-to-city partnerships, following the OECD framework: rate the
        partnership against the ten G20 Rome principles with your stakeholders, and score the partner
        cities&apos; SDG indicators by the distance still to travel to their 2030 end values. Everything is
        computed in the workbook, with functions you can also use in your own sheets.
      </Body1>
    </header>
  );
}
