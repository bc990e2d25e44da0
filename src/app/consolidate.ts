// Consolidate: many partnerships' scored workbooks → one programme workbook with each principle's
// average over the partnerships that have a score. Each partnership is summarised from its own host
// (the runner opens one file after another); the programme is written into a new host and stamped.

import type { Language } from "../engine/language";
import type { Assessment, Problem } from "../engine/model/types";
import type { FormulaDialect } from "../engine/plan/types";
import {
  consolidate,
  programmeLanguage,
  programmePlan,
  summarisePartnership,
  type PartnershipSummary,
  type Programme,
} from "../engine/programme";
import type { Stamp } from "../engine/templates";
import { STAMP_KEYS, stampedPlan } from "../host/stamp";
import type { WorkbookHost, WorkbookReader } from "../host/workbookHost";
import { readScored } from "./scoredReading";

export type PartnershipSummaryReading =
  | {
      readonly ok: true;
      readonly summary: PartnershipSummary;
      readonly problems: readonly Problem[];
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** One partnership's workbook, scored and summarised under the name `source`. */
export async function summariseWorkbook(
  source: string,
  host: WorkbookReader,
): Promise<PartnershipSummaryReading> {
  const scored = await readScored(host);
  if (!scored.ok) return scored;
  const stamped = (await host.readAddinData())[STAMP_KEYS.catalogueVersion] ?? null;
  const assessment = withCatalogueVersion(scored.assessment, stamped);
  return {
    ok: true,
    summary: summarisePartnership(source, assessment, scored.scores),
    problems: scored.problems,
  };
}

export interface ProgrammeWrite {
  readonly dialect: FormulaDialect;
  readonly stamp: Stamp;
  /** Consolidate mismatched partnerships anyway (a warning instead of a refusal). */
  readonly force: boolean;
  /** Shows the SAMPLE DATA banner (the demo). */
  readonly sampleData: boolean;
  /** The programme workbook's language; when absent, the one the inputs agree on, else English. */
  readonly language?: Language;
}

export interface ProgrammeWritten {
  /** null when refused or when there was nothing to consolidate: nothing was written. */
  readonly programme: Programme | null;
  readonly problems: readonly Problem[];
}

export async function writeProgramme(
  host: WorkbookHost,
  summaries: readonly PartnershipSummary[],
  write: ProgrammeWrite,
): Promise<ProgrammeWritten> {
  const { programme, problems } = consolidate(summaries, { force: write.force });
  if (programme === null) return { programme, problems };
  const plan = programmePlan(programme, {
    ...write,
    language: write.language ?? programmeLanguage(summaries),
  });
  await host.applyPlan(stampedPlan(plan, write.stamp, programme.list, programme.settings), {
    dialect: write.dialect,
    existingSheet: "fail",
  });
  return { programme, problems };
}

// The C2C_Partnership table's catalogue version is what the user sees; a workbook prepared by
// another tool may lack it while the runner's stamp in the add-in settings has it.
function withCatalogueVersion(assessment: Assessment, stamped: string | null): Assessment {
  if (assessment.partnership.catalogueVersion !== null || stamped === null) return assessment;
  return { ...assessment, partnership: { ...assessment.partnership, catalogueVersion: stamped } };
}
