// Bench (issue 12): `c2c score` on a long-list workbook another program wrote (openpyxl re-saves
// the runner's long-list workbook: 10 cities × 10 years, 20 respondents), beside that program's
// bare load and save of the same file and ExcelJS's own round trip (load and write, after the
// preflight it needs to read openpyxl's file at all). One run each, each in its own process, and
// each process the program as it runs for a user: `c2c` is the compiled runner (dist-cli/c2c.js,
// built here from the sources as `npm run build:cli` builds it) under plain Node, ExcelJS's round
// trip a bundle of roundTripChild.ts, so no TypeScript loader adds its start-up and memory to
// either. Each is measured over the whole process, module loading and imports included (openpyxl's
// import too): wall time, processor time (user and system; on a shared machine the wall time also
// counts the waits for a core, so the ratios are read on processor time) and the peak resident
// size. Targets: `c2c score` at most half the time and memory of each, and under 250 MB. The
// openpyxl file is made once per runner-written workbook and cached in the temp folder.

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import JSZip from "jszip";
import { buildCliBundle, CLI_BUNDLE } from "../scripts/build/cliBundle";
import {
  findOpenpyxlPython,
  OPENPYXL_INSTALL_HINT,
  resaveWithOpenpyxl,
} from "../scripts/fixtures/openpyxl";
import { CITIES, RESPONDENTS, YEARS, writeLongListWorkbook } from "./runnerWorkbook";

const TARGET_RATIO = 0.5;
const TARGET_MIB = 250;
const CACHE = join(tmpdir(), "c2c-bench-cache");

export interface Run {
  readonly ms: number;
  /** Processor time (user and system): what the work costs whatever else the machine runs. */
  readonly cpuMs: number;
  readonly peakMiB: number;
}

const OPENPYXL_LOAD_SAVE = [
  "import resource, sys, time",
  "started = time.perf_counter()",
  "from openpyxl import load_workbook",
  "load_workbook(sys.argv[1]).save(sys.argv[2])",
  "ms = (time.perf_counter() - started) * 1000",
  // The whole process's processor time, the interpreter's start-up and the import included.
  "cpu_ms = time.process_time() * 1000",
  // ru_maxrss is in KiB on Linux.
  "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024",
  'sys.stderr.write("BENCH {\\"code\\": 0, \\"ms\\": %f, \\"cpuMs\\": %f, \\"peakMiB\\": %f}\\n" % (ms, cpu_ms, peak))',
].join("\n");

export function measured(command: string, args: readonly string[]): Run {
  const child = spawnSync(command, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const line = child.stderr
    .split("\n")
    .reverse()
    .find((text) => text.startsWith("BENCH "));
  if (line === undefined)
    throw new Error(`${command} ${args.join(" ")} printed no measurement:\n${child.stderr}`);
  const run = JSON.parse(line.slice("BENCH ".length)) as {
    code: number;
    ms: number;
    cpuMs: number;
    peakMiB: number;
  };
  if (run.code !== 0)
    throw new Error(`${command} ${args.join(" ")} exited ${run.code}:\n${child.stderr}`);
  return { ms: run.ms, cpuMs: run.cpuMs, peakMiB: run.peakMiB };
}

/**
 * The runner's long-list workbook as openpyxl saves it, cached by the runner-written workbook's
 * parts (docProps left out: they hold the time of writing, which would make every key new).
 */
async function openpyxlWorkbook(python: string, directory: string): Promise<string> {
  const written = join(directory, "long-list-c2c.xlsx");
  await writeLongListWorkbook(written, 2026);
  const zip = await JSZip.loadAsync(readFileSync(written));
  const hash = createHash("sha256");
  for (const path of Object.keys(zip.files).sort()) {
    if (path.startsWith("docProps/") || zip.files[path]?.dir === true) continue;
    hash.update(path).update((await zip.file(path)?.async("uint8array")) ?? new Uint8Array());
  }
  const key = hash.digest("hex").slice(0, 16);
  const cached = join(CACHE, `long-list-openpyxl-${key}.xlsx`);
  if (!existsSync(cached)) {
    mkdirSync(CACHE, { recursive: true });
    const making = join(directory, "long-list-openpyxl.xlsx");
    await resaveWithOpenpyxl(python, written, making);
    copyFileSync(making, cached);
  }
  return cached;
}

/** A bench module as one CommonJS file plain Node runs (its packages bundled in). */
export async function bundled(module: string, directory: string): Promise<string> {
  const outfile = join(directory, module.replace(/\.ts$/, ".js"));
  await build({
    entryPoints: [join(__dirname, module)],
    outfile,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    logLevel: "warning",
  });
  return outfile;
}

/**
 * `before`: another build of the runner (a dist-cli/c2c.js built from an earlier commit), measured
 * in the same run and printed beside, for a change's before and after on the same loaded machine.
 */
export async function benchScore(before?: string): Promise<string[]> {
  const python = findOpenpyxlPython();
  if (python === null)
    return [`score against openpyxl: skipped, no openpyxl (${OPENPYXL_INSTALL_HINT})`];
  const directory = mkdtempSync(join(tmpdir(), "c2c-bench-score-"));
  try {
    const input = await openpyxlWorkbook(python, directory);
    await buildCliBundle();
    // Preloaded into the Node children: prints their measurement at exit.
    const measuredExit = await bundled("measuredExit.ts", directory);
    const roundTrip = await bundled("roundTripChild.ts", directory);
    const scoreWith = (bundle: string): Run =>
      measured(process.execPath, [
        "--require",
        measuredExit,
        bundle,
        "score",
        input,
        "-o",
        join(directory, "scored.xlsx"),
        "--force",
      ]);
    const earlier = before === undefined ? undefined : scoreWith(before);
    const score = scoreWith(CLI_BUNDLE);
    const openpyxl = measured(python, [
      "-c",
      OPENPYXL_LOAD_SAVE,
      input,
      join(directory, "openpyxl.xlsx"),
    ]);
    const exceljs = measured(process.execPath, [
      "--require",
      measuredExit,
      roundTrip,
      input,
      join(directory, "exceljs.xlsx"),
    ]);
    const verdict = (ratio: number): string => (ratio <= TARGET_RATIO ? "met" : "MISSED");
    const seconds = (ms: number): string => `${(ms / 1000).toFixed(2).padStart(6)} s`;
    const line = (name: string, run: Run): string =>
      `  ${name.padEnd(30)} ${seconds(run.ms)} wall, ${seconds(run.cpuMs)} processor, ${run.peakMiB.toFixed(0).padStart(4)} MiB peak`;
    const ratios = (name: string, against: Run): string => {
      const time = score.ms / against.ms;
      const processor = score.cpuMs / against.cpuMs;
      const memory = score.peakMiB / against.peakMiB;
      return `  c2c score / ${name}: processor time ${processor.toFixed(2)}× (target ≤ ${TARGET_RATIO}×: ${verdict(processor)}; wall ${time.toFixed(2)}×), memory ${memory.toFixed(2)}× (target ≤ ${TARGET_RATIO}×: ${verdict(memory)})`;
    };
    return [
      `score a long-list workbook openpyxl wrote (${CITIES} cities × ${YEARS} years, ${RESPONDENTS} respondents), one run each:`,
      "  (each process whole, start-up included; the machine may be shared: read processor time)",
      line("c2c score (dist-cli/c2c.js)", score),
      ...(earlier === undefined ? [] : [line("c2c score (before)", earlier)]),
      line("openpyxl load + save", openpyxl),
      line("ExcelJS load + write", exceljs),
      ratios("openpyxl", openpyxl),
      ratios("ExcelJS", exceljs),
      `  c2c score peak ${score.peakMiB.toFixed(0)} MiB (target < ${TARGET_MIB} MiB: ${score.peakMiB < TARGET_MIB ? "met" : "MISSED"})`,
    ];
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
