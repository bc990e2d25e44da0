// `npx tsx bench/scoreOnly.ts [earlier/dist-cli/c2c.js]`: only the score bench of `npm run bench`
// (bench/score.ts), the one to run while working on the runner's save and read paths; given another
// build of the runner, it is measured in the same run and printed beside.
import { benchScore } from "./score";

void benchScore(process.argv[2]).then((lines) => {
  for (const line of lines) console.log(line);
});
