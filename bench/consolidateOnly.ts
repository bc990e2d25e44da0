// `npx tsx bench/consolidateOnly.ts`: only the consolidate bench of `npm run bench`
// (bench/consolidate.ts), the one to run while working on `c2c consolidate`.
import { benchConsolidate } from "./consolidate";

void benchConsolidate().then((lines) => {
  for (const line of lines) console.log(line);
});
