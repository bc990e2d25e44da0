// The consolidate bench (issue 13 item 5, decision 0023): `c2c consolidate` of 1,000 long-list
// partnerships openpyxl wrote (bench/consolidateInputs.ts, cached in bench/cache/) and of 27, by the
// compiled runner (dist-cli/c2c.js) in its own process, worker threads on every core; beside them,
// in the same run, the serial path (`--jobs 1`) on 50 of the same files, the baseline the per-file
// cost is compared with, and on the 27 (whether threads pay for a programme that small). Each
// process is measured whole (bench/measuredExit.ts: wall time, processor time of all its threads,
// peak resident size). Targets: 1,000 in under 60 s and 2 GiB, 27 in under 2 s (wall time: what a
// user waits for).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildCliBundle, CLI_BUNDLE } from "../scripts/build/cliBundle";
import { findOpenpyxlPython, OPENPYXL_INSTALL_HINT } from "../scripts/fixtures/openpyxl";
import { PARTNERSHIP_SHAPE, partnershipWorkbooks } from "./consolidateInputs";
import { bundled, measured, type Run } from "./score";

const REGISTRY = 1000;
const REGISTRY_TARGET_MS = 60_000;
const REGISTRY_TARGET_MIB = 2048;
const PROGRAMME = 27;
const PROGRAMME_TARGET_MS = 2000;
const BASELINE = 50;

interface Consolidation {
  readonly name: string;
  readonly files: number;
  readonly run: Run;
}

export async function benchConsolidate(): Promise<string[]> {
  const python = findOpenpyxlPython();
  if (python === null)
    return [
      `consolidate: skipped, no openpyxl to write the partnerships (${OPENPYXL_INSTALL_HINT})`,
    ];
  const paths = await partnershipWorkbooks(python, REGISTRY);
  const directory = mkdtempSync(join(tmpdir(), "c2c-bench-consolidate-"));
  try {
    await buildCliBundle();
    const measuredExit = await bundled("measuredExit.ts", directory);
    const consolidate = (name: string, files: number, jobs: readonly string[]): Consolidation => {
      const list = join(directory, `${name}.txt`);
      writeFileSync(list, `${paths.slice(0, files).join("\n")}\n`);
      const output = join(directory, `${name}.xlsx`);
      const args = ["--require", measuredExit, CLI_BUNDLE, "consolidate", "--from", list];
      const run = measured(process.execPath, [...args, "-o", output, "--force", ...jobs]);
      return { name, files, run };
    };
    const baseline = consolidate(`${BASELINE} serial (--jobs 1)`, BASELINE, ["--jobs", "1"]);
    const programme = consolidate(`${PROGRAMME} on worker threads`, PROGRAMME, []);
    // Whether threads pay at this size: each worker loads the runner and the catalogue again.
    const programmeSerial = consolidate(`${PROGRAMME} serial (--jobs 1)`, PROGRAMME, [
      "--jobs",
      "1",
    ]);
    const registry = consolidate(`${REGISTRY} on worker threads`, REGISTRY, []);
    const seconds = (ms: number): string => `${(ms / 1000).toFixed(2).padStart(7)} s`;
    const line = ({ name, files, run }: Consolidation): string =>
      `  ${name.padEnd(28)} ${seconds(run.ms)} wall, ${seconds(run.cpuMs)} processor, ${run.peakMiB.toFixed(0).padStart(5)} MiB peak, ${(run.ms / files).toFixed(0).padStart(4)} ms wall per file`;
    const perFile = (of: Consolidation, field: "ms" | "cpuMs"): number => of.run[field] / of.files;
    const verdict = (met: boolean): string => (met ? "met" : "MISSED");
    const { cities, years, respondents } = PARTNERSHIP_SHAPE;
    return [
      `consolidate long-list partnerships openpyxl wrote (${cities} cities × ${years} years, ${respondents} respondents each), dist-cli/c2c.js, one run each:`,
      "  (each process whole, start-up and worker threads included; the machine may be shared)",
      line(baseline),
      line(programme),
      line(programmeSerial),
      line(registry),
      `  ${REGISTRY} / ${BASELINE} serial, per file: wall ${(perFile(registry, "ms") / perFile(baseline, "ms")).toFixed(2)}×, processor ${(perFile(registry, "cpuMs") / perFile(baseline, "cpuMs")).toFixed(2)}×`,
      `  ${REGISTRY} in ${seconds(registry.run.ms).trim()} (target < ${REGISTRY_TARGET_MS / 1000} s: ${verdict(registry.run.ms < REGISTRY_TARGET_MS)}, ${(registry.run.ms / REGISTRY_TARGET_MS).toFixed(2)}× of it), peak ${registry.run.peakMiB.toFixed(0)} MiB (target < ${REGISTRY_TARGET_MIB} MiB: ${verdict(registry.run.peakMiB < REGISTRY_TARGET_MIB)}, ${(registry.run.peakMiB / REGISTRY_TARGET_MIB).toFixed(2)}×)`,
      `  ${PROGRAMME} in ${seconds(programme.run.ms).trim()} (target < ${PROGRAMME_TARGET_MS / 1000} s: ${verdict(programme.run.ms < PROGRAMME_TARGET_MS)}, ${(programme.run.ms / PROGRAMME_TARGET_MS).toFixed(2)}× of it)`,
    ];
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
