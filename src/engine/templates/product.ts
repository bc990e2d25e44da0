// The product's name and version, as the provenance line, the stamp and `c2c --version` print
// them; kept apart from the provenance line so printing the version loads nothing else.

import packageJson from "../../../package.json";

export const PRODUCT_NAME = "C2C Scoreboard";
export const PRODUCT_VERSION: string = packageJson.version;
