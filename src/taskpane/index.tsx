// Entry point of the task pane bundle: find out where we run, set up the session, render the pane.
// If even that fails (an Excel too old for the add-in), the reason is rendered in the pane.
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
import { detectPaneHost } from "./paneHost";
import { paneSetup } from "./paneSetup";

async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (container === null) throw new Error("taskpane.html has no #root element");
  const root = createRoot(container);
  try {
    const setup = await paneSetup(await detectPaneHost());
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
        />
      </StrictMode>,
    );
  } catch (error: unknown) {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The C2C Scoreboard could not start.</MessageBarTitle>{" "}
            {errorMessage(error)}
          </MessageBarBody>
        </MessageBar>
      </FluentProvider>,
    );
  }
}

void start();
