// The compiled `c2c`: src/cli/main.ts and everything it imports bundled by esbuild into one
// CommonJS file that plain Node runs, so the installed command needs no TypeScript loader.
// Command modules are imported dynamically (src/cli/commandList.ts); esbuild keeps each one behind
// a lazy initialiser, so only the command that runs evaluates its code.

import { build } from "esbuild";
import { join } from "node:path";

export const REPOSITORY_ROOT = join(__dirname, "..", "..");

/** Where bin/c2c looks for the bundle; git-ignored, and apart from dist/, which webpack cleans. */
export const CLI_BUNDLE = join(REPOSITORY_ROOT, "dist-cli", "c2c.js");

/**
 * Packages left to Node's own `require` at run time (they are dependencies, so installed beside the
 * bundle): ExcelJS and JSZip are large CommonJS libraries that would only make the file longer to
 * parse on every start, including `c2c --help`, which never loads them.
 */
export const EXTERNAL_PACKAGES: readonly string[] = ["exceljs", "jszip"];

/** Writes the bundle to `outfile` and returns its size in bytes. */
export async function buildCliBundle(outfile: string = CLI_BUNDLE): Promise<number> {
  const result = await build({
    absWorkingDir: REPOSITORY_ROOT,
    entryPoints: [join(REPOSITORY_ROOT, "src", "cli", "main.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    external: [...EXTERNAL_PACKAGES],
    metafile: true,
    logLevel: "warning",
    banner: {
      js: "// Built by scripts/buildCli.ts from src/cli (npm run build:cli); do not edit.",
    },
  });
  return Object.values(result.metafile.outputs).reduce((total, output) => total + output.bytes, 0);
}
