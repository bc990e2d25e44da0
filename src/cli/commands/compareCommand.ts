// `c2c compare`: two to ten units side by side for peer learning — the partner cities of one
// partnership (`c2c compare in.xlsx`), partnerships from their own workbooks (`c2c compare a.xlsx
// b.xlsx …`, each read and summarised as `c2c consolidate` does) or the partnerships of a programme
// workbook (`c2c compare programme.xlsx`, read from its C2C_Programme table). Prints a text table by
// default, or JSON, CSV or a self-contained HTML page. Workbooks are only read.

import { nameKey } from "../../engine/sheetValues";
import { readComparable, stampedBandLimits } from "../../app/compareSources";
import { provenanceOf } from "../../app/publish";
import {
  compareCities,
  comparePartnerships,
  comparisonCsv,
  comparisonText,
  type Comparison,
} from "../../engine/compare";
import type { Problem } from "../../engine/model/types";
import { summarisePartnership, type PartnershipSummary } from "../../engine/programme";
import { programmeSides } from "../../engine/programme/programmeSides";
import { comparisonHtml } from "../../engine/publish/html/comparisonSection";
import { commandLanguage, LANG_OPTION } from "../language";
import { csvOptionsProblem, type CsvDelimiter, type CsvOptions } from "../../engine/publish/csv";
import type { Result } from "../../engine/result";
import { writeFileAtomically } from "../../host/xlsx/atomicWrite";
import { defineCommand, type CommandContext } from "../commandRunner";
import { helpText } from "../texts/help";
import type { ExitCode } from "../exitCodes";
import { cliProblem, hasErrors } from "../problems";
import { cliText } from "../texts";
import { UsageError } from "../usageError";
import { openForReading } from "../workbook/openInput";
import { readScored } from "../workbook/readScored";

const OPTIONS = {
  json: { type: "boolean", default: false },
  csv: { type: "boolean", default: false },
  html: { type: "boolean", default: false },
  delimiter: { type: "string" },
  "decimal-comma": { type: "boolean", default: false },
  units: { type: "string" },
  output: { type: "string", short: "o" },
  force: { type: "boolean", default: false },
  strict: { type: "boolean", default: false },
  ...LANG_OPTION,
} as const;

type Format = "text" | "json" | "csv" | "html";

interface Gathered {
  /** null when nothing can be compared (the problems say why). */
  readonly comparison: Result<Comparison> | null;
  readonly problems: readonly Problem[];
}

export const compareCommand = defineCommand({
  name: "compare",
  summary: "summary.compare",
  help: (language) => helpText(language, "help.compare"),
  options: OPTIONS,
  positionals: {
    atLeastOne: "usage.compareInputs",
  },
  required: [],
  run: async ({ values, positionals }, context) => {
    const { output, force, strict } = values;
    const format = chooseFormat(values);
    if (output !== undefined && (await context.outputRefused(output, positionals, force)))
      return context.stop([]);

    const units = values.units === undefined ? undefined : unitList(values.units);
    const gathered =
      positionals.length === 1
        ? await compareOneFile(positionals[0] ?? "", units, context)
        : await compareFiles(positionals, units, force, context);
    if (gathered.comparison === null) return stopped(context);
    if (!gathered.comparison.ok) {
      context.io.stderr(
        `c2c compare: ${gathered.comparison.error.message}${gathered.comparison.error.message.includes("choose up to") ? " (--units)" : ""}\n`,
      );
      return stopped(context);
    }
    const comparison = gathered.comparison.value;
    const language = commandLanguage(values.lang, context.io, "compare");
    const provenance = provenanceOf(positionals.join(", "), context.io.now());
    const text = {
      text: () => comparisonText(comparison, language),
      json: () =>
        `${JSON.stringify({ ...provenance, comparison, problems: gathered.problems }, null, 2)}\n`,
      csv: () => comparisonCsv(comparison, format.csv),
      html: () => comparisonHtml(comparison, provenance, language),
    }[format.format]();
    if (output === undefined) context.io.stdout(text);
    else await writeFileAtomically(output, new TextEncoder().encode(text), { overwrite: force });
    return context.finish(strict);
  },
});

function stopped(context: CommandContext): ExitCode {
  return context.stop([], () => cliText(context.language, "stop.nothingCompared"));
}

const DELIMITERS: Readonly<Record<string, CsvDelimiter>> = {
  ",": ",",
  ";": ";",
  tab: "\t",
  "\t": "\t",
};

function chooseFormat(flags: {
  json: boolean;
  csv: boolean;
  html: boolean;
  delimiter?: string | undefined;
  "decimal-comma": boolean;
}): { format: Format; csv: CsvOptions } {
  const chosen = (["json", "csv", "html"] as const).filter((format) => flags[format]);
  if (chosen.length > 1) throw new UsageError("usage.compareFormat", {}, "compare");
  const format = chosen[0] ?? "text";
  if (format !== "csv" && (flags.delimiter !== undefined || flags["decimal-comma"]))
    throw new UsageError("usage.compareCsvOnly", {}, "compare");
  const delimiter = flags.delimiter === undefined ? "," : DELIMITERS[flags.delimiter];
  if (delimiter === undefined)
    throw new UsageError("usage.delimiter", { value: flags.delimiter ?? "" }, "compare");
  const csv = { delimiter, decimalComma: flags["decimal-comma"] };
  // The one refusal csvOptionsProblem gives, in the CLI's words (usage.decimalCommaWithComma).
  if (csvOptionsProblem(csv) !== null)
    throw new UsageError("usage.decimalCommaWithComma", {}, "compare");
  return { format, csv };
}

function unitList(text: string): string[] {
  const entries = text.split(",").map((entry) => entry.trim());
  if (entries.some((entry) => entry === ""))
    throw new UsageError("usage.units", { value: text }, "compare");
  return entries;
}

/** The chosen names among `names`, in the order asked: each entry a name (ignoring case) or a 1-based position. */
function selectUnits(
  names: readonly string[],
  wanted: readonly string[] | undefined,
  notOne: "usage.unitNotPartnership" | "usage.unitNotCity" | "usage.unitNotFile",
): string[] {
  if (wanted === undefined) return [...names];
  return wanted.map((entry) => {
    const position = /^\d+$/u.test(entry) ? Number(entry) : null;
    const found =
      position === null
        ? names.find((name) => nameKey(name) === nameKey(entry))
        : names[position - 1];
    if (found === undefined) {
      const choices = names.map((name, index) => `${index + 1} ${name}`).join("; ");
      throw new UsageError(notOne, { entry, choices }, "compare");
    }
    return found;
  });
}

// One file: a programme workbook when it holds C2C_Programme, else one partnership's cities.
async function compareOneFile(
  path: string,
  units: readonly string[] | undefined,
  context: CommandContext,
): Promise<Gathered> {
  const gathered = await gatherOneFile(path, units);
  context.report(gathered.problems);
  return gathered;
}

async function gatherOneFile(
  path: string,
  units: readonly string[] | undefined,
): Promise<Gathered> {
  const opened = await openForReading(path);
  if (!opened.ok) return { comparison: null, problems: opened.problems };
  const comparable = await readComparable(opened.workbook);
  if (comparable.kind === "programme") {
    const read = comparable.units;
    const stamped = await stampedBandLimits(opened.workbook, path);
    const problems = [...opened.problems, ...read.problems, ...stamped.problems];
    if (hasErrors(problems)) return { comparison: null, problems };
    const chosen = selectUnits(
      read.units.map((unit) => unit.name),
      units,
      "usage.unitNotPartnership",
    ).map((name) => read.units.find((unit) => unit.name === name) ?? null);
    const comparison = comparePartnerships(
      chosen.flatMap((unit) => (unit === null ? [] : [unit])),
      { settings: stamped.settings, notes: read.notes },
    );
    return { comparison, problems };
  }
  const { scored } = comparable;
  const problems = [...opened.problems, ...scored.problems];
  if (!scored.ok) return { comparison: null, problems };
  const cities = selectUnits(scored.assessment.partnership.cities, units, "usage.unitNotCity");
  return {
    comparison: compareCities(scored.assessment, scored.scores, cities),
    problems,
  };
}

// Several files: each a partnership, scored and summarised as `c2c consolidate` does.
async function compareFiles(
  paths: readonly string[],
  units: readonly string[] | undefined,
  force: boolean,
  context: CommandContext,
): Promise<Gathered> {
  const summaries: PartnershipSummary[] = [];
  const problems: Problem[] = [];
  for (const path of paths) {
    const scored = await readScored(path, { forWriting: false });
    context.report(scored.problems, path);
    problems.push(
      ...scored.problems.map((problem) => ({
        ...problem,
        address: problem.address === path ? path : `${path}: ${problem.address}`,
      })),
    );
    if (!scored.ok) {
      context.io.stderr(
        `c2c compare: ${cliText(context.language, "compare.cannotCompare", { path })}\n`,
      );
      return { comparison: null, problems };
    }
    summaries.push(summarisePartnership(path, scored.assessment, scored.scores));
  }
  const mismatches = scoredAlike(summaries, force);
  context.report(mismatches);
  problems.push(...mismatches);
  if (hasErrors(mismatches)) return { comparison: null, problems };
  const sources = selectUnits(
    summaries.map((summary) => summary.source),
    units,
    "usage.unitNotFile",
  );
  return {
    comparison: comparePartnerships(
      sources.flatMap((source) => summaries.filter((summary) => summary.source === source)),
    ),
    problems,
  };
}

// Principle scores compare whatever the indicator list; SDG indices only when the partnerships were
// scored on the same list and the same worst-value mode.
function scoredAlike(summaries: readonly PartnershipSummary[], force: boolean): Problem[] {
  const fields = [
    {
      differ: force ? "compare.listDiffersForced" : "compare.listDiffers",
      valueOf: (summary: PartnershipSummary) => summary.list,
    },
    {
      differ: force ? "compare.modeDiffersForced" : "compare.modeDiffers",
      valueOf: (summary: PartnershipSummary) => summary.worstValueMode,
    },
  ] as const;
  return fields.flatMap(({ differ, valueOf }): Problem[] => {
    const sources = new Map<string, string[]>();
    for (const summary of summaries)
      sources.set(valueOf(summary), [...(sources.get(valueOf(summary)) ?? []), summary.source]);
    if (sources.size < 2) return [];
    return [
      cliProblem(
        [...sources.values()].slice(1).flat().join(", "),
        differ,
        { sides: programmeSides(sources) },
        force ? "warning" : "error",
      ),
    ];
  });
}
