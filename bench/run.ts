// `npm run bench`: every speed and memory target of the product, as ratios against a baseline
// measured in the same run (timed tests flake on a shared machine; ratios and sizes do not), and
// the runner's commands timed in their own processes, and the installed command's start-up.
import { benchConsolidate } from "./consolidate";
import { benchEngineScoring } from "./engineScoring";
import { benchFunctionsScore } from "./functionsScore";
import { printLines } from "./harness";
import { benchRead } from "./read";
import { benchRunner, printCommandLines } from "./runner";
import { benchScore } from "./score";
import { benchStartup, printStartupLines } from "./startup";

async function main(): Promise<void> {
  printLines([...benchEngineScoring(), ...benchFunctionsScore()]);
  console.log("");
  printCommandLines(await benchRunner());
  printStartupLines(await benchStartup());
  console.log("");
  for (const line of await benchRead()) console.log(line);
  console.log("");
  for (const line of await benchScore()) console.log(line);
  console.log("");
  for (const line of await benchConsolidate()) console.log(line);
}

void main();
