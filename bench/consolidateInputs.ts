// The consolidate bench's inputs: long-list partnerships (2 cities × 5 years on the long list, 6
// respondents) as another program writes them. The runner writes one base workbook; openpyxl
// (bench/consolidateWorkbooks.py) loads it and saves each partnership with its own name, indicator
// values and answers drawn from a generator seeded by the file's number, two Python processes at
// once. Making 1,000 takes minutes, so they are cached in bench/cache/ (git-ignored), in a folder
// keyed by the base workbook's parts (the date of writing blanked) and the generator script. File n
// is the same whatever the count asked, so a run asking 27 uses the first 27 of a cached 1,000, and
// one asking more writes only those missing; the marker file says how many were written whole.

import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { writeLongListWorkbook, type LongListShape } from "./runnerWorkbook";

export const PARTNERSHIP_SHAPE: LongListShape = { cities: 2, years: 5, respondents: 6 };

const CACHE = join(__dirname, "cache");
const GENERATOR = join(__dirname, "consolidateWorkbooks.py");
const SEED = 2026;
/** Python processes writing at once: the machine's two cores. */
const WRITERS = 2;
const COMPLETE = "complete.txt";

/** The runner's stamp carries the day of writing; blanked so the key holds from day to day. */
const DATE = /\d{4}-\d{2}-\d{2}/gu;

async function baseKey(base: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(base));
  const hash = createHash("sha256").update(readFileSync(GENERATOR));
  for (const path of Object.keys(zip.files).sort()) {
    const entry = zip.files[path];
    if (path.startsWith("docProps/") || entry === undefined || entry.dir) continue;
    hash.update(path).update((await entry.async("string")).replace(DATE, ""));
  }
  return hash.digest("hex").slice(0, 16);
}

function runGenerator(python: string, request: object): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(python, [GENERATOR], { stdio: ["pipe", "inherit", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve();
      else reject(new Error(`consolidateWorkbooks.py exited ${code}:\n${stderr}`));
    });
    child.stdin.end(JSON.stringify(request));
  });
}

/** The paths of `count` partnership workbooks openpyxl wrote, made now unless cached. */
export async function partnershipWorkbooks(python: string, count: number): Promise<string[]> {
  mkdirSync(CACHE, { recursive: true });
  const base = join(CACHE, "base.xlsx");
  await writeLongListWorkbook(base, SEED, PARTNERSHIP_SHAPE);
  const folder = join(CACHE, `partnerships-${await baseKey(base)}`);
  const paths = Array.from({ length: count }, (_, index) =>
    join(folder, `partnership-${String(index + 1).padStart(4, "0")}.xlsx`),
  );
  const marker = join(folder, COMPLETE);
  const written = existsSync(marker) ? Number.parseInt(readFileSync(marker, "utf8"), 10) : 0;
  if (written >= count) return paths;
  mkdirSync(folder, { recursive: true });
  const missing = count - written;
  const share = Math.ceil(missing / WRITERS);
  const started = Date.now();
  process.stderr.write(`writing ${missing} partnership workbooks with openpyxl into ${folder}…\n`);
  await Promise.all(
    Array.from({ length: WRITERS }, (_, writer) => {
      const first = written + writer * share;
      return runGenerator(python, {
        base,
        folder,
        first,
        count: Math.max(0, Math.min(share, count - first)),
        seed: SEED,
      });
    }),
  );
  writeFileSync(marker, `${count} workbooks written by openpyxl\n`);
  process.stderr.write(`… written in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  return paths;
}
