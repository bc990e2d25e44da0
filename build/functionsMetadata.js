// Post-processing of the functions.json that custom-functions-metadata generates from the JSDoc.
// The generator has no JSDoc tag for `allowErrorForDataTypeAny`; without it Excel does not call a
// function whose `any`-typed range argument holds an error cell, so aggregates over a column with
// one #N/A would fail instead of skipping it (design.md, "Custom functions").
"use strict";

/**
 * @param {{ functions: unknown[] } & Record<string, unknown>} metadata parsed functions.json
 * @returns {Record<string, unknown>} the metadata Excel should load
 */
function postprocessFunctionsMetadata(metadata) {
  return { allowErrorForDataTypeAny: true, ...metadata };
}

module.exports = { postprocessFunctionsMetadata };
