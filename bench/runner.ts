// Bench (issue 4): `c2c score` on a long-list workbook of 10 cities × 10 years with 20
// respondents, and `c2c consolidate` of 27 partnership files; wall time and peak memory of each
// command in its own process (targets: score < 5 s and < 500 MB; consolidate < 10 s). The time is
// the command's own, measured inside the child after start-up; start-up (loading the TypeScript
// through tsx) is printed apart.

import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CITIES, RESPONDENTS, YEARS, writeLongListWorkbook } from "./runnerWorkbook";

export interface CommandLine {
  readonly name: string;
  readonly seconds: number;
  readonly targetSeconds: number;
  readonly peakMiB: number;
  readonly targetMiB: number;
  readonly startupSeconds: number;
}

function runChild(args: readonly string[]): { ms: number; peakMiB: number; wallMs: number } {
  const started = process.hrtime.bigint();
  const child = spawnSync(
    process.execPath,
    ["--import", "tsx", join(__dirname, "runnerChild.ts"), ...args],
    { encoding: "utf8" },
  );
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const line = child.stderr
    .split("\n")
    .reverse()
    .find((text) => text.startsWith("BENCH "));
  if (line === undefined)
    throw new Error(`c2c ${args.join(" ")} printed no measurement:\n${child.stderr}`);
  const measured = JSON.parse(line.slice("BENCH ".length)) as {
    code: number;
    ms: number;
    peakMiB: number;
  };
  if (measured.code !== 0)
    throw new Error(`c2c ${args.join(" ")} exited ${measured.code}:\n${child.stderr}`);
  return { ms: measured.ms, peakMiB: measured.peakMiB, wallMs };
}

export async function benchRunner(): Promise<CommandLine[]> {
  const directory = mkdtempSync(join(tmpdir(), "c2c-bench-"));
  try {
    const input = join(directory, "long-list.xlsx");
    await writeLongListWorkbook(input, 2026);
    const score = runChild(["score", input, "-o", join(directory, "scored.xlsx"), "--force"]);

    runChild(["demo", "--out-dir", directory, "--pilot-workbooks", "--force"]);
    const pilotDirectory = join(directory, "pilot");
    const pilots = readdirSync(pilotDirectory)
      .filter((name) => name.endsWith(".xlsx"))
      .map((name) => join(pilotDirectory, name));
    const consolidate = runChild([
      "consolidate",
      ...pilots,
      "-o",
      join(directory, "programme-again.xlsx"),
      "--force",
    ]);
    return [
      {
        name: `c2c score: long list, ${CITIES} cities × ${YEARS} years, ${RESPONDENTS} respondents`,
        seconds: score.ms / 1000,
        targetSeconds: 5,
        peakMiB: score.peakMiB,
        targetMiB: 500,
        startupSeconds: (score.wallMs - score.ms) / 1000,
      },
      {
        name: `c2c consolidate: ${pilots.length} partnership files`,
        seconds: consolidate.ms / 1000,
        targetSeconds: 10,
        peakMiB: consolidate.peakMiB,
        targetMiB: Infinity,
        startupSeconds: (consolidate.wallMs - consolidate.ms) / 1000,
      },
    ];
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

export function printCommandLines(lines: readonly CommandLine[]): void {
  for (const line of lines) {
    const time = `${line.seconds.toFixed(2)} s (target < ${line.targetSeconds} s: ${line.seconds < line.targetSeconds ? "met" : "MISSED"})`;
    const memory = Number.isFinite(line.targetMiB)
      ? `peak ${line.peakMiB.toFixed(0)} MiB (target < ${line.targetMiB} MiB: ${line.peakMiB < line.targetMiB ? "met" : "MISSED"})`
      : `peak ${line.peakMiB.toFixed(0)} MiB`;
    console.log(`${line.name}: ${time}, ${memory}; start-up ${line.startupSeconds.toFixed(2)} s`);
  }
}
