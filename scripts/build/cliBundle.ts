// The compiled `c2c`: src/cli/main.ts and the project's modules it imports, bundled by esbuild into
// one CommonJS file that plain Node runs, so the installed command needs no TypeScript loader.
// Command modules are imported dynamically (src/cli/commandList.ts); esbuild keeps each one behind
// a lazy initialiser, so only the command that runs evaluates its code.

import { build } from "esbuild";
import { isBuiltin } from "node:module";
import { join } from "node:path";

export const REPOSITORY_ROOT = join(__dirname, "..", "..");

/** Where bin/c2c looks for the bundle; git-ignored, and apart from dist/, which webpack cleans. */
export const CLI_BUNDLE = join(REPOSITORY_ROOT, "dist-cli", "c2c.js");

export interface CliBundle {
  readonly bytes: number;
  /** The packages the bundle requires at run time (node: built-ins left out), sorted. */
  readonly packagesRequired: readonly string[];
}

/** "exceljs/lib/x" → "exceljs", "@scope/name/x" → "@scope/name"; null for Node's built-ins. */
function packageOf(specifier: string): string | null {
  if (specifier.startsWith("node:") || isBuiltin(specifier)) return null;
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
}

/**
 * Writes the bundle to `outfile`. The project's own code is bundled; its packages stay external,
 * required from node_modules at run time (they are dependencies, installed beside the bundle):
 * bundling them would make every start, `c2c --help` included, parse ExcelJS, JSZip, Ajv and the
 * CSV parser (3.4 MB instead of 0.6 MB) although only the command that runs needs them.
 */
export async function buildCliBundle(outfile: string = CLI_BUNDLE): Promise<CliBundle> {
  const result = await build({
    absWorkingDir: REPOSITORY_ROOT,
    entryPoints: [join(REPOSITORY_ROOT, "src", "cli", "main.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    metafile: true,
    logLevel: "warning",
    banner: {
      js: "// Built by scripts/buildCli.ts from src/cli (npm run build:cli); do not edit.",
    },
  });
  const outputs = Object.values(result.metafile.outputs);
  const packages = new Set(
    outputs
      .flatMap((output) => output.imports)
      .filter((imported) => imported.external)
      .map((imported) => packageOf(imported.path))
      .filter((name): name is string => name !== null),
  );
  return {
    bytes: outputs.reduce((total, output) => total + output.bytes, 0),
    packagesRequired: [...packages].sort(),
  };
}
