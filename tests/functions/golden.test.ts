import path from "node:path";
import { expectGolden } from "../golden/goldenFile";
import { generateMetadata, type Metadata } from "./metadataSource";

// functions.json is what Excel shows in its formula builder; any change to it shows up here in
// review (README, "Development"). To accept an intended change:
//   UPDATE_GOLDEN=1 npx jest tests/functions/golden
// then commit tests/golden/functions.json.

const GOLDEN = path.resolve(__dirname, "../golden/functions.json");

// Arguments that take a range (a table column or a block of cells): Excel passes them as a matrix.
const RANGE_PARAMETERS = new Set([
  "value",
  "worst",
  "end",
  "scores",
  "goals",
  "objectives",
  "values",
  "answers",
  "itemScores",
  "principles",
  "principleScores",
  "weights",
  "score",
  "limits",
  "years",
  "baseScore",
  "latestScore",
  "code",
  "field",
]);

// Excel's function dialog, like the XLL interface before it, cuts help text at 255 characters.
const HELP_TEXT_LIMIT = 255;

let metadata: Metadata;

beforeAll(async () => {
  ({ metadata } = await generateMetadata());
});

describe("generated functions.json", () => {
  it("matches the committed golden file", () => {
    expectGolden(
      GOLDEN,
      `${JSON.stringify(metadata, null, 4)}\n`,
      "UPDATE_GOLDEN=1 npx jest tests/functions/golden and commit tests/golden/functions.json",
    );
  });

  it("lets error cells reach the functions, so aggregates skip them", () => {
    expect(metadata.allowErrorForDataTypeAny).toBe(true);
  });

  it("describes every function with an example, within Excel's help-text limit", () => {
    for (const fn of metadata.functions) {
      expect(fn.description).toContain(`Example: =C2C.${fn.id}(`);
      expect(fn.description?.length).toBeLessThanOrEqual(HELP_TEXT_LIMIT);
    }
  });

  it("links every function to its section of the help page", () => {
    for (const fn of metadata.functions)
      expect(fn.helpUrl).toBe(`https://localhost:3000/help.html#c2c-${fn.id.toLowerCase()}`);
  });

  it("describes every parameter, within Excel's help-text limit", () => {
    for (const fn of metadata.functions) {
      for (const parameter of fn.parameters) {
        expect({
          fn: fn.id,
          parameter: parameter.name,
          described: (parameter.description ?? "").length > 20,
        }).toEqual({
          fn: fn.id,
          parameter: parameter.name,
          described: true,
        });
        expect(parameter.description?.length).toBeLessThanOrEqual(HELP_TEXT_LIMIT);
      }
    }
  });

  it("marks the criteria pairs as an optional repeating matrix argument", () => {
    const withCriteria = metadata.functions.filter((fn) =>
      fn.parameters.some((parameter) => parameter.name === "criteria"),
    );
    expect(withCriteria.map((fn) => fn.id)).toEqual([
      "GOALINDEX",
      "OBJECTIVEINDEX",
      "COVERAGE",
      "PROFILE",
    ]);
    for (const fn of withCriteria) {
      const criteria = fn.parameters[fn.parameters.length - 1];
      expect(criteria).toMatchObject({
        name: "criteria",
        repeating: true,
        optional: true,
        dimensionality: "matrix",
        type: "any",
      });
    }
  });

  it("takes every range argument as a matrix of any cell", () => {
    for (const fn of metadata.functions) {
      for (const parameter of fn.parameters) {
        if (!RANGE_PARAMETERS.has(parameter.name)) continue;
        expect({
          fn: fn.id,
          parameter: parameter.name,
          dimensionality: parameter.dimensionality,
          type: parameter.type,
        }).toEqual({
          fn: fn.id,
          parameter: parameter.name,
          dimensionality: "matrix",
          type: "any",
        });
      }
    }
  });

  it("spills a matrix from the scalar functions and PROFILE", () => {
    const spilling = metadata.functions
      .filter((fn) => fn.result.dimensionality === "matrix")
      .map((fn) => fn.id);
    expect(spilling).toEqual(["SCORE", "DISTANCE", "BAND", "PROGRESS", "INDICATOR", "PROFILE"]);
  });

  it("declares no streaming, cancelable or volatile function: every function is synchronous", () => {
    for (const fn of metadata.functions) expect(fn.options).toBeUndefined();
  });
});
