import { Badge, Caption1, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Principle } from "../../engine/catalogue";

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
  return (
    <section className={styles.section} aria-labelledby="principles-heading">
      <Subtitle2 as="h3" id="principles-heading">
        The {principles.length} principles
      </Subtitle2>
      <Caption1>
        G20 Rome High-level Principles on city-to-city partnerships · catalogue {catalogueVersion}
      </Caption1>
      <ol className={styles.list}>
        {principles.map((principle) => (
          <li key={principle.id}>
            <span className={styles.name}>
              <Text weight="semibold">{principle.name}</Text>
              <Badge appearance="outline" size="small">
                {principle.id}
              </Badge>
            </span>
            <Caption1 className={styles.asks}>{principle.asks}</Caption1>
          </li>
        ))}
      </ol>
    </section>
  );
}
