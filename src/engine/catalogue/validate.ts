// Validates catalogue data against catalogue.schema.json (Ajv's default class: draft-07), then
// runs the cross-checks a schema cannot express. Invalid data throws CatalogueError: the catalogue
// ships with the product, so a bad one is a build mistake, never a user's input.
import Ajv from "ajv";
import schema from "./catalogue.schema.json";
import { CatalogueError } from "./catalogueError";
import { crossCheckCatalogue } from "./crossChecks";
import { describeSchemaErrors } from "./schemaErrors";
import type { Catalogue } from "./types";

// allErrors: report every problem at once, not only the first.
const ajv = new Ajv({ allErrors: true });
const matchesSchema = ajv.compile<Catalogue>(schema);

/** Returns `data` typed as a Catalogue, or throws CatalogueError listing every problem. */
export function validateCatalogue(data: unknown): Catalogue {
  if (!matchesSchema(data)) {
    throw new CatalogueError(describeSchemaErrors(data, matchesSchema.errors ?? []));
  }
  const problems = crossCheckCatalogue(data);
  if (problems.length > 0) throw new CatalogueError(problems);
  return data;
}
