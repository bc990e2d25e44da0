import { Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { functionText } from "../../functions/texts";
import { guideCall, type FunctionGuideEntry } from "../functionGuide";
import { useTexts } from "../texts/PaneTextsContext";

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

/**
 * The functions and their arguments as Excel in the pane's language names them (functions-fr.json,
 * functions-es.json).
 */
export function FunctionList({ functions, namespace }: FunctionListProps) {
  const styles = useStyles();
  const { t, language } = useTexts();
  return (
    <section className={styles.section} aria-labelledby="functions-heading">
      <Subtitle2 as="h3" id="functions-heading">
        {t("functions.heading")}
      </Subtitle2>
      <Caption1>{t("functions.lead")}</Caption1>
      <ul className={styles.list}>
        {functions.map((entry) => {
          const translated = language === "en" ? undefined : functionText(language, entry.id);
          return (
            <li key={entry.id}>
              <code className={styles.call}>{guideCall(language, namespace, entry)}</code>
              <Caption1 className={styles.meaning}>{translated?.meaning ?? entry.meaning}</Caption1>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
