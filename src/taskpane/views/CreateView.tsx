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
import { useTexts } from "../texts/PaneTextsContext";
import type { PaneTextKey } from "../texts/paneTexts";
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

/** The languages as the pane offers them, each by its own name (the same in every pane language). */
const LANGUAGE_NAMES: Readonly<Record<CatalogueLanguage, PaneTextKey>> = {
  en: "language.en",
  fr: "language.fr",
  es: "language.es",
};

/**
 * Create: the sample partnership, the new-assessment wizard, the questionnaire for survey tools
 * and importing answers from a survey tool.
 */
export function CreateView({ workflows }: CreateViewProps) {
  const styles = useStyles();
  const workflow = useWorkflow();
  const texts = useTexts();
  const { t } = texts;
  const [fields, setFields] = useState<CreateFormFields>(EMPTY_CREATE_FORM);
  const [answersFile, setAnswersFile] = useState<File | null>(null);
  const [languages, setLanguages] = useState<readonly CatalogueLanguage[]>(CATALOGUE_LANGUAGES);
  const [form, setForm] = useState<QuestionnaireResult["file"] | null>(null);
  const set = (change: Partial<CreateFormFields>): void => {
    setFields((current) => ({ ...current, ...change }));
  };

  const loadSample = (): void => {
    void workflow.run({
      start: t("create.writingSample"),
      call: (progress) => workflows.loadSample(progress),
      describe: (result) => describeWrite(texts, result),
    });
  };

  const create = (): void => {
    const reading = readCreateForm(fields, texts);
    if (!reading.ok) {
      workflow.fail(reading.problems.join(" "));
      return;
    }
    void workflow.run({
      start: t("create.writingAssessment"),
      call: (progress) => workflows.createAssessment(reading.options, progress),
      describe: (result) => describeWrite(texts, result),
    });
  };

  const importAnswers = (): void => {
    if (answersFile === null) {
      workflow.fail(t("import.chooseFile"));
      return;
    }
    const file = answersFile;
    setForm(null);
    void workflow.run({
      start: t("import.importing", { file: file.name }),
      call: async (progress) =>
        workflows.importAnswers(new Uint8Array(await file.arrayBuffer()), progress),
      describe: (result) => describeImport(texts, result),
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
      start: t("questionnaire.writing"),
      call: (progress) => workflows.questionnaire(languages, progress),
      describe: (result) => [result.file.description, ...result.notes],
    });
    if (outcome.ok) setForm(outcome.result.file);
  };

  return (
    <ViewFrame title={t("create.title")} lead={t("create.lead")} state={workflow.state}>
      <div className={styles.actions}>
        <Button onClick={loadSample} disabled={workflow.busy}>
          {t("create.loadSample")}
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
          {t("create.newHeading")}
        </Subtitle2>
        <fieldset className={styles.step}>
          <legend className={styles.legend}>{t("create.stepPartnership")}</legend>
          <Field label={t("create.partnershipName")}>
            <Input
              value={fields.partnershipName}
              onChange={(_event, data) => {
                set({ partnershipName: data.value });
              }}
            />
          </Field>
          <Field label={t("create.cities")} hint={t("create.citiesHint")}>
            <Input
              value={fields.cities}
              placeholder={t("create.citiesExample")}
              onChange={(_event, data) => {
                set({ cities: data.value });
              }}
            />
          </Field>
          <Field label={t("create.countries")} hint={t("create.countriesHint")}>
            <Input
              value={fields.countries}
              placeholder={t("create.countriesExample")}
              onChange={(_event, data) => {
                set({ countries: data.value });
              }}
            />
          </Field>
        </fieldset>
        <fieldset className={styles.step}>
          <legend className={styles.legend}>{t("create.stepIndicators")}</legend>
          <Field label={t("create.years")} hint={t("create.yearsHint")}>
            <Input
              value={fields.years}
              placeholder="2022-2024"
              onChange={(_event, data) => {
                set({ years: data.value });
              }}
            />
          </Field>
          <Field label={t("create.list")}>
            <Select
              value={fields.list}
              onChange={(_event, data) => {
                set({ list: data.value === "long" ? "long" : "simplified" });
              }}
            >
              <option value="simplified">{t("create.listSimplified")}</option>
              <option value="long">{t("create.listLong")}</option>
            </Select>
          </Field>
          <Field label={t("create.language")} hint={t("create.languageHint")}>
            <Select
              value={fields.language}
              onChange={(_event, data) => {
                set({ language: languageOfTag(data.value) ?? "en" });
              }}
            >
              {CATALOGUE_LANGUAGES.map((language) => (
                <option key={language} value={language}>
                  {t(LANGUAGE_NAMES[language])}
                </option>
              ))}
            </Select>
          </Field>
        </fieldset>
        <fieldset className={styles.step}>
          <legend className={styles.legend}>{t("create.stepRespondents")}</legend>
          <Field label={t("create.respondents")} hint={t("create.respondentsHint")}>
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
            {t("create.create")}
          </Button>
        </div>
      </form>

      <section className={styles.group} aria-labelledby="questionnaire-heading">
        <Subtitle2 as="h3" id="questionnaire-heading">
          {t("questionnaire.heading")}
        </Subtitle2>
        <fieldset className={styles.step}>
          <legend className={styles.legend}>{t("questionnaire.languages")}</legend>
          {CATALOGUE_LANGUAGES.map((language) => (
            <Checkbox
              key={language}
              label={t(LANGUAGE_NAMES[language])}
              checked={languages.includes(language)}
              onChange={(_event, data) => {
                toggleLanguage(language, data.checked === true);
              }}
            />
          ))}
        </fieldset>
        <div className={styles.actions}>
          <Button onClick={() => void writeQuestionnaire()} disabled={workflow.busy}>
            {t("questionnaire.write")}
          </Button>
        </div>
        {form !== null && <FileOffer file={form} />}
      </section>

      <section className={styles.group} aria-labelledby="import-heading">
        <Subtitle2 as="h3" id="import-heading">
          {t("import.heading")}
        </Subtitle2>
        <Field label={t("import.file")} hint={t("import.fileHint")}>
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
            {t("import.import")}
          </Button>
        </div>
      </section>
    </ViewFrame>
  );
}
