import {
  Body1,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { catalogue } from "../../engine/catalogue";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { useReadWhenShown } from "../components/useReadWhenShown";
import { useWorkflow } from "../components/useWorkflow";
import { ViewFrame } from "../components/ViewFrame";
import type { PaneWorkflows, SettingsState } from "../workflows/types";
import { readSettingsTexts, settingFields, settingsTexts } from "./settingsForm";
import type { ScoringSettings } from "../../engine/settings";

export interface SettingsViewProps {
  readonly workflows: PaneWorkflows;
  /** The section is on screen: the settings are read then, and again after each change. */
  readonly active: boolean;
}

const PRINCIPLE_IDS = catalogue.principles.map((principle) => principle.id);
const FIELDS = settingFields(PRINCIPLE_IDS);

const useStyles = makeStyles({
  form: { display: "grid", gridTemplateColumns: "1fr", rowGap: tokens.spacingVerticalS },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** Settings: every rule that changes a number, as the workbook's Settings table holds it. */
export function SettingsView({ workflows, active }: SettingsViewProps) {
  const styles = useStyles();
  const workflow = useWorkflow();
  const { fail } = workflow;
  const [state, setState] = useState<SettingsState | null>(null);
  const [texts, setTexts] = useState<Readonly<Record<string, string>>>({});
  const [pending, setPending] = useState<ScoringSettings | null>(null);

  useReadWhenShown(
    active,
    () => workflows.readSettings(),
    (read) => {
      setState(read);
      setTexts(settingsTexts(read.settings, PRINCIPLE_IDS));
    },
    fail,
  );

  const askToSave = (): void => {
    const reading = readSettingsTexts(texts);
    if (!reading.ok) {
      fail(reading.problems.join(" "));
      return;
    }
    setPending(reading.settings);
  };

  const save = (settings: ScoringSettings): void => {
    setPending(null);
    void workflow.run({
      start: "Writing the settings…",
      call: () => workflows.writeSettings(settings),
      describe: () => [
        "Settings saved in the Settings table. Refresh the scoreboard to rescore with them.",
      ],
    });
  };

  const editable = state?.editable === true;
  return (
    <ViewFrame
      title="Settings"
      lead="Every rule that changes a number is a row of the workbook's Settings table; change it here or in the sheet."
      state={workflow.state}
    >
      {state !== null && !editable && (
        <MessageBar intent="info">
          <MessageBarBody>
            This workbook has no Settings table (C2C_Settings), so the framework defaults apply and
            cannot be changed here.
          </MessageBarBody>
        </MessageBar>
      )}
      {state !== null && state.problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            Some rows of the Settings table cannot be used; their defaults apply:
            <ul className={styles.problems}>
              {state.problems.map((problem, index) => (
                <li key={index}>{`${problem.address}: ${problem.message}`}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {state === null ? (
        <Body1>Reading the settings…</Body1>
      ) : (
        <form
          className={styles.form}
          onSubmit={(event) => {
            event.preventDefault();
            askToSave();
          }}
        >
          {FIELDS.map((field) => (
            <Field key={field.key} label={field.key}>
              {field.kind === "choice" ? (
                <Select
                  value={texts[field.key] ?? ""}
                  disabled={!editable}
                  onChange={(_event, data) => {
                    setTexts({ ...texts, [field.key]: data.value });
                  }}
                >
                  {field.options.map((option) => (
                    <option key={option} value={option}>
                      {option}
                    </option>
                  ))}
                </Select>
              ) : (
                <Input
                  value={texts[field.key] ?? ""}
                  inputMode={field.kind === "number" ? "decimal" : "text"}
                  disabled={!editable}
                  onChange={(_event, data) => {
                    setTexts({ ...texts, [field.key]: data.value });
                  }}
                />
              )}
            </Field>
          ))}
          <div>
            <Button type="submit" appearance="primary" disabled={!editable || workflow.busy}>
              Save settings
            </Button>
          </div>
        </form>
      )}
      <ConfirmDialog
        open={pending !== null}
        title="Overwrite the Settings table?"
        confirmLabel="Write the settings"
        onConfirm={() => {
          if (pending !== null) save(pending);
        }}
        onCancel={() => {
          setPending(null);
          workflow.note(["Nothing was saved."]);
        }}
      >
        The values of the workbook&apos;s Settings table are replaced by the ones in this form. The
        scores change when you next refresh the scoreboard.
      </ConfirmDialog>
    </ViewFrame>
  );
}
