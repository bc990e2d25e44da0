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
import { catalogueText } from "../../engine/catalogue/texts";
import type { PaneTexts } from "../texts/paneTexts";
import { useTexts } from "../texts/PaneTextsContext";
import { stakeholderNoteText } from "../../engine/stakeholders/notes";
import { memberLabel } from "../../engine/stakeholders/wording";
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

export function describeStakeholders(texts: PaneTexts, view: StakeholderView): string[] {
  const { t } = texts;
  const { addressed, answered, share } = view.actionsAddressingInput;
  const actions =
    share === null
      ? t("stakeholders.noActionSays")
      : t("stakeholders.actions", {
          addressed,
          answered,
          share: new Intl.NumberFormat(texts.locale, { style: "percent" }).format(share),
        });
  return [
    t("stakeholders.respondents", {
      respondents: texts.count(
        view.representation.respondents,
        "count.respondent.one",
        "count.respondent.other",
      ),
      minimum: view.minimumGroupSize,
    }),
    actions,
    ...view.notices.map((notice) => stakeholderNoteText(notice, texts.language)),
  ];
}

/** "civil society, 4" or "Merged (youth, academia), 3", the groups in the pane's language. */
export function groupHeading(texts: PaneTexts, group: GroupScores): string {
  const label = (member: GroupScores["members"][number]): string =>
    memberLabel(member, texts.language);
  const name =
    group.group === "merged"
      ? texts.t("stakeholders.merged", { members: group.members.map(label).join(", ") })
      : label(group.group);
  return `${name}, ${group.respondents}`;
}

/** Stakeholders: who answered, how each group rates the principles, and the items that divide them. */
export function StakeholdersView({ workflows }: StakeholdersViewProps) {
  const styles = useStyles();
  const tables = useTableStyles();
  const workflow = useWorkflow();
  const texts = useTexts();
  const { t, language } = texts;
  const [view, setView] = useState<StakeholderView | null>(null);

  const show = async (): Promise<void> => {
    const outcome = await workflow.run({
      start: t("stakeholders.reading"),
      call: () => workflows.stakeholders(),
      describe: (result) => describeStakeholders(texts, result),
    });
    if (outcome.ok) setView(outcome.result);
  };

  return (
    <ViewFrame title={t("stakeholders.title")} lead={t("stakeholders.lead")} state={workflow.state}>
      <div>
        <Button appearance="primary" onClick={() => void show()} disabled={workflow.busy}>
          {t("stakeholders.show")}
        </Button>
      </div>
      {view !== null && (
        <>
          <section className={styles.section} aria-labelledby="representation-heading">
            <Subtitle2 as="h3" id="representation-heading">
              {t("stakeholders.whoAnswered")}
            </Subtitle2>
            <Table
              aria-label={t("stakeholders.representation")}
              size="extra-small"
              className={tables.table}
            >
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t("stakeholders.group")}</TableHeaderCell>
                  <TableHeaderCell>{t("stakeholders.respondentsColumn")}</TableHeaderCell>
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
                    <TableCell>{t("stakeholders.noGroup")}</TableCell>
                    <TableCell className={tables.number}>
                      {view.representation.withoutGroup}
                    </TableCell>
                  </TableRow>
                )}
              </TableBody>
            </Table>
            {view.representation.missing.length > 0 && (
              <Caption1>
                {t("stakeholders.missing", { groups: view.representation.missing.join(", ") })}
              </Caption1>
            )}
          </section>

          <section className={styles.section} aria-labelledby="group-scores-heading">
            <Subtitle2 as="h3" id="group-scores-heading">
              {t("stakeholders.scoresHeading")}
            </Subtitle2>
            <div className={tables.scroll}>
              <Table
                aria-label={t("stakeholders.scoresTable")}
                size="extra-small"
                className={tables.table}
              >
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{t("scores.principle")}</TableHeaderCell>
                    {view.groups.map((group) => (
                      <TableHeaderCell key={group.group}>
                        {groupHeading(texts, group)}
                      </TableHeaderCell>
                    ))}
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {view.groups.length === 0 ? (
                    <TableRow>
                      <TableCell>
                        {t("stakeholders.noGroupLargeEnough", { minimum: view.minimumGroupSize })}
                      </TableCell>
                    </TableRow>
                  ) : (
                    <>
                      {catalogue.principles.map((principle) => (
                        <TableRow key={principle.id}>
                          <TableCell
                            title={
                              catalogueText(language, "principleNames", principle.id) ??
                              principle.name
                            }
                          >
                            {principle.id}
                          </TableCell>
                          {view.groups.map((group) => (
                            <TableCell key={group.group} className={tables.number}>
                              {formatPrincipleScore(
                                texts,
                                group.principles.find((entry) => entry.principle === principle.id)
                                  ?.score ?? null,
                              )}
                            </TableCell>
                          ))}
                        </TableRow>
                      ))}
                      <TableRow>
                        <TableCell>{t("compare.alignmentRow")}</TableCell>
                        {view.groups.map((group) => (
                          <TableCell key={group.group} className={tables.number}>
                            {formatPrincipleScore(texts, group.alignment)}
                          </TableCell>
                        ))}
                      </TableRow>
                    </>
                  )}
                </TableBody>
              </Table>
            </div>
            <Caption1>{t("stakeholders.columns")}</Caption1>
          </section>

          <section className={styles.section} aria-labelledby="contested-heading">
            <Subtitle2 as="h3" id="contested-heading">
              {t("stakeholders.contested")}
            </Subtitle2>
            <Table
              aria-label={t("stakeholders.contested")}
              size="extra-small"
              className={tables.table}
            >
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t("stakeholders.item")}</TableHeaderCell>
                  <TableHeaderCell>{t("stakeholders.spread")}</TableHeaderCell>
                  <TableHeaderCell>{t("stakeholders.answers")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {view.contested.length === 0 ? (
                  <TableRow>
                    <TableCell>{t("stakeholders.noneContested")}</TableCell>
                  </TableRow>
                ) : (
                  view.contested.map((item) => (
                    <TableRow key={item.itemId}>
                      <TableCell>
                        <Body1>{`${item.itemId} ${catalogueText(language, "items", item.itemId) ?? item.item}`}</Body1>
                      </TableCell>
                      <TableCell className={tables.number}>
                        {texts.number(item.spread, 0)}
                      </TableCell>
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
