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
export function missingActionFields(fields: ActionFields): string[] {
  const missing: string[] = [];
  if (fields.target === "") missing.push("Choose the weak principle or goal the action answers.");
  if (fields.action.trim() === "") missing.push("Describe the action.");
  return missing;
}

/** Actions: add an action to the plan for a weak principle or goal from the scoreboard. */
export function ActionsView({ workflows, active }: ActionsViewProps) {
  const styles = useStyles();
  const workflow = useWorkflow();
  const { fail } = workflow;
  const [spots, setSpots] = useState<readonly WeakSpot[] | null>(null);
  const [fields, setFields] = useState<ActionFields>(EMPTY);
  const set = (change: Partial<ActionFields>): void => {
    setFields((current) => ({ ...current, ...change }));
  };

  useReadWhenShown(active, () => workflows.weakSpots(), setSpots, fail);

  const add = async (): Promise<void> => {
    const missing = missingActionFields(fields);
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
      start: "Adding the action…",
      call: async () => {
        const added = await workflows.addAction(action);
        const shown = await workflows.select(added.address);
        return { added, shown };
      },
      describe: ({ added, shown }) => [
        `Added action ${added.id} at ${added.address}${shown ? " (selected)" : ""}.`,
      ],
    });
    if (outcome.ok) setFields({ ...EMPTY, target: fields.target });
  };

  return (
    <ViewFrame
      title="Actions"
      lead="Add an action to the plan for a principle or goal the scoreboard finds weak; it goes to the Actions table as planned."
      state={workflow.state}
    >
      {spots !== null && spots.length === 0 && (
        <Body1>
          No weak principle or goal yet: refresh the scoreboard once the checklist and indicators
          are filled in.
        </Body1>
      )}
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <Field label="Weak principle or goal">
          <Select
            value={fields.target}
            select={{ className: styles.select }}
            onChange={(_event, data) => {
              set({ target: data.value });
            }}
          >
            <option value="">{spots === null ? "Reading the scoreboard…" : "Choose one"}</option>
            {(spots ?? []).map((spot) => (
              <option
                key={spot.target}
                value={spot.target}
              >{`${spot.label}: ${spot.detail}`}</option>
            ))}
          </Select>
        </Field>
        <Field label="Action">
          <Textarea
            value={fields.action}
            resize="vertical"
            onChange={(_event, data) => {
              set({ action: data.value });
            }}
          />
        </Field>
        <Field label="Owner">
          <Input
            value={fields.owner}
            onChange={(_event, data) => {
              set({ owner: data.value });
            }}
          />
        </Field>
        <Field label="Due" hint="As you write dates, e.g. 2026-06 or June 2026.">
          <Input
            value={fields.due}
            onChange={(_event, data) => {
              set({ due: data.value });
            }}
          />
        </Field>
        <Checkbox
          label="Addresses stakeholder input"
          checked={fields.addressesInput}
          onChange={(_event, data) => {
            set({ addressesInput: data.checked === true });
          }}
        />
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" disabled={workflow.busy}>
            Add action
          </Button>
        </div>
      </form>
    </ViewFrame>
  );
}
