// `c2c compare`: two to ten units side by side for peer learning — the partner cities of one
// partnership (`c2c compare in.xlsx`), partnerships from their own workbooks (`c2c compare a.xlsx
// b.xlsx …`, each read and summarised as `c2c consolidate` does) or the partnerships of a programme
// workbook (`c2c compare programme.xlsx`, read from its C2C_Programme table). Prints a text table by
// default, or JSON, CSV or a self-contained HTML page. Workbooks are only read.

import { scoreAssessment } from "../../engine/assessment";
import { CATALOGUE_VERSION } from "../../engine/catalogue";
import {
  compareCities,
  comparePartnerships,
  comparisonCsv,
  comparisonText,
  programmeUnitsFromTable,
  type BandSettings,
  type Comparison,
} from "../../engine/compare";
import { TABLES } from "../../engine/model/contract";
import type { Problem } from "../../engine/model/types";
import {
  PROGRAMME_TABLE,
  summarisePartnership,
  type PartnershipSummary,
} from "../../engine/programme";
import { comparisonHtml } from "../../engine/publish/html/comparisonSection";
import { csvOptionsProblem, type CsvDelimiter, type CsvOptions } from "../../engine/publish/csv";
import { findTable, readAssessment } from "../../engine/read";
import type { Result } from "../../engine/result";
import { settingsProblems, DEFAULT_SETTINGS, type ScoringSettings } from "../../engine/settings";
import { PRODUCT_NAME, PRODUCT_VERSION } from "../../engine/templates/provenance";
import { writeFileAtomically } from "../../host/xlsx/atomicWrite";
import type { Command } from "../command";
import { EXIT, exitAfterWarnings, type ExitCode } from "../exitCodes";
import type { CliIo } from "../io";
import { parseCommandArgs } from "../parseCommandArgs";
import { hasErrors, printProblems } from "../problems";
import { UsageError } from "../usageError";
import { openInput } from "../workbook/openInput";
import { outputProblems } from "../workbook/outputPath";
import { readScored } from "../workbook/readScored";
import { STAMP_KEYS } from "../../host/stamp";
import { nameKey } from "../../engine/sheetValues";

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
  help: { type: "boolean", short: "h", default: false },
} as const;

const HELP = `Usage: c2c compare <in.xlsx>                 the partner cities of one partnership
       c2c compare <a.xlsx> <b.xlsx> …       partnerships, from their own workbooks
       c2c compare <programme.xlsx>          the partnerships of a programme workbook
                                             (c2c consolidate's output)
       [--json | --csv | --html] [-o FILE] [--units LIST] [--force] [--strict]

Sets 2 to 10 units side by side for peer learning: principle scores and alignment
(1–5), goal indices and the overall SDG index (0–100), each unit's gap to the best
one on every row, and who can learn from whom: for each weak principle (Weak,
Developing) or goal (Major or Significant challenges) the peer that scores best on it.
Percentile ranks appear only with at least 3 units with a score on the row.

Cities: each city's goals in its latest year (goals of low coverage are not compared)
and principle scores from the answers of its own respondents (the City column of the
Stakeholders sheet), shown only for cities with at least the Minimum group size of
respondents (Settings). Partnerships: their principle scores and alignment, and the
mean of their cities' overall SDG indices.

Output (a readable table on standard output by default):
  --json             the comparison as data, with provenance and the problems found
  --csv              one tidy table, a line per row and unit: kind, id, name, unit, scale,
                     score, band, best, best_units, gap_to_best, percentile, learn_from,
                     learn_from_score; then a line per note
  --html             one self-contained HTML page to publish

CSV locale (--csv):
  --delimiter D      "," (default), ";" or tab
  --decimal-comma    write 2,5 instead of 2.5; needs --delimiter ";" or tab

Options:
  --units LIST       the units to compare, by name or by position (1 = first), comma
                     separated, e.g. --units 1,4,7 or --units "Lindhaven,Sokoni"; needed
                     when a partnership or programme has more than 10
  -o, --output FILE  write to FILE instead of standard output
  --force            overwrite an existing FILE; compare partnerships scored on different
                     indicator lists or worst-value modes (a warning instead of a refusal)
  --strict           exit with code 1 when there were warnings
  -h, --help         show this help
`;

type Format = "text" | "json" | "csv" | "html";

interface Gathered {
  /** null when nothing can be compared (the problems say why). */
  readonly comparison: Result<Comparison> | null;
  readonly problems: readonly Problem[];
}

export const compareCommand: Command = {
  name: "compare",
  summary:
    "set 2–10 partner cities or partnerships side by side: gaps to the best and who can learn from whom",
  help: HELP,
  run: async (argv, io) => {
    const { values, positionals } = parseCommandArgs("compare", argv, OPTIONS);
    if (values.help) {
      io.stdout(HELP);
      return EXIT.ok;
    }
    if (positionals.length === 0)
      throw new UsageError(
        "give one partnership or programme workbook, or several partnership workbooks",
        "compare",
      );
    const format = chooseFormat(values);
    const output = values.output;
    if (output !== undefined) {
      const refused = await outputProblems(output, positionals, values.force);
      if (refused.length > 0) {
        printProblems(io, refused);
        return EXIT.stopped;
      }
    }

    const units = values.units === undefined ? undefined : unitList(values.units);
    const gathered =
      positionals.length === 1
        ? await compareOneFile(positionals[0] ?? "", units, values.force, io)
        : await compareFiles(positionals, units, values.force, io);
    const warnings = gathered.problems.filter((problem) => problem.severity === "warning").length;
    if (gathered.comparison === null) return stopped(io);
    if (!gathered.comparison.ok) {
      io.stderr(
        `c2c compare: ${gathered.comparison.error.message}${gathered.comparison.error.message.includes("choose up to") ? " (--units)" : ""}\n`,
      );
      return stopped(io);
    }
    const comparison = gathered.comparison.value;
    const provenance = {
      source: positionals.join(", "),
      product: `${PRODUCT_NAME} ${PRODUCT_VERSION}`,
      catalogueVersion: CATALOGUE_VERSION,
      generatedAt: io.now().toISOString(),
    };
    const text = {
      text: () => comparisonText(comparison),
      json: () =>
        `${JSON.stringify({ ...provenance, comparison, problems: gathered.problems }, null, 2)}\n`,
      csv: () => comparisonCsv(comparison, format.csv),
      html: () => comparisonHtml(comparison, provenance),
    }[format.format]();
    if (output === undefined) io.stdout(text);
    else
      await writeFileAtomically(output, new TextEncoder().encode(text), {
        overwrite: values.force,
      });
    return exitAfterWarnings(warnings, values.strict);
  },
};

function stopped(io: CliIo): ExitCode {
  io.stderr("c2c compare: nothing compared\n");
  return EXIT.stopped;
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
  if (chosen.length > 1)
    throw new UsageError(
      "choose one format: --json, --csv or --html (or none, for a text table)",
      "compare",
    );
  const format = chosen[0] ?? "text";
  if (format !== "csv" && (flags.delimiter !== undefined || flags["decimal-comma"]))
    throw new UsageError("--delimiter and --decimal-comma apply to --csv only", "compare");
  const delimiter = flags.delimiter === undefined ? "," : DELIMITERS[flags.delimiter];
  if (delimiter === undefined)
    throw new UsageError(
      `--delimiter must be "," or ";" or tab, not "${flags.delimiter ?? ""}"`,
      "compare",
    );
  const csv = { delimiter, decimalComma: flags["decimal-comma"] };
  const problem = csvOptionsProblem(csv);
  if (problem !== null) throw new UsageError(`--decimal-comma: ${problem}`, "compare");
  return { format, csv };
}

function unitList(text: string): string[] {
  const entries = text.split(",").map((entry) => entry.trim());
  if (entries.some((entry) => entry === ""))
    throw new UsageError(
      `--units takes names or positions separated by commas, not "${text}"`,
      "compare",
    );
  return entries;
}

/** The chosen names among `names`, in the order asked: each entry a name (ignoring case) or a 1-based position. */
function selectUnits(
  names: readonly string[],
  wanted: readonly string[] | undefined,
  what: string,
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
      throw new UsageError(`--units: "${entry}" is not one of the ${what} (${choices})`, "compare");
    }
    return found;
  });
}

// One file: a programme workbook when it holds C2C_Programme, else one partnership's cities.
async function compareOneFile(
  path: string,
  units: readonly string[] | undefined,
  force: boolean,
  io: CliIo,
): Promise<Gathered> {
  const opened = await openInput(path, { checkLosses: false, force });
  if (!opened.ok) return report(io, { comparison: null, problems: opened.problems });
  const tables = await opened.workbook.readTables([...Object.values(TABLES), PROGRAMME_TABLE]);
  const programme = findTable(tables, PROGRAMME_TABLE);
  if (programme !== null) {
    const read = programmeUnitsFromTable(programme);
    const stamped = stampedBandLimits(
      (await opened.workbook.readSettings())[STAMP_KEYS.settings],
      path,
    );
    const problems = [...opened.problems, ...read.problems, ...stamped.problems];
    if (hasErrors(problems)) return report(io, { comparison: null, problems });
    const chosen = selectUnits(
      read.units.map((unit) => unit.name),
      units,
      "partnerships",
    ).map((name) => read.units.find((unit) => unit.name === name) ?? null);
    const comparison = comparePartnerships(
      chosen.flatMap((unit) => (unit === null ? [] : [unit])),
      { settings: stamped.settings, notes: read.notes },
    );
    return report(io, { comparison, problems });
  }
  const read = readAssessment(tables);
  const problems = [...opened.problems, ...read.problems];
  if (read.assessment === null || hasErrors(read.problems))
    return report(io, { comparison: null, problems });
  const scores = scoreAssessment(read.assessment);
  const cities = selectUnits(read.assessment.partnership.cities, units, "partner cities");
  return report(io, {
    comparison: compareCities(read.assessment, scores, cities),
    problems: [...problems, ...scores.problems],
  });
}

// Several files: each a partnership, scored and summarised as `c2c consolidate` does.
async function compareFiles(
  paths: readonly string[],
  units: readonly string[] | undefined,
  force: boolean,
  io: CliIo,
): Promise<Gathered> {
  const summaries: PartnershipSummary[] = [];
  const problems: Problem[] = [];
  for (const path of paths) {
    const scored = await readScored(path, { forWriting: false, force });
    printProblems(io, scored.problems, path);
    problems.push(
      ...scored.problems.map((problem) => ({
        ...problem,
        address: problem.address === path ? path : `${path}: ${problem.address}`,
      })),
    );
    if (!scored.ok) {
      io.stderr(`c2c compare: ${path} cannot be compared\n`);
      return { comparison: null, problems };
    }
    summaries.push(summarisePartnership(path, scored.assessment, scored.scores));
  }
  const mismatches = scoredAlike(summaries, force);
  printProblems(io, mismatches);
  problems.push(...mismatches);
  if (hasErrors(mismatches)) return { comparison: null, problems };
  const sources = selectUnits(
    summaries.map((summary) => summary.source),
    units,
    "files",
  );
  return {
    comparison: comparePartnerships(
      sources.flatMap((source) => summaries.filter((summary) => summary.source === source)),
    ),
    problems,
  };
}

function report(io: CliIo, gathered: Gathered): Gathered {
  printProblems(io, gathered.problems);
  return gathered;
}

// Principle scores compare whatever the indicator list; SDG indices only when the partnerships were
// scored on the same list and the same worst-value mode.
function scoredAlike(summaries: readonly PartnershipSummary[], force: boolean): Problem[] {
  const fields = [
    { what: "indicator list", valueOf: (summary: PartnershipSummary) => summary.list },
    { what: "worst-value mode", valueOf: (summary: PartnershipSummary) => summary.worstValueMode },
  ];
  return fields.flatMap(({ what, valueOf }): Problem[] => {
    const sources = new Map<string, string[]>();
    for (const summary of summaries)
      sources.set(valueOf(summary), [...(sources.get(valueOf(summary)) ?? []), summary.source]);
    if (sources.size < 2) return [];
    const sides = [...sources]
      .map(([value, files]) => `${value} in ${files.join(", ")}`)
      .join("; ");
    const consequence = force
      ? "compared anyway (--force), so their SDG indices do not measure the same thing"
      : "their SDG indices would not compare (use --force to compare anyway)";
    return [
      {
        address: [...sources.values()].slice(1).flat().join(", "),
        message: `the workbooks differ in ${what}: ${sides}; ${consequence}`,
        severity: force ? "warning" : "error",
      },
    ];
  });
}

// A programme workbook is stamped with the settings it was consolidated with; its bands are the
// comparison's. A workbook without a readable stamp is banded with the framework's defaults.
function stampedBandLimits(
  stamp: string | undefined,
  path: string,
): { settings: BandSettings; problems: Problem[] } {
  const fallback = (why: string): { settings: BandSettings; problems: Problem[] } => ({
    settings: DEFAULT_SETTINGS,
    problems: [
      { address: path, message: `${why}; the default band limits are used`, severity: "warning" },
    ],
  });
  if (stamp === undefined) return fallback("the programme workbook has no settings stamp");
  let parsed: unknown;
  try {
    parsed = JSON.parse(stamp);
  } catch {
    return fallback("the programme workbook's settings stamp is not readable");
  }
  const stamped =
    typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : {};
  const principle = stamped["principleBandLimits"];
  const sdg = stamped["sdgBandLimits"];
  if (
    !isLimits<ScoringSettings["principleBandLimits"]>(principle, [
      "developing",
      "established",
      "advanced",
    ]) ||
    !isLimits<ScoringSettings["sdgBandLimits"]>(sdg, [
      "significantChallenges",
      "challengesRemain",
      "achieved",
    ])
  ) {
    return fallback("the programme workbook's settings stamp has no band limits");
  }
  const candidate: ScoringSettings = {
    ...DEFAULT_SETTINGS,
    principleBandLimits: principle,
    sdgBandLimits: sdg,
  };
  if (settingsProblems(candidate).length > 0)
    return fallback("the programme workbook's settings stamp has unusable band limits");
  return { settings: candidate, problems: [] };
}

function isLimits<T>(value: unknown, keys: readonly (keyof T & string)[]): value is T {
  return (
    typeof value === "object" &&
    value !== null &&
    keys.every((key) => typeof (value as Record<string, unknown>)[key] === "number")
  );
}
