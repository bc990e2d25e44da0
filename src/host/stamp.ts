// Every workbook the runner writes is stamped (issue 4): the catalogue version, the indicator list
// and the scoring settings it was made with, in the add-in's hidden settings, where the task pane
// and later runs read them. The visible provenance line on the Scoreboard says the same for people.

import { CATALOGUE_VERSION } from "../engine/catalogue";
import type { ListId } from "../engine/catalogue/types";
import type { WorkbookPlan } from "../engine/plan/types";
import type { ScoringSettings } from "../engine/settings";
import { PRODUCT_NAME, PRODUCT_VERSION } from "../engine/templates/product";
import type { Stamp } from "../engine/templates/provenance";

export const STAMP_KEYS = {
  catalogueVersion: "catalogueVersion",
  list: "list",
  settings: "scoringSettings",
  product: "product",
  generatedOn: "generatedOn",
} as const;

/** The stamp as the add-in settings it sets. */
export function stampSettings(
  stamp: Stamp,
  list: ListId,
  settings: ScoringSettings,
): Record<string, string> {
  return {
    [STAMP_KEYS.catalogueVersion]: CATALOGUE_VERSION,
    [STAMP_KEYS.list]: list,
    [STAMP_KEYS.settings]: JSON.stringify(settings),
    [STAMP_KEYS.product]: `${PRODUCT_NAME} ${PRODUCT_VERSION}`,
    [STAMP_KEYS.generatedOn]: stamp.generatedOn,
  };
}

/** The plan with the stamp in its settings, so applying it writes and stamps the workbook at once. */
export function stampedPlan(
  plan: WorkbookPlan,
  stamp: Stamp,
  list: ListId,
  settings: ScoringSettings,
): WorkbookPlan {
  return { ...plan, settings: { ...plan.settings, ...stampSettings(stamp, list, settings) } };
}

/** The stamp of a run: today's date from the command's clock, so tests can fix it. */
export function stampOf(now: Date): Stamp {
  return { generatedOn: now.toISOString().slice(0, 10) };
}
