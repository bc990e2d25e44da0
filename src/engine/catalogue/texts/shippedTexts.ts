// The French and Spanish texts files as shipped. The build and tests/engine/catalogue.shipped.test.ts
// prove them valid (../checkShipped.ts); at run time they are read without validating them again
// (docs/decisions/0037-catalogue-check-at-build.md).
import es from "./es.json";
import fr from "./fr.json";

export const SHIPPED_TEXTS_DATA = { fr, es };
