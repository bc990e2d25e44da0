// `c2c consolidate a.xlsx folder/ --from list.txt -o programme.xlsx`: many partnerships' workbooks →
// one programme workbook with both components of the framework across the partnerships. Workbooks
// scored differently (list, worst-value mode, catalogue version) are refused, the files named,
// unless --force; a workbook that cannot be read is refused, or listed and skipped under
// --keep-going. Finding the files is inputFiles'; reading them, on worker threads from a few files
// on, summaryPool's; summarising and consolidating are the app's.

import { writeProgramme } from "../../app/consolidate";
import type { Problem } from "../../engine/model/types";
import type { PartnershipSummary } from "../../engine/programme";
import { numbersIn } from "../../engine/publish/html/numbers";
import { stampOf } from "../../host/stamp";
import { PackageWorkbook } from "../../host/ooxml/packageWorkbook";
import { defineCommand } from "../commandRunner";
import { helpText } from "../texts/help";
import { cliText, countedIn } from "../texts";
import { cliProblem } from "../problems";
import { commandLanguage, LANG_OPTION } from "../language";
import { inputFiles } from "../consolidate/inputFiles";
import { readingProgress } from "../consolidate/readingProgress";
import { summariesInOrder, threadsFor } from "../consolidate/summaryPool";

const OPTIONS = {
  output: { type: "string", short: "o" },
  from: { type: "string" },
  "keep-going": { type: "boolean", default: false },
  force: { type: "boolean", default: false },
  strict: { type: "boolean", default: false },
  jobs: { type: "string" },
  ...LANG_OPTION,
} as const;

export const consolidateCommand = defineCommand({
  name: "consolidate",
  summary: "summary.consolidate",
  help: (language) => helpText(language, "help.consolidate"),
  options: OPTIONS,
  positionals: {
    atLeastOne: "usage.consolidateInputs",
    unless: "from",
  },
  required: ["output"],
  run: async ({ values, positionals }, context) => {
    const { output, force, strict, from } = values;
    const keepGoing = values["keep-going"];
    const jobs =
      values.jobs === undefined
        ? null
        : jobsOf(values.jobs, (value) => context.usage("usage.jobs", { value }));
    // Without --lang the programme follows its workbooks (the app's rule), not the environment.
    const language =
      values.lang === undefined
        ? undefined
        : commandLanguage(values.lang, context.io, "consolidate");
    const found = await inputFiles(positionals, from === undefined ? [] : [from]);
    const paths = found.files.map((file) => file.path);
    if (await context.outputRefused(output, paths, force)) return context.stop([]);
    if (found.problems.length > 0 && !keepGoing)
      return context.stop(found.problems, () =>
        cliText(context.language, "consolidate.nothingWritten"),
      );
    context.report(found.problems);
    if (found.files.length === 0)
      return context.stop([], () => cliText(context.language, "consolidate.noWorkbook"));

    const summaries: PartnershipSummary[] = [];
    const skipped: string[] = [];
    const progress = readingProgress(
      context.io,
      "consolidate",
      found.files.length,
      context.language,
    );
    const threads = threadsFor(found.files.length, jobs);
    let index = 0;
    const sourceAt = (at: number): string => found.files[at]?.source ?? "";
    progress.reading(0, sourceAt(0));
    for await (const read of summariesInOrder(found.files, threads)) {
      const source = sourceAt(index);
      context.report(read.problems, source);
      index += 1;
      if (index < found.files.length) progress.reading(index, sourceAt(index));
      if (read.summary !== null) {
        summaries.push(read.summary);
        continue;
      }
      if (!keepGoing) {
        return context.stop([], (_, said) =>
          cliText(said, "consolidate.cannotConsolidate", { source }),
        );
      }
      skipped.push(source);
    }
    progress.done();
    const unread = [...found.problems.map((problem) => problem.address), ...skipped];
    if (unread.length > 0) context.report([skippedProblem(unread, summaries.length)]);

    const stamp = stampOf(context.io.now());
    const workbook = PackageWorkbook.create();
    const { programme, problems } = await writeProgramme(workbook, summaries, {
      dialect: "portable",
      stamp,
      force,
      sampleData: false,
      ...(language === undefined ? {} : { language }),
    });
    context.report(problems);
    if (programme === null)
      return context.stop([], () => cliText(context.language, "consolidate.nothingWritten"));
    context.progress.step("progress.writing", { file: output });
    await workbook.save(output, { overwrite: force });
    const numbers = numbersIn(context.language);
    const averages = programme.principles
      .map((entry) => `${entry.principle} ${numbers.fivePoint(entry.average)}`)
      .join(", ");
    const cities = programme.partnerships.reduce((total, p) => total + p.sdgIndices.length, 0);
    context.io.stdout(
      `${cliText(context.language, "consolidateSummary", {
        output,
        partnerships: countedIn(
          context.language,
          programme.partnerships.length,
          "count.partnershipOne",
          "count.partnershipMany",
        ),
        cities: countedIn(context.language, cities, "count.cityOne", "count.cityMany"),
        averages,
      })}\n`,
    );
    return context.finish(strict);
  },
});

function jobsOf(text: string, usage: (value: string) => Error): number {
  const jobs = /^\d+$/u.test(text) ? Number.parseInt(text, 10) : 0;
  if (jobs < 1) throw usage(text);
  return jobs;
}

function skippedProblem(unread: readonly string[], consolidated: number): Problem {
  const count = unread.length;
  const key =
    count === 1
      ? consolidated === 1
        ? "consolidate.skippedOneOfOne"
        : "consolidate.skippedOneOfMany"
      : consolidated === 1
        ? "consolidate.skippedManyOfOne"
        : "consolidate.skippedManyOfMany";
  return cliProblem("programme", key, { count, files: unread.join(", "), consolidated }, "warning");
}
