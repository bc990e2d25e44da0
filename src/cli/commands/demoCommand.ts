// `c2c demo` (`npm run demo`): the README's main job on sample data. Writes a scored two-city
// partnership workbook, its published report (report.html, as `c2c report --html` makes it) and a
// programme workbook consolidating 27 partnerships whose principle averages reproduce the OECD
// pilot's, then prints a summary table. Everything is generated from
// fixed seeds and labelled SAMPLE DATA.

import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { writeProgramme } from "../../app/consolidate";
import { provenanceOf } from "../../app/publish";
import { writeScoredAssessment, type NewWorkbookWrite } from "../../app/writeNewWorkbook";
import { scoreAssessment } from "../../engine/assessment";
import type { AssessmentScores } from "../../engine/assessment/types";
import { pilotProgramme, samplePartnership } from "../../engine/demo";
import type { Assessment } from "../../engine/model/types";
import { summarisePartnership, type Programme } from "../../engine/programme";
import { numbersIn } from "../../engine/publish/html/numbers";
import { reportHtml } from "../../engine/publish/html/reportHtml";
import { textTable } from "../../engine/publish/report/textTable";
import { stampOf } from "../../host/stamp";
import { writeFileAtomically } from "../../host/xlsx/atomicWrite";
import { PackageWorkbook } from "../../host/ooxml/packageWorkbook";
import { helpText } from "../texts/help";
import { defineCommand, type CommandContext } from "../commandRunner";
import { EXIT, type ExitCode } from "../exitCodes";
import type { Progress } from "../io";
import { commandLanguage, LANG_OPTION } from "../language";
import { withCatalogueWording } from "../../engine/templates/catalogueWording";
import { labelIn, type Language, type MessageParameters } from "../../engine/language";
import { catalogueWording } from "../../engine/catalogue/texts";
import { cliText, type CliTextKey } from "../texts";

const OPTIONS = {
  "out-dir": { type: "string", default: "demo" },
  "pilot-workbooks": { type: "boolean", default: false },
  force: { type: "boolean", default: false },
  ...LANG_OPTION,
} as const;

export const demoCommand = defineCommand({
  name: "demo",
  summary: "summary.demo",
  help: (language) => helpText(language, "help.demo"),
  options: OPTIONS,
  positionals: [],
  required: [],
  run: ({ values }, context) =>
    runDemo(
      values["out-dir"],
      {
        force: values.force,
        pilotWorkbooks: values["pilot-workbooks"],
        language: commandLanguage(values.lang, context.io, "demo"),
      },
      context,
    ),
});

async function runDemo(
  directory: string,
  options: { force: boolean; pilotWorkbooks: boolean; language: Language },
  context: CommandContext,
): Promise<ExitCode> {
  const partnershipPath = join(directory, "partnership.xlsx");
  const programmePath = join(directory, "programme.xlsx");
  const reportPath = join(directory, "report.html");
  const pilot = pilotProgramme();
  const pilotPaths = options.pilotWorkbooks
    ? pilot.map((_, index) => join(directory, "pilot", `pilot-${twoDigits(index + 1)}.xlsx`))
    : [];
  // The demo makes its own folders; what is in them is only replaced with --force.
  await mkdir(pilotPaths.length > 0 ? join(directory, "pilot") : directory, { recursive: true });
  const refused = await Promise.all(
    [partnershipPath, reportPath, programmePath, ...pilotPaths].map((path) =>
      context.outputRefused(path, [], options.force),
    ),
  );
  if (refused.some(Boolean)) return context.stop([]);
  const { progress, io } = context;
  const write: NewWorkbookWrite = {
    dialect: "portable",
    existingSheet: "fail",
    stamp: stampOf(io.now()),
  };

  progress.step("progress.demoSample");
  const sample = withCatalogueWording(samplePartnership(), options.language);
  const sampleScores = scoreAssessment(sample);
  await writeAssessment(partnershipPath, sample, sampleScores, write, options.force);
  const html = reportHtml({
    provenance: provenanceOf(partnershipPath, io.now()),
    assessment: sample,
    scores: sampleScores,
    problems: sampleScores.problems,
    language: options.language,
  });
  await writeFileAtomically(reportPath, new TextEncoder().encode(html), {
    overwrite: options.force,
  });

  progress.step("progress.demoPilot", { count: pilot.length });
  const pilotScored = pilot.map((assessment) => ({
    assessment,
    scores: scoreAssessment(assessment),
  }));
  const summaries = pilotScored.map(({ assessment, scores }, index) =>
    // Named as in the demo's folder, never by a path of this machine.
    summarisePartnership(
      pilotPaths.length > 0
        ? `pilot/pilot-${twoDigits(index + 1)}.xlsx`
        : `sample ${twoDigits(index + 1)}`,
      assessment,
      scores,
    ),
  );
  const workbook = PackageWorkbook.create();
  const { programme } = await writeProgramme(workbook, summaries, {
    ...write,
    force: false,
    sampleData: true,
    language: options.language,
  });
  if (programme === null)
    throw new Error(
      "the pilot sample partnerships do not consolidate; the sample generator is broken",
    );
  await workbook.save(programmePath, { overwrite: options.force });
  await writePilotWorkbooks(pilotScored, pilotPaths, write, options.force, progress);

  io.stdout(
    summary(partnershipPath, sample, sampleScores, programmePath, programme, options.language),
  );
  io.stdout(`${cliText(options.language, "demo.report", { output: reportPath })}\n`);
  return EXIT.ok;
}

async function writeAssessment(
  path: string,
  assessment: Assessment,
  scores: AssessmentScores,
  write: NewWorkbookWrite,
  force: boolean,
): Promise<void> {
  const workbook = PackageWorkbook.create();
  await writeScoredAssessment(workbook, assessment, scores, write);
  await workbook.save(path, { overwrite: force });
}

async function writePilotWorkbooks(
  pilot: readonly { readonly assessment: Assessment; readonly scores: AssessmentScores }[],
  paths: readonly string[],
  write: NewWorkbookWrite,
  force: boolean,
  progress: Progress,
): Promise<void> {
  for (const [index, path] of paths.entries()) {
    const scored = pilot[index];
    if (scored === undefined) continue;
    if (index % 9 === 0)
      progress.step("progress.demoWritingPilot", {
        first: index + 1,
        last: Math.min(index + 9, paths.length),
        total: paths.length,
      });
    await writeAssessment(path, scored.assessment, scored.scores, write, force);
  }
}

function twoDigits(value: number): string {
  return String(value).padStart(2, "0");
}

function summary(
  partnershipPath: string,
  sample: Assessment,
  scores: AssessmentScores,
  programmePath: string,
  programme: Programme,
  language: Language,
): string {
  const say = (key: CliTextKey, parameters?: MessageParameters): string =>
    cliText(language, key, parameters);
  const numbers = numbersIn(language);
  const label = (band: string | null): string => (band === null ? "–" : labelIn(language, band));
  const alignment = scores.alignment;
  const cityRows = scores.cities.map((city) => [
    `  ${city.city} (${city.latestYear})`,
    numbers.hundred(city.overall.index),
    label(city.overall.band),
    label(city.overallTrend.trendClass),
  ]);
  const principleRows = [...programme.principles]
    .sort((a, b) => (b.average ?? -Infinity) - (a.average ?? -Infinity))
    .map((entry) => [
      `  ${entry.principle.padEnd(4)} ${catalogueWording(language, "principleNames", entry.principle, entry.name)}`,
      numbers.fivePoint(entry.average),
      label(entry.band),
      String(entry.partnershipsWithScore),
    ]);
  const cities = new Intl.ListFormat(language, { type: "conjunction" }).format(
    sample.partnership.cities,
  );
  return [
    `${say("demo.title")}\n`,
    `${say("demo.partnership", { output: partnershipPath, name: sample.partnership.name })}\n`,
    `  ${say("demo.sample", {
      cities,
      respondents: sample.respondents.length,
      indicators: sample.indicators.length,
      actions: sample.actions.length,
    })}\n`,
    `  ${say("demo.alignment", {
      score: numbers.fivePoint(alignment.score),
      band: alignment.band === null ? say("demo.noScore") : labelIn(language, alignment.band),
    })}\n`,
    textTable([
      [`  ${say("demo.overallIndex")}`, say("demo.scale"), say("demo.band"), say("demo.trend")],
      ...cityRows,
    ]),
    `${say("demo.programme", { output: programmePath, partnerships: programme.partnerships.length })}\n`,
    textTable([
      [
        `  ${say("demo.principle")}`,
        say("demo.average"),
        say("demo.band"),
        say("demo.partnerships"),
      ],
      ...principleRows,
    ]),
  ].join("");
}
