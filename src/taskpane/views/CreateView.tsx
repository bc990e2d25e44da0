import {
  Button,
  Checkbox,
  Field,
  Input,
  Select,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { languageOfTag } from "../../engine/language/language";
import { useState } from "react";
import { CATALOGUE_LANGUAGES, type CatalogueLanguage } from "../../engine/catalogue/texts";
import { describeImport, describeWrite } from "../components/describe";
import { useWorkflow } from "../components/useWorkflow";
import { ViewFrame } from "../components/ViewFrame";
import type { PaneWorkflows, QuestionnaireResult } from "../workflows/types";
import { FileOffer } from "./FileOffer";
import { EMPTY_CREATE_FORM, readCreateForm, type CreateFormFields } from "./createForm";

export interface CreateViewProps {
  readonly workflows: PaneWorkflows;
}

const useStyles = makeStyles({
  group: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    border: "none",
  },
  step: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: 0,
    margin: 0,
    border: "none",
  },
  legend: {
    fontWeight: tokens.fontWeightSemibold,
    padding: 0,
    marginBottom: tokens.spacingVerticalXS,
  },
  file: { fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase300 },
  label: { fontWeight: tokens.fontWeightRegular },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
});

/** The questionnaire's languages as the pane offers them, by their own names. */
const LANGUAGE_NAMES: Readonly<Record<CatalogueLanguage, string>> = {
  en: "English",
  fr: "Français",
  es: "Español",
};

/**
 * Create: the sample partnership, the new-assessment wizard, the questionnaire for survey tools
 * and importing answers from a survey tool.
 */
export function CreateView({ workflows }: CreateViewProps) {
  const styles = useStyles();
  const workflow = useWorkflow();
  const [fields, setFields] = useState<CreateFormFields>(EMPTY_CREATE_FORM);
  const [answersFile, setAnswersFile] = useState<File | null>(null);
  const [languages, setLanguages] = useState<readonly CatalogueLanguage[]>(CATALOGUE_LANGUAGES);
  const [form, setForm] = useState<QuestionnaireResult["file"] | null>(null);
  const set = (change: Partial<CreateFormFields>): void => {
    setFields((current) => ({ ...current, ...change }));
  };

  const loadSample = (): void => {
    void workflow.run({
      start: "Writing the sample partnership…",
      call: (progress) => workflows.loadSample(progress),
      describe: describeWrite,
    });
  };

  const create = (): void => {
    const reading = readCreateForm(fields);
    if (!reading.ok) {
      workflow.fail(reading.problems.join(" "));
      return;
    }
    void workflow.run({
      start: "Writing the new assessment…",
      call: (progress) => workflows.createAssessment(reading.options, progress),
      describe: describeWrite,
    });
  };

  const importAnswers = (): void => {
    if (answersFile === null) {
      workflow.fail(
        "Choose the answers file first: a survey tool's export (CSV or .xlsx), or one row per respondent and item with the columns Respondent, Item ID and Answer.",
      );
      return;
    }
    const file = answersFile;
    setForm(null);
    void workflow.run({
      start: `Importing ${file.name}…`,
      call: async (progress) =>
        workflows.importAnswers(new Uint8Array(await file.arrayBuffer()), progress),
      describe: describeImport,
    });
  };

  const toggleLanguage = (language: CatalogueLanguage, ticked: boolean): void => {
    // Kept in the order shown, so the first ticked is the form's default language.
    setLanguages((current) =>
      CATALOGUE_LANGUAGES.filter((code) => (code === language ? ticked : current.includes(code))),
    );
  };

  const writeQuestionnaire = async (): Promise<void> => {
    setForm(null);
    const outcome = await workflow.run({
      start: "Writing the questionnaire…",
      call: (progress) => workflows.questionnaire(languages, progress),
      describe: (result) => [result.file.description, ...result.notes],
    });
    if (outcome.ok) setForm(outcome.result.file);
  };

  return (
    <ViewFrame
      title="Create"
      lead="Start an assessment workbook, or try the product on the sample partnership (labelled SAMPLE DATA)."
      state={workflow.state}
    >
      <div className={styles.actions}>
        <Button onClick={loadSample} disabled={workflow.busy}>
          Load sample partnership
        </Button>
      </div>

      <form
        className={styles.group}
        aria-labelledby="create-heading"
        onSubmit={(event) => {
          event.preventDefault();
          create();
        }}
      >
        <Subtitle2 as="h3" id="create-heading">
          New assessment
        </Subtitle2>
        <fieldset className={styles.step}>
          <legend className={styles.legend}>1. The partnership</legend>
          <Field label="Partnership name">
            <Input
              value={fields.partnershipName}
              onChange={(_event, data) => {
                set({ partnershipName: data.value });
              }}
            />
          </Field>
          <Field label="Partner cities" hint="Two or more, separated by commas.">
            <Input
              value={fields.cities}
              placeholder="Lyon, Rabat"
              onChange={(_event, data) => {
                set({ cities: data.value });
              }}
            />
          </Field>
          <Field label="Countries" hint="In the order of the cities, separated by commas.">
            <Input
              value={fields.countries}
              placeholder="France, Morocco"
              onChange={(_event, data) => {
                set({ countries: data.value });
              }}
            />
          </Field>
        </fieldset>
        <fieldset className={styles.step}>
          <legend className={styles.legend}>2. The indicators</legend>
          <Field label="Years" hint="Separated by commas, or a range such as 2022-2024.">
            <Input
              value={fields.years}
              placeholder="2022-2024"
              onChange={(_event, data) => {
                set({ years: data.value });
              }}
            />
          </Field>
          <Field label="Indicator list">
            <Select
              value={fields.list}
              onChange={(_event, data) => {
                set({ list: data.value === "long" ? "long" : "simplified" });
              }}
            >
              <option value="simplified">Simplified (24 indicators)</option>
              <option value="long">Long (93 indicators, all 17 goals)</option>
            </Select>
          </Field>
          <Field
            label="Workbook language"
            hint="Headers, notes, drop-downs, item wording and the Scoreboard; answers are read in any of the three."
          >
            <Select
              value={fields.language}
              onChange={(_event, data) => {
                set({ language: languageOfTag(data.value) ?? "en" });
              }}
            >
              <option value="en">English</option>
              <option value="fr">Français</option>
              <option value="es">Español</option>
            </Select>
          </Field>
        </fieldset>
        <fieldset className={styles.step}>
          <legend className={styles.legend}>3. The respondents</legend>
          <Field
            label="Respondents"
            hint="One per line; each heads an answer column of the checklist."
          >
            <Textarea
              value={fields.respondents}
              resize="vertical"
              rows={4}
              onChange={(_event, data) => {
                set({ respondents: data.value });
              }}
            />
          </Field>
        </fieldset>
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" disabled={workflow.busy}>
            Create assessment
          </Button>
        </div>
      </form>

      <section className={styles.group} aria-labelledby="questionnaire-heading">
        <Subtitle2 as="h3" id="questionnaire-heading">
          Questionnaire for survey tools
        </Subtitle2>
        <fieldset className={styles.step}>
          <legend className={styles.legend}>
            The checklist as an XLSForm for KoboToolbox or ODK, in these languages (the first ticked
            is the form&apos;s default):
          </legend>
          {CATALOGUE_LANGUAGES.map((language) => (
            <Checkbox
              key={language}
              label={LANGUAGE_NAMES[language]}
              checked={languages.includes(language)}
              onChange={(_event, data) => {
                toggleLanguage(language, data.checked === true);
              }}
            />
          ))}
        </fieldset>
        <div className={styles.actions}>
          <Button onClick={() => void writeQuestionnaire()} disabled={workflow.busy}>
            Write questionnaire
          </Button>
        </div>
        {form !== null && <FileOffer file={form} />}
      </section>

      <section className={styles.group} aria-labelledby="import-heading">
        <Subtitle2 as="h3" id="import-heading">
          Import answers
        </Subtitle2>
        <Field
          label="Answers file (CSV or .xlsx)"
          hint="A KoboToolbox, ODK, Microsoft Forms or Google Forms export (one row per reply), or one row per respondent and item: Respondent, Item ID, Answer, and optionally Group and Organisation."
        >
          {(fieldProps) => (
            <input
              {...fieldProps}
              className={styles.file}
              type="file"
              accept=".csv,.tsv,.txt,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(event) => {
                setAnswersFile(event.target.files?.[0] ?? null);
              }}
            />
          )}
        </Field>
        <div className={styles.actions}>
          <Button onClick={importAnswers} disabled={workflow.busy}>
            Import answers
          </Button>
        </div>
      </section>
    </ViewFrame>
  );
}
