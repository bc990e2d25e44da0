// `c2c consolidate a.xlsx b.xlsx … -o programme.xlsx`: many partnerships' workbooks → one programme
// workbook with each principle's average over the partnerships that have a score and a row per
// partnership. Workbooks scored differently (list, worst-value mode, catalogue version) are refused,
// the files named, unless --force.

import type { Assessment } from "../../engine/model/types";
import {
  consolidate,
  programmePlan,
  summarisePartnership,
  type PartnershipSummary,
} from "../../engine/programme";
import { XlsxWorkbook } from "../../host/xlsx/xlsxWorkbook";
import type { Command } from "../command";
import { EXIT, exitAfterWarnings } from "../exitCodes";
import { fivePoint } from "../../engine/publish/html/numbers";
import { progressOn } from "../io";
import { parseCommandArgs, requireOption } from "../parseCommandArgs";
import { printProblems } from "../problems";
import { UsageError } from "../usageError";
import { outputProblems } from "../workbook/outputPath";
import { readScored } from "../workbook/readScored";
import { STAMP_KEYS, stampOf, stampedPlan } from "../../host/stamp";

const OPTIONS = {
  output: { type: "string", short: "o" },
  force: { type: "boolean", default: false },
  strict: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

const HELP = `Usage: c2c consolidate <a.xlsx> <b.xlsx> … -o <programme.xlsx> [--force] [--strict]

Scores each partnership's workbook and writes a programme workbook: each principle's
average over the partnerships that have a score (as the OECD pilot reported them),
its 0–100 form, band and count, a bar chart, and one row per partnership.

Workbooks scored on different indicator lists, with different worst-value modes or
against different catalogue versions are refused, the files on each side named.

Options:
  -o, --output FILE  where to write the programme workbook (required)
  --force            consolidate mismatched workbooks anyway (with a warning);
                     overwrite an existing output
  --strict           exit with code 1 when there were warnings
  -h, --help         show this help
`;

export const consolidateCommand: Command = {
  name: "consolidate",
  summary: "consolidate many partnerships' workbooks into a programme view",
  help: HELP,
  run: async (argv, io) => {
    const { values, positionals } = parseCommandArgs("consolidate", argv, OPTIONS);
    if (values.help) {
      io.stdout(HELP);
      return EXIT.ok;
    }
    if (positionals.length === 0)
      throw new UsageError("give the partnership workbooks to consolidate", "consolidate");
    const output = requireOption("consolidate", values.output, "-o/--output");
    const refused = await outputProblems(output, positionals, values.force);
    if (refused.length > 0) {
      printProblems(io, refused);
      return EXIT.stopped;
    }

    const progress = progressOn(io, "consolidate");
    const summaries: PartnershipSummary[] = [];
    let warnings = 0;
    for (const [index, path] of positionals.entries()) {
      progress.step(`reading ${index + 1}/${positionals.length} ${path}`);
      const scored = await readScored(path, { forWriting: false, force: values.force });
      const counts = printProblems(io, scored.problems, path);
      warnings += counts.warnings;
      if (!scored.ok) {
        io.stderr(`c2c consolidate: nothing written: ${path} cannot be consolidated\n`);
        return EXIT.stopped;
      }
      const stamped = (await scored.workbook.readSettings())[STAMP_KEYS.catalogueVersion] ?? null;
      summaries.push(
        summarisePartnership(path, withCatalogueVersion(scored.assessment, stamped), scored.scores),
      );
    }

    const { programme, problems } = consolidate(summaries, { force: values.force });
    warnings += printProblems(io, problems).warnings;
    if (programme === null) {
      io.stderr("c2c consolidate: nothing written\n");
      return EXIT.stopped;
    }
    const stamp = stampOf(io.now());
    const workbook = XlsxWorkbook.create();
    const plan = programmePlan(programme, { stamp, sampleData: false });
    await workbook.applyPlan(stampedPlan(plan, stamp, programme.list, programme.settings), {
      dialect: "portable",
      existingSheet: "fail",
    });
    progress.step(`writing ${output}`);
    await workbook.save(output, { overwrite: values.force });
    const averages = programme.principles
      .map((entry) => `${entry.principle} ${fivePoint(entry.average)}`)
      .join(", ");
    io.stdout(
      `${output}: ${programme.partnerships.length} partnerships; principle averages ${averages}\n`,
    );
    return exitAfterWarnings(warnings, values.strict);
  },
};

// The C2C_Partnership table's catalogue version is what the user sees; a workbook prepared by
// another tool may lack it while the runner's stamp in the add-in settings has it.
function withCatalogueVersion(assessment: Assessment, stamped: string | null): Assessment {
  if (assessment.partnership.catalogueVersion !== null || stamped === null) return assessment;
  return { ...assessment, partnership: { ...assessment.partnership, catalogueVersion: stamped } };
}
