// Preloaded (`node --require`, bundled by bench/score.ts) into a compiled child of that bench, so
// the runner measured is the one users run (dist-cli/c2c.js under plain Node, no TypeScript loader
// in the process): at exit it prints the wall time since it loaded, the processor time of the whole
// process (user and system, module loading included) and the peak resident size, as the last line
// of standard error.
import { writeSync } from "node:fs";

const started = process.hrtime.bigint();

process.on("exit", (code) => {
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const cpu = process.cpuUsage();
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const peakMiB = process.resourceUsage().maxRSS / 1024;
  writeSync(2, `BENCH ${JSON.stringify({ code, ms, cpuMs, peakMiB })}\n`);
});
