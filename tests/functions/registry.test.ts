import "./customFunctionsRuntime";
import { readFileSync } from "node:fs";
import ts from "typescript";
import { parseTree } from "custom-functions-metadata";
import * as entry from "../../src/functions/functions";
import { FUNCTIONS, FUNCTION_IDS } from "../../src/functions/registry";
import { FUNCTIONS_ENTRY, generateMetadata } from "./metadataSource";

// Ids are permanent (README, "Functions"): workbooks store formulas by id.
const PERMANENT_IDS = [
  "SCORE",
  "DISTANCE",
  "GOALINDEX",
  "OBJECTIVEINDEX",
  "COVERAGE",
  "ITEMSCORE",
  "SPREAD",
  "CONSENSUS",
  "PRINCIPLE",
  "ALIGNMENT",
  "BAND",
  "TRENDCLASS",
  "PROGRESS",
  "INDICATOR",
  "PROFILE",
];

// Excel's own functions near ours in meaning. Microsoft's naming guidance for custom functions
// ("Naming guidelines", learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming) says
// not to reuse a built-in's name even under a namespace: users confuse =C2C.TREND with =TREND.
const EXCEL_BUILT_INS_NEAR_OURS = [
  "TREND",
  "GROWTH",
  "FORECAST",
  "RANK",
  "PERCENTRANK",
  "STANDARDIZE",
  "AVERAGE",
  "MEDIAN",
  "INDEX",
  "LOOKUP",
];

const source = readFileSync(FUNCTIONS_ENTRY, "utf8");
const parsed = parseTree(source, FUNCTIONS_ENTRY);

/** The body text of each top-level function declaration in functions.ts, by function name. */
function functionBodies(): Map<string, string> {
  const file = ts.createSourceFile(FUNCTIONS_ENTRY, source, ts.ScriptTarget.Latest, true);
  const bodies = new Map<string, string>();
  file.forEachChild((node) => {
    if (ts.isFunctionDeclaration(node) && node.name !== undefined && node.body !== undefined)
      bodies.set(node.name.text, node.body.getText(file));
  });
  return bodies;
}

describe("one registry, one entry file, one functions.json", () => {
  it("keeps every permanent id, and only those", () => {
    expect([...FUNCTION_IDS].sort()).toEqual([...PERMANENT_IDS].sort());
  });

  it("names no function after one of Excel's built-in functions", () => {
    expect(FUNCTION_IDS.filter((id) => EXCEL_BUILT_INS_NEAR_OURS.includes(id))).toEqual([]);
  });

  it("gives every registry entry a one-line meaning", () => {
    for (const id of FUNCTION_IDS) {
      expect(FUNCTIONS[id].meaning).toMatch(/^[A-Z].*\.$/);
      expect(FUNCTIONS[id].meaning).not.toContain("\n");
    }
  });

  it("annotates one function per registry id in functions.ts, without JSDoc errors", () => {
    expect(parsed.extras.flatMap((extra) => extra.errors)).toEqual([]);
    expect(parsed.functions.map((fn) => fn.id)).toEqual([...FUNCTION_IDS]);
  });

  it("forwards each annotated function to the registry entry of its own id", () => {
    const bodies = functionBodies();
    for (const { id, functionName } of parsed.associate) {
      expect(bodies.get(functionName)).toMatch(
        new RegExp(`^\\{\\s*return FUNCTIONS\\.${id}\\.run\\(`),
      );
      expect(typeof (entry as Record<string, unknown>)[functionName]).toBe("function");
    }
  });

  it("leaves the associate calls to the metadata plugin, which appends one per function", () => {
    // custom-functions-metadata-plugin's loader appends `CustomFunctions.associate("ID", fn)` for
    // every @customfunction; a call written here too would register each id twice.
    expect(source).not.toMatch(/^\s*CustomFunctions\.associate\s*\(/m);
    expect(parsed.associate.map((item) => item.id)).toEqual([...FUNCTION_IDS]);
  });

  it("lists the same ids in the generated functions.json", async () => {
    const { metadata, associate } = await generateMetadata();
    expect(metadata.functions.map((fn) => fn.id)).toEqual([...FUNCTION_IDS]);
    expect(metadata.functions.map((fn) => fn.name)).toEqual([...FUNCTION_IDS]);
    expect(associate.map((item) => item.id)).toEqual([...FUNCTION_IDS]);
  });
});
