// The shared command runner: --help, positionals, required options (in order, named by their flag),
// unknown options, and problems printed as `warning: Sheet!Cell: message` with the exit code they
// give under --strict.

import { defineCommand, nothingWritten } from "../../src/cli/commandRunner";
import { runCli } from "../../src/cli/cli";
import type { CliIo } from "../../src/cli/io";
import { UsageError } from "../../src/cli/usageError";

interface Captured {
  readonly io: CliIo;
  readonly out: () => string;
  readonly err: () => string;
}

function captured(): Captured {
  let out = "";
  let err = "";
  return {
    io: {
      stdout: (text) => (out += text),
      stderr: (text) => (err += text),
      now: () => new Date("2026-03-01T10:00:00Z"),
    },
    out: () => out,
    err: () => err,
  };
}

const probe = defineCommand({
  name: "probe",
  summary: "summary.score",
  help: () => "Usage: c2c probe <in> -o <out> --into <file>\n",
  options: {
    output: { type: "string", short: "o" },
    into: { type: "string" },
    strict: { type: "boolean", default: false },
    fail: { type: "boolean", default: false },
  },
  positionals: ["positional.inputWorkbook"],
  required: ["output", "into"],
  run: ({ values, positionals: [input = ""] }, context) => {
    const warning = { address: "Sheet!B2", message: "odd", severity: "warning" } as const;
    if (values.fail)
      return Promise.resolve(
        context.stop(
          [{ address: input, message: "unreadable", severity: "error" }, warning],
          nothingWritten,
        ),
      );
    context.report([warning], input);
    context.io.stdout(`${input} → ${values.output} via ${values.into}\n`);
    return Promise.resolve(context.finish(values.strict));
  },
});

describe("the command runner", () => {
  it("prints the help on standard output before checking anything else", async () => {
    const run = captured();
    expect(await probe.run(["--help"], run.io)).toBe(0);
    expect(run.out()).toBe("Usage: c2c probe <in> -o <out> --into <file>\n");
  });

  it("asks for the positionals, then each required option by its flag, in order", async () => {
    const run = captured();
    await expect(probe.run(["-o", "x"], run.io)).rejects.toThrow("missing the input");
    await expect(probe.run(["in"], run.io)).rejects.toThrow("-o/--output is required");
    await expect(probe.run(["in", "-o", "x"], run.io)).rejects.toThrow("--into is required");
    await expect(probe.run(["in", "-o", "x", "--into", "y", "--colour"], run.io)).rejects.toThrow(
      UsageError,
    );
  });

  it("prints problems with their source and counts warnings for --strict", async () => {
    const run = captured();
    expect(await probe.run(["in", "-o", "x", "--into", "y"], run.io)).toBe(0);
    expect(run.err()).toBe("warning: in: Sheet!B2: odd\n");
    expect(run.out()).toBe("in → x via y\n");
    expect(await probe.run(["in", "-o", "x", "--into", "y", "--strict"], captured().io)).toBe(1);
  });

  it("stops with exit 2, the problems and the reason", async () => {
    const run = captured();
    expect(await probe.run(["in", "-o", "x", "--into", "y", "--fail"], run.io)).toBe(2);
    expect(run.err()).toBe(
      "error: in: unreadable\nwarning: Sheet!B2: odd\nc2c probe: nothing written (1 error)\n",
    );
  });

  it("is what every c2c command runs on: each one answers --help the same way", async () => {
    for (const name of [
      "new",
      "score",
      "import-answers",
      "consolidate",
      "compare",
      "report",
      "demo",
    ]) {
      const run = captured();
      expect(await runCli([name, "-h"], run.io)).toBe(0);
      expect(run.out().startsWith(`Usage: c2c ${name}`)).toBe(true);
    }
  });
});
