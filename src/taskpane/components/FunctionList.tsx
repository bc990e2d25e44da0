import { Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { FunctionGuideEntry } from "../functionGuide";

export interface FunctionListProps {
  readonly functions: readonly FunctionGuideEntry[];
  /** The namespace Excel shows before each function name. */
  readonly namespace: string;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  call: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  meaning: { display: "block", color: tokens.colorNeutralForeground2 },
});

export function FunctionList({ functions, namespace }: FunctionListProps) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="functions-heading">
      <Subtitle2 as="h3" id="functions-heading">
        Functions
      </Subtitle2>
      <Caption1>Type them in any cell; ranges return one result per cell.</Caption1>
      <ul className={styles.list}>
        {functions.map((entry) => (
          <li key={entry.id}>
            <code
              className={styles.call}
            >{`=${namespace}.${entry.id}(${entry.argumentList})`}</code>
            <Caption1 className={styles.meaning}>{entry.meaning}</Caption1>
          </li>
        ))}
      </ul>
    </section>
  );
}
