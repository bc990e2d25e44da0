// `npm run build:cli` (also run by `npm run build` and on install, through `prepare`): bundles the
// headless runner into dist-cli/c2c.js, which bin/c2c runs. Needs only esbuild and the sources, not
// git: it runs on `npm ci` in any copy of the project.

import { relative } from "node:path";
import { buildCliBundle, CLI_BUNDLE, REPOSITORY_ROOT } from "./build/cliBundle";

buildCliBundle().then(
  ({ bytes, packagesRequired }) => {
    console.log(
      `${relative(REPOSITORY_ROOT, CLI_BUNDLE)}: ${(bytes / 1024).toFixed(0)} KiB, requires ${packagesRequired.join(", ")}`,
    );
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
