// Entry point of the task pane bundle: find out where we run and in which language, set up the
// session, render the pane. If even that fails (an Excel too old for the add-in), the reason is
// rendered in the pane, in its language.
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  webLightTheme,
} from "@fluentui/react-components";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { catalogue, CATALOGUE_VERSION } from "../engine/catalogue";
import { App } from "./App";
import { errorMessage } from "./components/errorMessage";
import { FUNCTION_GUIDE } from "./functionGuide";
import { detectPaneHost, type PaneHost } from "./paneHost";
import { paneSetup } from "./paneSetup";
import { storedChoice, type ChoiceStorage } from "./texts/languageChoice";
import { languageSetting } from "./texts/languageSetting";

/** localStorage, or undefined where the browser refuses it even to be looked at. */
function browserStorage(): ChoiceStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Office's display language inside Office; the browser's outside it (the preview). */
function environmentLanguage(host: PaneHost): string {
  return host.kind === "excel" && host.displayLanguage !== ""
    ? host.displayLanguage
    : navigator.language;
}

async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (container === null) throw new Error("taskpane.html has no #root element");
  const root = createRoot(container);
  const storage = browserStorage();
  let language = languageSetting(navigator.language, storedChoice(storage), storage);
  try {
    const host = await detectPaneHost();
    language = languageSetting(environmentLanguage(host), storedChoice(storage), storage);
    const setup = await paneSetup(host, language.texts);
    root.render(
      <StrictMode>
        <App
          workflows={setup.workflows}
          dark={setup.dark}
          previewWorkbook={setup.previewWorkbook}
          notices={setup.notices}
          catalogueVersion={CATALOGUE_VERSION}
          principles={catalogue.principles}
          functions={FUNCTION_GUIDE}
          runSelfTest={new URLSearchParams(window.location.search).get("selftest") === "run"}
          language={language}
        />
      </StrictMode>,
    );
  } catch (error: unknown) {
    const texts = language.texts();
    document.documentElement.lang = texts.language;
    root.render(
      <FluentProvider theme={webLightTheme}>
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{texts.t("pane.couldNotStart")}</MessageBarTitle>{" "}
            {errorMessage(error, texts)}
          </MessageBarBody>
        </MessageBar>
      </FluentProvider>,
    );
  }
}

void start();
