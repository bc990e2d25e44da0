// The installed command end to end: bin/c2c loads the TypeScript through tsx, without a build step.

import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const BIN = join(__dirname, "..", "..", "bin", "c2c");

describe("bin/c2c", () => {
  it("runs the command from a shell: help on stdout, exit 0", async () => {
    const { stdout } = await run(process.execPath, [BIN, "--help"]);
    expect(stdout).toContain("Usage: c2c <command> [options]");
  }, 30_000);

  it("exits with code 2 on a usage error", async () => {
    await expect(run(process.execPath, [BIN, "score"])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining("c2c score: missing the input workbook") as unknown,
    });
  }, 30_000);
});
