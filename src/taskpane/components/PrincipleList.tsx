import { Badge, Caption1, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Principle } from "../../engine/catalogue";
import { catalogueText } from "../../engine/catalogue/texts";
import { useTexts } from "../texts/PaneTextsContext";

export interface PrincipleListProps {
  readonly principles: readonly Principle[];
  readonly catalogueVersion: string;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  name: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  asks: { display: "block", color: tokens.colorNeutralForeground2 },
});

/** The principles in the catalogue's (the report's) order, each with what it asks of a partnership. */
export function PrincipleList({ principles, catalogueVersion }: PrincipleListProps) {
  const styles = useStyles();
  const { t, language } = useTexts();
  return (
    <section className={styles.section} aria-labelledby="principles-heading">
      <Subtitle2 as="h3" id="principles-heading">
        {t("principles.heading", { count: principles.length })}
      </Subtitle2>
      <Caption1>{t("principles.source", { version: catalogueVersion })}</Caption1>
      <ol className={styles.list}>
        {principles.map((principle) => (
          <li key={principle.id}>
            <span className={styles.name}>
              <Text weight="semibold">
                {catalogueText(language, "principleNames", principle.id) ?? principle.name}
              </Text>
              <Badge appearance="outline" size="small">
                {principle.id}
              </Badge>
            </span>
            <Caption1 className={styles.asks}>
              {catalogueText(language, "principleAsks", principle.id) ?? principle.asks}
            </Caption1>
          </li>
        ))}
      </ol>
    </section>
  );
}
