import {
  FunctionsMetadataShapeError,
  helpAnchor,
  readFunctionsMetadata,
  renderHelpPage,
  signature,
} from "../../scripts/build/helpPage";

const metadata = readFunctionsMetadata({
  allowErrorForDataTypeAny: true,
  functions: [
    {
      id: "GOALINDEX",
      name: "GOALINDEX",
      description: "Goal index <0–100> & more",
      helpUrl: "https://localhost:3000/help.html#c2c-goalindex",
      parameters: [
        { name: "scores", description: "The scores.", dimensionality: "matrix", type: "any" },
        { name: "goal", description: "The goal." },
        { name: "criteria", description: "Pairs.", optional: true, repeating: true },
      ],
      result: {},
    },
    { id: "SPREAD", name: "SPREAD", parameters: [{ name: "answers" }] },
  ],
});

describe("readFunctionsMetadata", () => {
  it("keeps what the page needs", () => {
    expect(metadata.functions.map((entry) => [entry.id, entry.parameters.length])).toEqual([
      ["GOALINDEX", 3],
      ["SPREAD", 1],
    ]);
  });

  it.each([
    ["no functions list", {}],
    ["functions[0] has no id or name", { functions: [{ name: "X" }] }],
    [
      "functions[0].parameters is not a list",
      { functions: [{ id: "X", name: "X", parameters: {} }] },
    ],
    [
      "functions[0].parameters[0] has no name",
      { functions: [{ id: "X", name: "X", parameters: [{}] }] },
    ],
    [
      "functions[0].description is not a string",
      { functions: [{ id: "X", name: "X", description: 3 }] },
    ],
  ])("refuses metadata where %s", (message, value) => {
    expect(() => readFunctionsMetadata(value)).toThrow(FunctionsMetadataShapeError);
    expect(() => readFunctionsMetadata(value)).toThrow(message);
  });
});

describe("help page", () => {
  it("anchors a function at its helpUrl fragment, else at c2c-<id>", () => {
    expect(metadata.functions.map(helpAnchor)).toEqual(["c2c-goalindex", "c2c-spread"]);
  });

  it("writes calls as Excel's formula builder does", () => {
    expect(metadata.functions.map((entry) => signature("C2C", entry))).toEqual([
      "C2C.GOALINDEX(scores, goal, [criteria, …])",
      "C2C.SPREAD(answers)",
    ]);
  });

  it("has one escaped section per function, linked from the index", () => {
    const page = renderHelpPage(metadata, "C2C");
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('<section id="c2c-goalindex">');
    expect(page).toContain('<a href="#c2c-spread"><code>C2C.SPREAD</code></a>');
    expect(page).toContain("<p>Goal index &lt;0–100&gt; &amp; more</p>");
    expect(page).toContain("<dt><code>criteria (optional, repeating)</code></dt>");
    expect(page).not.toContain("<0–100>");
  });
});
