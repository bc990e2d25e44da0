// `c2c score in.xlsx -o out.xlsx`: read, validate, fill the computed columns of the input tables
// (Item score, Spread, Score…) with their formulas and values, build or rebuild the Scoreboard, and
// write the result to a new file. Problems in the data are warnings; the workbook is still scored.
// The scoring is the app's (src/app/writeScores.ts), as the pane's Refresh does it.

import { writeScores } from "../../app/writeScores";
import { fivePoint, hundred } from "../../engine/publish/html/numbers";
import { stampOf } from "../../host/stamp";
import { defineCommand, nothingWritten } from "../commandRunner";
import { outputKindProblem } from "../workbook/outputKind";
import { cliText, warningCount } from "../texts";
import { helpText } from "../texts/help";
import { LANG_OPTION } from "../language";
import { labelIn } from "../../engine/language";
import { readScored } from "../workbook/readScored";

const OPTIONS = {
  output: { type: "string", short: "o" },
  force: { type: "boolean", default: false },
  strict: { type: "boolean", default: false },
  ...LANG_OPTION,
} as const;

export const scoreCommand = defineCommand({
  name: "score",
  summary: "summary.score",
  help: (language) => helpText(language, "help.score"),
  options: OPTIONS,
  positionals: ["the input workbook"],
  required: ["output"],
  run: async ({ values, positionals: [input = ""] }, context) => {
    const { output, force, strict } = values;
    if (await context.outputRefused(output, [input], force)) return context.stop([]);
    context.progress.step(`reading ${input}`);
    const scored = await readScored(input, { forWriting: true });
    if (!scored.ok) return context.stop(scored.problems, nothingWritten);
    const kind = outputKindProblem(output, scored.workbook.isMacroWorkbook());
    if (kind !== undefined) return context.stop([...scored.problems, kind], nothingWritten);
    const counts = context.report(scored.problems);
    const { workbook, assessment, scores } = scored;
    context.progress.step(
      `scoring ${assessment.checklist.length} checklist items and ${assessment.indicators.length} indicator rows`,
    );
    const stamp = stampOf(context.io.now());
    await writeScores(workbook, scored, { dialect: "portable", stamp, previous: "none" });
    context.progress.step(`writing ${output}`);
    await workbook.save(output, { overwrite: force });

    const alignment = scores.alignment;
    const cities = scores.cities
      .map((city) => `${city.city} ${hundred(city.overall.index)} (${city.latestYear})`)
      .join(", ");
    const { language } = context;
    context.io.stdout(
      `${cliText(language, "scoreSummary", {
        output,
        partnership: assessment.partnership.name,
        alignment: fivePoint(alignment.score),
        band: alignment.band === null ? "" : ` (${labelIn(language, alignment.band)})`,
        cities: cities === "" ? "" : cliText(language, "scoreSdgIndex", { cities }),
        warnings: warningCount(language, counts.warnings),
      })}\n`,
    );
    const kept = workbook.keptSummary();
    if (kept !== undefined) context.io.stdout(`${output}: ${kept}\n`);
    return context.finish(strict);
  },
});
