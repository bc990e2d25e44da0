// The product's name and version, apart from the provenance line so that the CLI's startup (its
// --help and --version) loads nothing else of the engine.

import packageJson from "../../../package.json";

export const PRODUCT_NAME = "C2C Scoreboard";
export const PRODUCT_VERSION: string = packageJson.version;
