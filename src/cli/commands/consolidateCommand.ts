// `c2c consolidate a.xlsx b.xlsx … -o programme.xlsx`: many partnerships' workbooks → one programme
// workbook with each principle's average over the partnerships that have a score and a row per
// partnership. Workbooks scored differently (list, worst-value mode, catalogue version) are refused,
// the files named, unless --force. Summarising and consolidating are the app's (src/app).

import { summariseWorkbook, writeProgramme } from "../../app/consolidate";
import type { PartnershipSummary } from "../../engine/programme";
import { fivePoint } from "../../engine/publish/html/numbers";
import { stampOf } from "../../host/stamp";
import { PackageWorkbook } from "../../host/ooxml/packageWorkbook";
import { defineCommand } from "../commandRunner";
import { openForReading } from "../workbook/openInput";

const OPTIONS = {
  output: { type: "string", short: "o" },
  force: { type: "boolean", default: false },
  strict: { type: "boolean", default: false },
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

export const consolidateCommand = defineCommand({
  name: "consolidate",
  summary: "consolidate many partnerships' workbooks into a programme view",
  help: HELP,
  options: OPTIONS,
  positionals: { atLeastOne: "give the partnership workbooks to consolidate" },
  required: ["output"],
  run: async ({ values, positionals }, context) => {
    const { output, force, strict } = values;
    if (await context.outputRefused(output, positionals, force)) return context.stop([]);

    const summaries: PartnershipSummary[] = [];
    for (const [index, path] of positionals.entries()) {
      context.progress.step(`reading ${index + 1}/${positionals.length} ${path}`);
      const opened = await openForReading(path);
      const read = opened.ok ? await summariseWorkbook(path, opened.workbook) : opened;
      context.report([...(opened.ok ? opened.problems : []), ...read.problems], path);
      if (!read.ok) {
        context.io.stderr(`c2c consolidate: nothing written: ${path} cannot be consolidated\n`);
        return context.stop([]);
      }
      summaries.push(read.summary);
    }

    const stamp = stampOf(context.io.now());
    const workbook = PackageWorkbook.create();
    const { programme, problems } = await writeProgramme(workbook, summaries, {
      dialect: "portable",
      stamp,
      force,
      sampleData: false,
    });
    context.report(problems);
    if (programme === null) return context.stop([], () => "nothing written");
    context.progress.step(`writing ${output}`);
    await workbook.save(output, { overwrite: force });
    const averages = programme.principles
      .map((entry) => `${entry.principle} ${fivePoint(entry.average)}`)
      .join(", ");
    context.io.stdout(
      `${output}: ${programme.partnerships.length} partnerships; principle averages ${averages}\n`,
    );
    return context.finish(strict);
  },
});
