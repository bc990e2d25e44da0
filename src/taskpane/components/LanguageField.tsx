import { Field, Select } from "@fluentui/react-components";
import { useSyncExternalStore } from "react";
import type { Language } from "../../engine/language";
import { isLanguageChoice, LANGUAGE_CHOICES, type LanguageChoice } from "../texts/languageChoice";
import type { LanguageSetting } from "../texts/languageSetting";
import type { PaneTextKey } from "../texts/paneTexts";
import { useTexts } from "../texts/PaneTextsContext";

export interface LanguageFieldProps {
  readonly setting: LanguageSetting;
}

/** Each language named in itself, so a person finds theirs whatever the pane speaks now. */
const LANGUAGE_NAMES: Readonly<Record<Language, PaneTextKey>> = {
  en: "language.en",
  fr: "language.fr",
  es: "language.es",
};

/** The pane's language: Office's (the browser's), or one chosen here and kept in this browser. */
export function LanguageField({ setting }: LanguageFieldProps) {
  const { t } = useTexts();
  const choice = useSyncExternalStore(setting.subscribe, setting.choice, setting.choice);
  const label = (option: LanguageChoice): string =>
    option === "office"
      ? t("language.office", { language: t(LANGUAGE_NAMES[setting.environment().language]) })
      : t(LANGUAGE_NAMES[option]);
  return (
    <Field label={t("language.label")} hint={t("language.hint")}>
      <Select
        value={choice}
        onChange={(_event, data) => {
          if (isLanguageChoice(data.value)) setting.choose(data.value);
        }}
      >
        {LANGUAGE_CHOICES.map((option) => (
          <option key={option} value={option} lang={option === "office" ? undefined : option}>
            {label(option)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
