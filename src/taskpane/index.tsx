// Entry point of the task pane bundle: find out where we run, then render the pane with its data.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { catalogue, CATALOGUE_VERSION } from "../engine/catalogue";
import { App } from "./App";
import { FUNCTION_GUIDE } from "./functionGuide";
import { detectPaneHost } from "./paneHost";

async function start(): Promise<void> {
  const host = await detectPaneHost();
  const container = document.getElementById("root");
  if (container === null) throw new Error("taskpane.html has no #root element");
  createRoot(container).render(
    <StrictMode>
      <App host={host} catalogueVersion={CATALOGUE_VERSION} principles={catalogue.principles} functions={FUNCTION_GUIDE} />
    </StrictMode>,
  );
}

void start();
