import {
  Body1,
  Button,
  Checkbox,
  Field,
  Input,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { useReadWhenShown } from "../components/useReadWhenShown";
import { useWorkflow } from "../components/useWorkflow";
import { ViewFrame } from "../components/ViewFrame";
import { ENGLISH_PANE_TEXTS, type PaneTexts } from "../texts/paneTexts";
import { useTexts } from "../texts/PaneTextsContext";
import type { NewAction, PaneWorkflows, WeakSpot } from "../workflows/types";

export interface ActionsViewProps {
  readonly workflows: PaneWorkflows;
  /** The section is on screen: the weak spots are read then, and again after each change. */
  readonly active: boolean;
}

interface ActionFields {
  readonly target: string;
  readonly action: string;
  readonly owner: string;
  readonly due: string;
  readonly addressesInput: boolean;
}

const EMPTY: ActionFields = { target: "", action: "", owner: "", due: "", addressesInput: false };

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS },
  // A native select grows to its longest option; keep it to the pane's width.
  select: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
});

/** What the form is missing, one sentence each; empty when it can be added. */
export function missingActionFields(
  fields: ActionFields,
  texts: PaneTexts = ENGLISH_PANE_TEXTS,
): string[] {
  const missing: string[] = [];
  if (fields.target === "") missing.push(texts.t("actions.chooseTarget"));
  if (fields.action.trim() === "") missing.push(texts.t("actions.describe"));
  return missing;
}

/** Actions: add an action to the plan for a weak principle or goal from the scoreboard. */
export function ActionsView({ workflows, active }: ActionsViewProps) {
  const styles = useStyles();
  const workflow = useWorkflow();
  const { fail } = workflow;
  const texts = useTexts();
  const { t } = texts;
  const [spots, setSpots] = useState<readonly WeakSpot[] | null>(null);
  const [fields, setFields] = useState<ActionFields>(EMPTY);
  const set = (change: Partial<ActionFields>): void => {
    setFields((current) => ({ ...current, ...change }));
  };

  useReadWhenShown(active, () => workflows.weakSpots(), setSpots, fail);

  const add = async (): Promise<void> => {
    const missing = missingActionFields(fields, texts);
    if (missing.length > 0) {
      workflow.fail(missing.join(" "));
      return;
    }
    const action: NewAction = {
      target: fields.target,
      action: fields.action.trim(),
      owner: fields.owner.trim(),
      due: fields.due.trim(),
      stakeholderInputAddressed: fields.addressesInput,
    };
    const outcome = await workflow.run({
      start: t("actions.adding"),
      call: async () => {
        const added = await workflows.addAction(action);
        const shown = await workflows.select(added.address);
        return { added, shown };
      },
      describe: ({ added, shown }) => [
        t(shown ? "actions.addedSelected" : "actions.added", {
          id: added.id,
          address: added.address,
        }),
      ],
    });
    if (outcome.ok) setFields({ ...EMPTY, target: fields.target });
  };

  return (
    <ViewFrame title={t("actions.title")} lead={t("actions.lead")} state={workflow.state}>
      {spots !== null && spots.length === 0 && <Body1>{t("actions.noWeakSpot")}</Body1>}
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <Field label={t("actions.target")}>
          <Select
            value={fields.target}
            select={{ className: styles.select }}
            onChange={(_event, data) => {
              set({ target: data.value });
            }}
          >
            <option value="">
              {spots === null ? t("actions.readingScoreboard") : t("actions.chooseOne")}
            </option>
            {(spots ?? []).map((spot) => (
              <option
                key={spot.target}
                value={spot.target}
              >{`${spot.label}: ${spot.detail}`}</option>
            ))}
          </Select>
        </Field>
        <Field label={t("actions.action")}>
          <Textarea
            value={fields.action}
            resize="vertical"
            onChange={(_event, data) => {
              set({ action: data.value });
            }}
          />
        </Field>
        <Field label={t("actions.owner")}>
          <Input
            value={fields.owner}
            onChange={(_event, data) => {
              set({ owner: data.value });
            }}
          />
        </Field>
        <Field label={t("actions.due")} hint={t("actions.dueHint")}>
          <Input
            value={fields.due}
            onChange={(_event, data) => {
              set({ due: data.value });
            }}
          />
        </Field>
        <Checkbox
          label={t("actions.addressesInput")}
          checked={fields.addressesInput}
          onChange={(_event, data) => {
            set({ addressesInput: data.checked === true });
          }}
        />
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" disabled={workflow.busy}>
            {t("actions.add")}
          </Button>
        </div>
      </form>
    </ViewFrame>
  );
}
