// The catalogue's version on its own, so a caller that only prints it (`c2c --help`, the
// provenance line) does not load and validate the whole catalogue to learn it.
import meta from "./meta.json";

export const CATALOGUE_VERSION: string = meta.version;
