// `c2c consolidate` on worker threads: the programme workbook, the output and every problem line are
// the serial path's, whatever order the workers finish in; a workbook that cannot be read stops the
// run, or is skipped under --keep-going, with the same sentences; a long run's progress lines say
// files done, rate and time left. The workers run the sources here (through tsx, as summaryPool
// starts them outside the bundle), each reading real files.

import { readFile, writeFile } from "node:fs/promises";
import JSZip from "jszip";
import { runCli } from "../../../src/cli/cli";
import type { CliIo } from "../../../src/cli/io";
import { PARALLEL_FROM } from "../../../src/cli/consolidate/summaryPool";
import { scoreAssessment } from "../../../src/engine/assessment";
import { pilotProgramme } from "../../../src/engine/demo";
import { assessmentWorkbookPlan } from "../../../src/engine/templates/assessmentWorkbook";
import { XlsxWorkbook } from "../../support/exceljsHost/xlsxWorkbook";
import { c2c, problemLines, sha256, tempFolder, type CliRun, type TempFolder } from "../cliHarness";

const TIMEOUT = 180_000;
const COUNT = PARALLEL_FROM + 2;

let folder: TempFolder;
const inputs: string[] = [];
beforeAll(async () => {
  folder = await tempFolder();
  for (const [index, assessment] of pilotProgramme().slice(0, COUNT).entries()) {
    const path = folder.path(`p${String(index + 1).padStart(2, "0")}.xlsx`);
    const workbook = XlsxWorkbook.create();
    await workbook.applyPlan(
      assessmentWorkbookPlan(assessment, scoreAssessment(assessment), {
        generatedOn: "2026-11-28",
      }),
      { dialect: "portable", existingSheet: "fail" },
    );
    await workbook.save(path);
    inputs.push(path);
  }
  // Not a zip package at all: the preflight refuses it with a sentence naming the file.
  await writeFile(folder.path("broken.xlsx"), "not a workbook");
}, TIMEOUT);
afterAll(async () => {
  await folder.remove();
});

/**
 * Every part of a package with its text: the programme itself, without the zip entries' times of
 * writing (the package writer stamps them from the real clock, which moves between two runs).
 */
async function partsOf(path: string): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort())
    parts[name] = (await zip.files[name]?.async("string")) ?? "";
  return parts;
}

/** The run's stdout with the output's path, which differs from run to run, as OUT. */
function stdoutOf(run: CliRun, output: string): string {
  return run.stdout.split(output).join("OUT");
}

describe("c2c consolidate on worker threads", () => {
  it(
    "writes the serial path's programme byte for byte, with the same output and problems",
    async () => {
      const serial = folder.path("serial.xlsx");
      const parallel = folder.path("parallel.xlsx");
      const byDefault = folder.path("default.xlsx");
      const one = await c2c("consolidate", ...inputs, "-o", serial, "--jobs", "1");
      const two = await c2c("consolidate", ...inputs, "-o", parallel, "--jobs", "2");
      const chosen = await c2c("consolidate", ...inputs, "-o", byDefault);
      expect([one.code, two.code, chosen.code]).toEqual([0, 0, 0]);
      expect(stdoutOf(one, serial)).toContain(`OUT: ${COUNT} partnerships`);
      expect(stdoutOf(two, parallel)).toBe(stdoutOf(one, serial));
      expect(stdoutOf(chosen, byDefault)).toBe(stdoutOf(one, serial));
      expect(problemLines(two.stderr)).toEqual(problemLines(one.stderr));
      const parts = await partsOf(serial);
      expect(Object.keys(parts).length).toBeGreaterThan(10);
      expect(await partsOf(parallel)).toEqual(parts);
      expect(await partsOf(byDefault)).toEqual(parts);
    },
    TIMEOUT,
  );

  it(
    "skips a workbook that cannot be read under --keep-going, saying so as the serial path does",
    async () => {
      const list = [...inputs.slice(0, 4), folder.path("broken.xlsx"), ...inputs.slice(4)];
      const serial = await c2c(
        "consolidate",
        ...list,
        "-o",
        folder.path("kept-serial.xlsx"),
        "--keep-going",
        "--jobs",
        "1",
      );
      const parallel = await c2c(
        "consolidate",
        ...list,
        "-o",
        folder.path("kept-parallel.xlsx"),
        "--keep-going",
        "--jobs",
        "2",
      );
      expect([serial.code, parallel.code]).toEqual([0, 0]);
      const problems = problemLines(parallel.stderr);
      expect(problems).toEqual(problemLines(serial.stderr));
      expect(problems[0]).toMatch(/^error: broken\.xlsx: .*cannot be read/u);
      expect(problems[problems.length - 1]).toBe(
        `warning: programme: 1 input could not be read and was skipped (--keep-going): broken.xlsx; ${COUNT} workbooks consolidated`,
      );
      expect(await partsOf(folder.path("kept-parallel.xlsx"))).toEqual(
        await partsOf(folder.path("kept-serial.xlsx")),
      );
    },
    TIMEOUT,
  );

  it(
    "writes nothing without --keep-going, naming the workbook, and stops its workers",
    async () => {
      const output = folder.path("refused.xlsx");
      const list = [...inputs.slice(0, 2), folder.path("broken.xlsx"), ...inputs.slice(2)];
      const run = await c2c("consolidate", ...list, "-o", output, "--jobs", "2");
      expect(run.code).toBe(2);
      expect(problemLines(run.stderr)[0]).toMatch(/^error: broken\.xlsx: .*cannot be read/u);
      expect(run.stderr).toContain(
        "c2c consolidate: nothing written: broken.xlsx cannot be consolidated (--keep-going skips such workbooks)\n",
      );
      await expect(sha256(output)).rejects.toThrow();
    },
    TIMEOUT,
  );

  it(
    "says files done, rate and time left on a log's lines, from a clock that moves",
    async () => {
      let now = 0;
      let stderr = "";
      // Each look at the clock is a second later: a line every five seconds means every few files.
      const io: CliIo = {
        stdout: () => undefined,
        stderr: (text) => {
          stderr += text;
        },
        now: () => new Date((now += 1000)),
        stderrIsTerminal: false,
      };
      const output = folder.path("progress.xlsx");
      expect(await runCli(["consolidate", ...inputs, "-o", output, "--jobs", "2"], io)).toBe(0);
      const lines = stderr.split("\n").filter((line) => line.includes(" workbooks in "));
      expect(lines.length).toBeGreaterThanOrEqual(2);
      const done = lines.map((line) => Number(/ read (\d+)\//u.exec(line)?.[1]));
      expect(done).toEqual([...done].sort((a, b) => a - b));
      expect(lines[0]).toMatch(
        /^c2c consolidate: read \d+\/\d+ workbooks in \d+\.\d s, \d+\.\d a second, about \d+\.\d s left$/u,
      );
      expect(lines[lines.length - 1]).toMatch(
        new RegExp(
          `^c2c consolidate: read ${COUNT}/${COUNT} workbooks in \\d+\\.\\d s, \\d+\\.\\d a second$`,
          "u",
        ),
      );
      expect(stderr).not.toContain("\r");
    },
    TIMEOUT,
  );
});
