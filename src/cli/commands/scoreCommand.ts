// `c2c score in.xlsx -o out.xlsx`: read, validate, fill the computed columns of the input tables
// (Item score, Spread, Score…) with their formulas and values, build or rebuild the Scoreboard, and
// write the result to a new file. Problems in the data are warnings; the workbook is still scored.
// The scoring is the app's (src/app/writeScores.ts), as the pane's Refresh does it.

import { writeScores } from "../../app/writeScores";
import { numbersIn } from "../../engine/publish/html/numbers";
import { stampOf } from "../../host/stamp";
import { defineCommand, nothingWritten } from "../commandRunner";
import { outputKindProblem } from "../workbook/outputKind";
import { cliText, warningCount } from "../texts";
import { helpText } from "../texts/help";
import { LANG_OPTION } from "../language";
import { labelIn } from "../../engine/language";
import { readScored } from "../workbook/readScored";
import { keptLine } from "../keptLine";

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
  positionals: ["positional.inputWorkbook"],
  required: ["output"],
  run: async ({ values, positionals: [input = ""] }, context) => {
    const { output, force, strict } = values;
    if (await context.outputRefused(output, [input], force)) return context.stop([]);
    context.progress.step("progress.reading", { file: input });
    const scored = await readScored(input, { forWriting: true });
    if (!scored.ok) return context.stop(scored.problems, nothingWritten);
    const kind = outputKindProblem(output, scored.workbook.isMacroWorkbook());
    if (kind !== undefined) return context.stop([...scored.problems, kind], nothingWritten);
    const counts = context.report(scored.problems);
    const { workbook, assessment, scores } = scored;
    context.progress.step("progress.scoring", {
      items: assessment.checklist.length,
      indicators: assessment.indicators.length,
    });
    const stamp = stampOf(context.io.now());
    await writeScores(workbook, scored, { dialect: "portable", stamp, previous: "none" });
    context.progress.step("progress.writing", { file: output });
    await workbook.save(output, { overwrite: force });

    const alignment = scores.alignment;
    const { language } = context;
    const numbers = numbersIn(language);
    const cities = scores.cities
      .map((city) => `${city.city} ${numbers.hundred(city.overall.index)} (${city.latestYear})`)
      .join(", ");
    context.io.stdout(
      `${cliText(language, "scoreSummary", {
        output,
        partnership: assessment.partnership.name,
        alignment: numbers.fivePoint(alignment.score),
        band: alignment.band === null ? "" : ` (${labelIn(language, alignment.band)})`,
        cities: cities === "" ? "" : cliText(language, "scoreSdgIndex", { cities }),
        warnings: warningCount(language, counts.warnings),
      })}\n`,
    );
    const kept = keptLine(language, output, workbook.keptParts());
    if (kept !== undefined) context.io.stdout(`${kept}\n`);
    return context.finish(strict);
  },
});
