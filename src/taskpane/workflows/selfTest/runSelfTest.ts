// The self-test: every check in turn, each on scratch sheets of its own, then the scratch sheets and
// names removed in `finally`, whatever failed. A check that throws is reported as failed with its
// error in words, and the next one still runs. Leftovers of an earlier run that stopped halfway are
// removed first, so the checks never meet a sheet of the same name.

import { ADDIN_SETTINGS_SHEET } from "../../../engine/plan/addinSettings";
import type { ScratchAccess } from "../../../host/scratchAccess";
import { errorMessage } from "../../components/errorMessage";
import type { PaneTexts } from "../../texts/paneTexts";
import type { SessionContext } from "../sessionContext";
import type { ProgressReporter } from "../types";
import { SELF_TEST_CHECKS } from "./checkList";
import { reportText, summaryLine } from "./selfTestReport";
import type {
  CheckResult,
  ExcelDiagnostics,
  SelfTestBench,
  SelfTestCheck,
  SelfTestReport,
} from "./types";

export interface SelfTestOptions {
  readonly scratch: ScratchAccess;
  readonly diagnostics: () => ExcelDiagnostics;
  readonly checks?: readonly SelfTestCheck[];
  readonly sleep?: (milliseconds: number) => Promise<void>;
}

const SCRATCH_PREFIX = "C2C self-test";
/** The checks' scratch sheets are "C2C self-test 1", "C2C self-test 2"…; no other sheet is removed. */
const SCRATCH_SHEET = /^C2C self-test \d+$/;

export async function runSelfTest(
  context: SessionContext,
  options: SelfTestOptions,
  progress: ProgressReporter,
): Promise<SelfTestReport> {
  const checks = options.checks ?? SELF_TEST_CHECKS;
  const sheets = new Set<string>();
  const names = new Set<string>();
  const texts = context.texts();
  const { t } = texts;
  const bench: SelfTestBench = {
    host: context.host,
    scratch: options.scratch,
    environment: context.environment,
    dialect: context.dialect,
    texts,
    sleep: options.sleep ?? wait,
    scratchSheet: (name) => {
      sheets.add(name);
      return name;
    },
    scratchName: (name) => {
      names.add(name);
      return name;
    },
  };
  const ranAt = context.now();
  const results: CheckResult[] = [];
  const cleanup: string[] = [];
  progress(t("selfTest.removingLeftovers"), 0);
  const leftovers = (await context.host.listSheets())
    .map((sheet) => sheet.name)
    .filter((name) => SCRATCH_SHEET.test(name));
  await options.scratch.removeScratch(leftovers, []);
  // Writing a plan stamps the add-in's hidden settings sheet; a workbook that had none gets none.
  const hadSettings = Object.keys(await context.host.readAddinData()).length > 0;
  if (!hadSettings) sheets.add(ADDIN_SETTINGS_SHEET);
  try {
    for (const [index, check] of checks.entries()) {
      const title = t(check.title);
      progress(t("selfTest.checking", { title }), index / checks.length);
      results.push({ id: check.id, title, ...(await outcomeOf(texts, check, bench)) });
    }
  } finally {
    progress(t("selfTest.removingScratch"), 1);
    try {
      await options.scratch.removeScratch([...sheets], [...names]);
    } catch (error: unknown) {
      cleanup.push(
        t("selfTest.cleanupFailed", {
          reason: errorMessage(error, texts),
          prefix: SCRATCH_PREFIX,
        }),
      );
    }
  }
  const summary = summaryLine(texts, results);
  const diagnostics = options.diagnostics();
  return {
    ranAt,
    diagnostics,
    results,
    cleanup,
    summary,
    text: reportText(texts, ranAt, diagnostics, results, cleanup),
  };
}

async function outcomeOf(
  texts: PaneTexts,
  check: SelfTestCheck,
  bench: SelfTestBench,
): Promise<Omit<CheckResult, "id" | "title">> {
  try {
    return await check.run(bench);
  } catch (error: unknown) {
    return {
      status: "failed",
      detail: texts.t("selfTest.stopped", { reason: errorMessage(error, texts) }),
    };
  }
}

function wait(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
