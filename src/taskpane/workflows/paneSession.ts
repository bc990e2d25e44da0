// The pane's session: every action of PaneWorkflows over one WorkbookHost. The views call it with the
// Office.js host and `openWorkbook = (b64) => Excel.createWorkbook(b64)` inside Excel, and with the
// memory host in the browser preview; nothing here touches an Office global.

import type { WorkbookHost } from "../../host/workbookHost";
import { addAction, weakSpots } from "./actionsWorkflow";
import { createAssessment, loadSample } from "./createWorkflows";
import { importAnswers } from "./importAnswersWorkflow";
import { select, status, validate } from "./inspectWorkflows";
import { publish } from "./publishWorkflow";
import { questionnaire } from "./questionnaireWorkflow";
import { refresh } from "./refreshWorkflow";
import { sessionContext, type SessionOptions } from "./sessionContext";
import { runSelfTest } from "./selfTest/runSelfTest";
import { readSettings, writeSettings } from "./settingsWorkflow";
import type { PaneWorkflows } from "./types";
import { compare, compareCandidates, stakeholders } from "./viewWorkflows";

export function createPaneSession(host: WorkbookHost, options: SessionOptions): PaneWorkflows {
  const context = sessionContext(host, options);
  return {
    environment: context.environment,
    status: () => status(context),
    createAssessment: (assessmentOptions, progress) =>
      createAssessment(context, assessmentOptions, progress),
    loadSample: (progress) => loadSample(context, progress),
    validate: (progress) => validate(context, progress),
    select: (address) => select(context, address),
    refresh: (progress) => refresh(context, progress),
    compareCandidates: () => compareCandidates(context),
    compare: (units) => compare(context, units),
    stakeholders: () => stakeholders(context),
    publish: (format, progress) => publish(context, format, progress),
    weakSpots: () => weakSpots(context),
    addAction: (action) => addAction(context, action),
    readSettings: () => readSettings(context),
    writeSettings: (settings) => writeSettings(context, settings),
    importAnswers: (file, progress) => importAnswers(context, file, progress),
    questionnaire: (languages, progress) => questionnaire(context, languages, progress),
    selfTest: (progress) => {
      if (options.selfTest === undefined)
        return Promise.reject(new Error("The self-test is not available in this session."));
      return runSelfTest(context, options.selfTest, progress);
    },
  };
}
