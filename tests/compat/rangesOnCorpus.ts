// The range reader beside the saxes reader on every .xlsx of a folder, by hand (too slow for the
// suite): `npx tsx tests/compat/rangesOnCorpus.ts ../shared/corpus/excel-made` prints each file
// where they differ (the first differences) and the counts.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { rangeReaderAgrees } from "./rangeReaderAgreement";

async function main(folder: string): Promise<void> {
  const files = readdirSync(folder)
    .filter((name) => name.endsWith(".xlsx"))
    .sort();
  let agree = 0;
  let differ = 0;
  let failed = 0;
  let cells = 0;
  let ranges = 0;
  for (const name of files) {
    try {
      const agreement = await rangeReaderAgrees(new Uint8Array(readFileSync(join(folder, name))));
      cells += agreement.cells;
      ranges += agreement.ranges;
      if (agreement.differences.length === 0) agree++;
      else {
        differ++;
        const first = agreement.differences.slice(0, 3).join("; ");
        console.log(`${name}: ${agreement.differences.length} differ: ${first}`);
      }
    } catch (error: unknown) {
      failed++;
      console.log(`${name}: not read: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  console.log(
    `${files.length} files (${ranges} ranges, ${cells} cells): ${agree} agree, ${differ} differ, ${failed} not read`,
  );
}

void main(process.argv[2] ?? ".");
