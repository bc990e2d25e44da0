import {
  Body1,
  Button,
  Caption1,
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
import { catalogue } from "../../engine/catalogue";
import type { GroupScores, StakeholderView } from "../../engine/stakeholders/types";
import { useTableStyles } from "../components/tableStyles";
import { formatPrincipleScore } from "../components/format";
import { useWorkflow } from "../components/useWorkflow";
import { ViewFrame } from "../components/ViewFrame";
import type { PaneWorkflows } from "../workflows/types";

export interface StakeholdersViewProps {
  readonly workflows: PaneWorkflows;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export function describeStakeholders(view: StakeholderView): string[] {
  const { addressed, answered, share } = view.actionsAddressingInput;
  const actions =
    share === null
      ? "No action of the plan says whether it addresses stakeholder input."
      : `${addressed} of ${answered} actions that say so address stakeholder input (${Math.round(share * 100)}%).`;
  return [
    `${view.representation.respondents} respondents; results per group are shown only for groups of at least ${view.minimumGroupSize}, so no one's answers can be told apart.`,
    actions,
    ...view.notes,
  ];
}

function groupHeading(group: GroupScores): string {
  const name = group.group === "merged" ? `Merged (${group.members.join(", ")})` : group.group;
  return `${name}, ${group.respondents}`;
}

/** Stakeholders: who answered, how each group rates the principles, and the items that divide them. */
export function StakeholdersView({ workflows }: StakeholdersViewProps) {
  const styles = useStyles();
  const tables = useTableStyles();
  const workflow = useWorkflow();
  const [view, setView] = useState<StakeholderView | null>(null);

  const show = async (): Promise<void> => {
    const outcome = await workflow.run({
      start: "Reading the answers by stakeholder group…",
      call: () => workflows.stakeholders(),
      describe: describeStakeholders,
    });
    if (outcome.ok) setView(outcome.result);
  };

  return (
    <ViewFrame
      title="Stakeholders"
      lead="Show that stakeholder inputs were used: who answered, how each group scores the principles, and what divides them."
      state={workflow.state}
    >
      <div>
        <Button appearance="primary" onClick={() => void show()} disabled={workflow.busy}>
          Show stakeholder view
        </Button>
      </div>
      {view !== null && (
        <>
          <section className={styles.section} aria-labelledby="representation-heading">
            <Subtitle2 as="h3" id="representation-heading">
              Who answered
            </Subtitle2>
            <Table aria-label="Representation" size="extra-small" className={tables.table}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Group</TableHeaderCell>
                  <TableHeaderCell>Respondents</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {view.representation.groups.map((group) => (
                  <TableRow key={group.group}>
                    <TableCell>{group.group}</TableCell>
                    <TableCell className={tables.number}>{group.respondents}</TableCell>
                  </TableRow>
                ))}
                {view.representation.withoutGroup > 0 && (
                  <TableRow>
                    <TableCell>no group given</TableCell>
                    <TableCell className={tables.number}>
                      {view.representation.withoutGroup}
                    </TableCell>
                  </TableRow>
                )}
              </TableBody>
            </Table>
            {view.representation.missing.length > 0 && (
              <Caption1>No respondent from: {view.representation.missing.join(", ")}.</Caption1>
            )}
          </section>

          <section className={styles.section} aria-labelledby="group-scores-heading">
            <Subtitle2 as="h3" id="group-scores-heading">
              Principle scores by group (1–5)
            </Subtitle2>
            <div className={tables.scroll}>
              <Table
                aria-label="Scores by stakeholder group"
                size="extra-small"
                className={tables.table}
              >
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>Principle</TableHeaderCell>
                    {view.groups.map((group) => (
                      <TableHeaderCell key={group.group}>{groupHeading(group)}</TableHeaderCell>
                    ))}
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {view.groups.length === 0 ? (
                    <TableRow>
                      <TableCell>
                        No group has {view.minimumGroupSize} or more respondents, so no group's
                        scores are shown.
                      </TableCell>
                    </TableRow>
                  ) : (
                    <>
                      {catalogue.principles.map((principle) => (
                        <TableRow key={principle.id}>
                          <TableCell title={principle.name}>{principle.id}</TableCell>
                          {view.groups.map((group) => (
                            <TableCell key={group.group} className={tables.number}>
                              {formatPrincipleScore(
                                group.principles.find((entry) => entry.principle === principle.id)
                                  ?.score ?? null,
                              )}
                            </TableCell>
                          ))}
                        </TableRow>
                      ))}
                      <TableRow>
                        <TableCell>Alignment</TableCell>
                        {view.groups.map((group) => (
                          <TableCell key={group.group} className={tables.number}>
                            {formatPrincipleScore(group.alignment)}
                          </TableCell>
                        ))}
                      </TableRow>
                    </>
                  )}
                </TableBody>
              </Table>
            </div>
            <Caption1>Column headings give each group and its number of respondents.</Caption1>
          </section>

          <section className={styles.section} aria-labelledby="contested-heading">
            <Subtitle2 as="h3" id="contested-heading">
              Contested items
            </Subtitle2>
            <Table aria-label="Contested items" size="extra-small" className={tables.table}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Item</TableHeaderCell>
                  <TableHeaderCell>Spread</TableHeaderCell>
                  <TableHeaderCell>Answers 1 · 2 · 3 · 4 · 5</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {view.contested.length === 0 ? (
                  <TableRow>
                    <TableCell>No item is contested.</TableCell>
                  </TableRow>
                ) : (
                  view.contested.map((item) => (
                    <TableRow key={item.itemId}>
                      <TableCell>
                        <Body1>{`${item.itemId} ${item.item}`}</Body1>
                      </TableCell>
                      <TableCell className={tables.number}>{item.spread}</TableCell>
                      <TableCell>{item.answerCounts.join(" · ")}</TableCell>
                    </TableRow>
                  ))
                )}
              </TableBody>
            </Table>
          </section>
        </>
      )}
    </ViewFrame>
  );
}
