// Runs one `c2c` command in this process and prints its wall time and peak memory as the last
// line of standard error, for bench/runner.ts and bench/score.ts (a child process, so memory is
// the command's own), with the processor time it took (user and system: on a shared machine the
// wall time also counts the waits for a core).
import { runCli } from "../src/cli/cli";
import { processIo } from "../src/cli/io";

const started = process.hrtime.bigint();
const cpuBefore = process.cpuUsage();
void runCli(process.argv.slice(2), processIo()).then((code) => {
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const peakMiB = process.resourceUsage().maxRSS / 1024;
  process.stderr.write(`BENCH ${JSON.stringify({ code, ms, cpuMs, peakMiB })}\n`);
});
