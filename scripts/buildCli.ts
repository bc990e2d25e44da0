// `npm run build:cli` (also run by `npm run build` and on install, through `prepare`): proves the
// shipped catalogue valid (src/engine/catalogue/checkShipped.ts; the run time does not check it
// again, docs/decisions/0037-catalogue-check-at-build.md), then bundles the headless runner into
// dist-cli/c2c.js, which bin/c2c runs. Needs only esbuild and the sources, not git: it runs on
// `npm ci` in any copy of the project.

import { relative } from "node:path";
import { checkShippedCatalogue } from "../src/engine/catalogue/checkShipped";
import { buildCliBundle, CLI_BUNDLE, REPOSITORY_ROOT } from "./build/cliBundle";

async function buildCli(): Promise<string> {
  checkShippedCatalogue();
  const { bytes, packagesRequired } = await buildCliBundle();
  return `${relative(REPOSITORY_ROOT, CLI_BUNDLE)}: ${(bytes / 1024).toFixed(0)} KiB, requires ${packagesRequired.join(", ")}`;
}

buildCli().then(
  (summary) => {
    console.log(summary);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
