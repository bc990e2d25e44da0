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
import { headerIn } from "../../engine/language";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { useReadWhenShown } from "../components/useReadWhenShown";
import { useWorkflow } from "../components/useWorkflow";
import { ViewFrame } from "../components/ViewFrame";
import type { PaneWorkflows, SettingsState } from "../workflows/types";
import { choiceWord, readSettingsTexts, settingFields, settingsTexts } from "./settingsForm";
import type { ScoringSettings } from "../../engine/settings";
import { useTexts } from "../texts/PaneTextsContext";

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
  const paneTexts = useTexts();
  const { t } = paneTexts;
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
    const reading = readSettingsTexts(texts, paneTexts);
    if (!reading.ok) {
      fail(reading.problems.join(" "));
      return;
    }
    setPending(reading.settings);
  };

  const save = (settings: ScoringSettings): void => {
    setPending(null);
    void workflow.run({
      start: t("settings.writing"),
      call: () => workflows.writeSettings(settings),
      describe: () => [t("settings.saved")],
    });
  };

  const editable = state?.editable === true;
  return (
    <ViewFrame title={t("settings.title")} lead={t("settings.lead")} state={workflow.state}>
      {state !== null && !editable && (
        <MessageBar intent="info">
          <MessageBarBody>{t("settings.noTable")}</MessageBarBody>
        </MessageBar>
      )}
      {state !== null && state.problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t("settings.problems")}
            <ul className={styles.problems}>
              {state.problems.map((problem, index) => (
                <li key={index}>{paneTexts.problem(problem)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {state === null ? (
        <Body1>{t("settings.reading")}</Body1>
      ) : (
        <form
          className={styles.form}
          onSubmit={(event) => {
            event.preventDefault();
            askToSave();
          }}
        >
          {FIELDS.map((field) => (
            <Field key={field.key} label={headerIn(paneTexts.language, field.key)}>
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
                      {choiceWord(paneTexts, field.words, option)}
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
              {t("settings.save")}
            </Button>
          </div>
        </form>
      )}
      <ConfirmDialog
        open={pending !== null}
        title={t("settings.overwriteTitle")}
        confirmLabel={t("settings.overwriteConfirm")}
        onConfirm={() => {
          if (pending !== null) save(pending);
        }}
        onCancel={() => {
          setPending(null);
          workflow.note([t("settings.nothingSaved")]);
        }}
      >
        {t("settings.overwriteBody")}
      </ConfirmDialog>
    </ViewFrame>
  );
}
