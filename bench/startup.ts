// Bench (issue 10): how long the installed `c2c` takes to start, as `c2c --help` against a bare
// `node -e 0` run in the same loop (target: within 0.25 s of Node), and `c2c score` on the demo
// partnership through the compiled bundle against the same command from the TypeScript sources
// through tsx, which is how bin/c2c ran before it was compiled. Runs alternate, so a busy machine
// slows both sides alike; each side's median is printed.

import { median } from "../src/engine/stats";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildCliBundle } from "../scripts/build/cliBundle";

const ROOT = join(__dirname, "..");
const BIN = join(ROOT, "bin", "c2c");
const SOURCES_MAIN = join(ROOT, "src", "cli", "main.ts");

/** c2c --help may take at most this much longer than `node -e 0`. */
export const STARTUP_TARGET_MS = 250;

export interface StartupLine {
  readonly name: string;
  readonly ms: number;
  readonly baselineName: string;
  readonly baselineMs: number;
  /** Largest allowed ms − baselineMs, or Infinity for information only. */
  readonly targetExtraMs: number;
}

/** Wall time of one process, in ms; throws when it does not exit with code 0. */
function timeProcess(args: readonly string[]): number {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, { encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.status !== 0)
    throw new Error(`node ${args.join(" ")} exited ${child.status}:\n${child.stderr}`);
  return ms;
}

/** Medians of `runs` alternating runs of each command, after one warm-up run of each. */
function alternate(commands: readonly (readonly string[])[], runs: number): number[] {
  for (const args of commands) timeProcess(args);
  const times = commands.map((): number[] => []);
  for (let run = 0; run < runs; run++)
    commands.forEach((args, index) => times[index]!.push(timeProcess(args)));
  return times.map(median);
}

export async function benchStartup(): Promise<StartupLine[]> {
  // The bench measures what bin/c2c runs after `npm run build:cli`, built from today's sources.
  await buildCliBundle();
  const [nodeMs = NaN, helpMs = NaN] = alternate(
    [
      ["-e", "0"],
      [BIN, "--help"],
    ],
    15,
  );

  const directory = mkdtempSync(join(tmpdir(), "c2c-bench-startup-"));
  try {
    timeProcess([BIN, "demo", "--out-dir", directory, "--force"]);
    const input = join(directory, "partnership.xlsx");
    const output = join(directory, "scored.xlsx");
    const score = ["score", input, "-o", output, "--force"];
    const [bundleMs = NaN, sourcesMs = NaN] = alternate(
      [
        [BIN, ...score],
        ["--import", "tsx", SOURCES_MAIN, ...score],
      ],
      3,
    );
    return [
      {
        name: "c2c --help (bin/c2c, compiled)",
        ms: helpMs,
        baselineName: "node -e 0",
        baselineMs: nodeMs,
        targetExtraMs: STARTUP_TARGET_MS,
      },
      {
        name: "c2c score demo/partnership.xlsx (bin/c2c, compiled)",
        ms: bundleMs,
        baselineName: "the sources through tsx, as before",
        baselineMs: sourcesMs,
        targetExtraMs: Infinity,
      },
    ];
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

export function printStartupLines(lines: readonly StartupLine[]): void {
  for (const line of lines) {
    const extra = line.ms - line.baselineMs;
    const verdict = Number.isFinite(line.targetExtraMs)
      ? ` (target ≤ +${line.targetExtraMs} ms: ${extra <= line.targetExtraMs ? "met" : "MISSED"})`
      : "";
    console.log(
      `${line.name}: ${line.ms.toFixed(0)} ms against ${line.baselineName} ${line.baselineMs.toFixed(0)} ms` +
        ` in the same run: ${(line.ms / line.baselineMs).toFixed(2)}×, ${extra >= 0 ? "+" : "−"}${Math.abs(extra).toFixed(0)} ms${verdict}`,
    );
  }
}
