import { COMMANDS } from "../../src/cli/commandList";
import { yearsOf } from "../../src/cli/commands/newCommand";
import { UsageError } from "../../src/cli/usageError";
import { c2c } from "./cliHarness";

describe("c2c: commands, help and usage errors", () => {
  it("lists every command in its help, on standard output with exit 0", async () => {
    const run = await c2c("--help");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Usage: c2c <command> [options]");
    for (const name of ["new", "score", "consolidate", "report", "demo"])
      expect(run.stdout).toMatch(new RegExp(`^  ${name} `, "m"));
  });

  it("prints the help on standard error with exit 2 when no command is given", async () => {
    const run = await c2c();
    expect([run.code, run.stdout]).toEqual([2, ""]);
    expect(run.stderr).toContain("Usage: c2c <command>");
  });

  it("prints the version", async () => {
    expect(await c2c("--version")).toEqual({ code: 0, stdout: "0.1.0\n", stderr: "" });
  });

  it.each(COMMANDS.map((command) => command.name))(
    "%s: the listed name and summary are the loaded command's own",
    async (name) => {
      const listed = COMMANDS.find((command) => command.name === name)!;
      const loaded = await listed.load();
      expect([loaded.name, loaded.summary]).toEqual([listed.name, listed.summary]);
    },
  );

  it.each(COMMANDS.map((command) => command.name))(
    "%s --help shows the command's usage",
    async (name) => {
      const run = await c2c(name, "--help");
      expect(run.code).toBe(0);
      expect(run.stdout.startsWith(`Usage: c2c ${name}`)).toBe(true);
      expect(run.stderr).toBe("");
    },
  );

  it.each([
    {
      argv: ["frobnicate"],
      message:
        'c2c: unknown command "frobnicate"; the commands are new, score, import-answers, consolidate, compare, report, survey, demo',
    },
    { argv: ["score", "in.xlsx"], message: "c2c score: -o/--output is required" },
    { argv: ["score", "-o", "out.xlsx"], message: "c2c score: missing the input workbook" },
    {
      argv: ["score", "a.xlsx", "b.xlsx", "-o", "out.xlsx"],
      message: 'c2c score: unexpected argument "b.xlsx"',
    },
    {
      argv: ["score", "in.xlsx", "-o", "out.xlsx", "--colour"],
      message: "c2c score: unknown option --colour",
    },
    { argv: ["demo", "-o", "x"], message: "c2c demo: unknown option -o" },
    { argv: ["demo", "--out-dir"], message: "c2c demo: --out-dir needs a value" },
    { argv: ["demo", "--force=yes"], message: "c2c demo: --force takes no value" },
    { argv: ["report", "in.xlsx"], message: "c2c report: choose one format: --json or --csv" },
    {
      argv: ["report", "in.xlsx", "--json", "--csv"],
      message: "c2c report: choose one format: --json or --csv",
    },
    {
      argv: ["consolidate", "-o", "p.xlsx"],
      message:
        "c2c consolidate: give the partnership workbooks or folders to consolidate (or --from a list)",
    },
    {
      argv: [
        "new",
        "-o",
        "n.xlsx",
        "--name",
        "X",
        "--cities",
        "A,B",
        "--years",
        "2022",
        "--list",
        "medium",
        "--respondents",
        "Ana",
      ],
      message: 'c2c new: --list must be simplified or long, not "medium"',
    },
    {
      argv: ["new", "-o", "n.xlsx", "--name", "X", "--cities", "A,B", "--respondents", "Ana"],
      message: "c2c new: --years is required",
    },
    { argv: ["demo", "extra"], message: 'c2c demo: unexpected argument "extra"' },
  ])("$argv → exit 2: $message", async ({ argv, message }) => {
    const run = await c2c(...argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.split("\n")[0]).toContain(message);
  });

  it("points a usage error at the command's help", async () => {
    const run = await c2c("score", "in.xlsx");
    expect(run.stderr).toBe(
      "c2c score: -o/--output is required\nRun c2c score --help for usage.\n",
    );
  });
});

describe("yearsOf", () => {
  it.each([
    ["2022-2024", [2022, 2023, 2024]],
    ["2022 – 2023", [2022, 2023]],
    ["2020,2022, 2024", [2020, 2022, 2024]],
    ["2030", [2030]],
  ])("%s → %j", (text, years) => {
    expect(yearsOf(text)).toEqual(years);
  });

  it.each(["2024-2022", "1900-2000", "22", "2022,soon"])("refuses %s", (text) => {
    expect(() => yearsOf(text)).toThrow(UsageError);
  });
});
