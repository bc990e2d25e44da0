// The catalogue's JSON files as shipped, assembled into one object. The build (scripts/buildCli.ts)
// and tests/engine/catalogue.shipped.test.ts prove it valid (checkShipped.ts); at run time it is
// read as a Catalogue without validating it again (docs/decisions/0037-catalogue-check-at-build.md).
import answerScale from "./answerScale.json";
import items from "./checklist.json";
import dacLens from "./dacLens.json";
import goals from "./goals.json";
import indicators from "./indicators.json";
import objectives from "./objectives.json";
import principles from "./principles.json";
import { CATALOGUE_VERSION } from "./version";

export const SHIPPED_CATALOGUE_DATA = {
  version: CATALOGUE_VERSION,
  principles,
  items,
  answerScale,
  goals,
  objectives,
  dacLens,
  indicators,
};
