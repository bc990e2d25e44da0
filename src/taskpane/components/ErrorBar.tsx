import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useTexts } from "../texts/PaneTextsContext";

export interface ErrorBarProps {
  /** The failure in plain words; nothing is rendered without one. */
  readonly error: string | null;
}

/** A failed step, as an error message bar with role="alert" so it is announced at once. */
export function ErrorBar({ error }: ErrorBarProps) {
  const { t } = useTexts();
  if (error === null) return null;
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("error.title")}</MessageBarTitle> {error}
      </MessageBarBody>
    </MessageBar>
  );
}
