// `npx tsx bench/scoreOnly.ts`: only the score bench of `npm run bench` (bench/score.ts), the one
// to run while working on the runner's save and read paths.
import { benchScore } from "./score";

void benchScore().then((lines) => {
  for (const line of lines) console.log(line);
});
