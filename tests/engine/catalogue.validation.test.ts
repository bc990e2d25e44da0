// validateCatalogue: the schema and the cross-checks reject a corrupted catalogue with a message
// that names the bad field, by the element's id where it has one.
import { CatalogueError, catalogue } from "../../src/engine/catalogue";
import { validateCatalogue } from "../../src/engine/catalogue/validate";

type Row = Record<string, unknown>;
interface Draft {
  [part: string]: unknown;
  principles: Row[];
  items: Row[];
  goals: Row[];
  objectives: Row[];
  dacLens: Row[];
  indicators: Row[];
}

/** A mutable deep copy of the bundled catalogue. */
function draft(): Draft {
  return JSON.parse(JSON.stringify(catalogue)) as Draft;
}

function indicatorAt(data: Draft, id: string): { row: Row; index: number } {
  const index = data.indicators.findIndex((row) => row["id"] === id);
  return { row: data.indicators[index]!, index };
}

/** The problems CatalogueError lists for `data`; fails the test when nothing is thrown. */
function problemsOf(data: unknown): readonly string[] {
  try {
    validateCatalogue(data);
  } catch (error) {
    if (error instanceof CatalogueError) return error.problems;
    throw error;
  }
  throw new Error("validateCatalogue accepted corrupted data");
}

describe("validateCatalogue on good data", () => {
  it("accepts the bundled catalogue and returns it unchanged", () => {
    const copy = draft();
    expect(validateCatalogue(copy)).toBe(copy);
    expect(copy).toEqual(catalogue);
  });
});

describe("schema errors name the bad field", () => {
  it("a wrong polarity", () => {
    const data = draft();
    const { row, index } = indicatorAt(data, "11.6.2");
    row["polarity"] = "up";
    expect(problemsOf(data)).toEqual([
      `indicators[${index}] (11.6.2).polarity: must be one of "higher", "lower"`,
    ]);
  });

  it("a missing unit", () => {
    const data = draft();
    const { row, index } = indicatorAt(data, "C2C-FIN");
    delete row["unit"];
    expect(problemsOf(data)).toEqual([`indicators[${index}] (C2C-FIN).unit: is missing`]);
  });

  it("a non-finite worst value (JSON has none, but a JavaScript caller can pass one)", () => {
    const data = draft();
    const { row, index } = indicatorAt(data, "11.6.2");
    row["worst"] = Number.NaN;
    expect(problemsOf(data).join("\n")).toContain(`indicators[${index}] (11.6.2).worst`);
  });

  it("an absolute end value with a factor instead of a value", () => {
    const data = draft();
    const { row, index } = indicatorAt(data, "11.6.2");
    row["end"] = { kind: "absolute", factor: 0.5 };
    expect(problemsOf(data)).toEqual([
      `indicators[${index}] (11.6.2).end.value: is missing`,
      `indicators[${index}] (11.6.2).end.factor: is not allowed here`,
    ]);
  });

  it.each([0, 1, 1.5, -0.5])("a relative factor of %p, outside (0, 1)", (factor) => {
    const data = draft();
    const { row, index } = indicatorAt(data, "1.2.1");
    row["end"] = { kind: "relative-to-baseline", factor };
    expect(problemsOf(data).join("\n")).toContain(`indicators[${index}] (1.2.1).end.factor`);
  });

  it("a standard basis that does not name its source", () => {
    const data = draft();
    const { row, index } = indicatorAt(data, "11.6.2");
    row["endBasis"] = { kind: "international standard" };
    expect(problemsOf(data)).toEqual([`indicators[${index}] (11.6.2).endBasis.source: is missing`]);
  });

  it("an unknown basis kind", () => {
    const data = draft();
    const { row, index } = indicatorAt(data, "8.5.2");
    row["worstBasis"] = { kind: "guess" };
    expect(problemsOf(data).join("\n")).toContain(
      `indicators[${index}] (8.5.2).worstBasis.kind: must be one of`,
    );
  });

  it("a goal colour that is not #RRGGBB", () => {
    const data = draft();
    data.goals[10]!["colour"] = "orange";
    expect(problemsOf(data)).toEqual([
      'goals[10] (goal 11).colour: must match pattern "^#[0-9A-F]{6}$"',
    ]);
  });

  it("a goal number outside 1–17", () => {
    const data = draft();
    data.goals[16]!["goal"] = 18;
    expect(problemsOf(data).join("\n")).toContain("goals[16] (goal 18).goal: must be <= 17");
  });

  it("an unknown field at the top", () => {
    const data = draft();
    data["colours"] = [];
    expect(problemsOf(data)).toEqual(["colours: is not an allowed field"]);
  });

  it("a missing part", () => {
    const data = draft();
    delete data["answerScale"];
    expect(problemsOf(data)).toEqual(["answerScale: is missing"]);
  });

  it("an answer level off the 1–5 scale", () => {
    const data = draft();
    (data["answerScale"] as { levels: Row[] }).levels[4]!["value"] = 6;
    expect(problemsOf(data).join("\n")).toContain(
      "answerScale.levels[4].value: must be one of 1, 2, 3, 4, 5",
    );
  });

  it("lists every problem at once", () => {
    const data = draft();
    indicatorAt(data, "11.6.2").row["polarity"] = "up";
    indicatorAt(data, "11.1.1").row["objective"] = "XYZ";
    data.items[0]!["text"] = "";
    expect(problemsOf(data)).toHaveLength(3);
  });

  it.each([null, undefined, 42, "catalogue", [], {}])("rejects %p as a whole", (data) => {
    expect(problemsOf(data).length).toBeGreaterThan(0);
  });
});

describe("cross-checks a schema cannot express", () => {
  it("a duplicated indicator id", () => {
    const data = draft();
    indicatorAt(data, "11.6.1").row["id"] = "11.6.2";
    expect(problemsOf(data)).toEqual(["indicators: id 11.6.2 appears more than once"]);
  });

  it("an indicator id in the wrong case (lookups ignore case, so the data keeps one spelling)", () => {
    const data = draft();
    const { row, index } = indicatorAt(data, "C2C-FIN");
    row["id"] = "c2c-fin";
    expect(problemsOf(data).join("\n")).toContain(
      `indicators[${index}] (c2c-fin).id: must match pattern`,
    );
  });

  it("a duplicated checklist item", () => {
    const data = draft();
    data.items[1]!["id"] = "TA1";
    expect(problemsOf(data)).toEqual(["items: id TA1 appears more than once"]);
  });

  it("an item filed under a principle its id does not carry", () => {
    const data = draft();
    data.items[0]!["principle"] = "MLG";
    expect(problemsOf(data)).toEqual(["items (TA1).id: does not start with its principle MLG"]);
  });

  it("a principle that items and the DAC lens refer to but the list lacks", () => {
    const data = draft();
    data.principles = data.principles.filter((p) => p["id"] !== "DIG");
    const problems = problemsOf(data);
    expect(problems).toContain("items (DIG1).principle: DIG is not a listed principle");
    expect(problems).toContain("dacLens (efficiency).principles: DIG is not a listed principle");
  });

  it("an objective that indicators refer to but the list lacks", () => {
    const data = draft();
    data.objectives = data.objectives.filter((o) => o["id"] !== "PRO");
    expect(problemsOf(data)).toContain(
      "indicators (7.1.1).objective: PRO is not a listed objective",
    );
  });

  it("a missing goal", () => {
    const data = draft();
    data.goals = data.goals.filter((g) => g["goal"] !== 14);
    const problems = problemsOf(data);
    expect(problems).toContain("goals: goal 14 is missing");
    expect(problems).toContain("indicators (14.5.1).goal: 14 is not a listed goal");
  });

  it("a target of another goal", () => {
    const data = draft();
    indicatorAt(data, "11.6.2").row["goal"] = 3;
    expect(problemsOf(data)).toEqual([
      "indicators (11.6.2).target: 11.6 is not a target of goal 3",
    ]);
  });

  it("a UN code that does not start with its target", () => {
    const data = draft();
    indicatorAt(data, "11.6.2").row["target"] = "11.7";
    expect(problemsOf(data)).toEqual([
      "indicators (11.6.2).id: does not start with its target 11.7",
    ]);
  });

  it.each([
    [
      "11.6.2",
      "higher",
      'indicators (11.6.2).end: 5 is not better than worst 50 for polarity "higher"',
    ],
    [
      "17.8.1",
      "lower",
      'indicators (17.8.1).end: 100 is not better than worst 0 for polarity "lower"',
    ],
    ["1.2.1", "higher", 'indicators (1.2.1).end: a relative end value needs polarity "lower"'],
  ])("%s with polarity %s runs backwards", (id, polarity, message) => {
    const data = draft();
    indicatorAt(data, id).row["polarity"] = polarity;
    expect(problemsOf(data)).toEqual([message]);
  });

  it("an end value equal to the worst value (the score would divide by zero)", () => {
    const data = draft();
    indicatorAt(data, "11.6.2").row["worst"] = 5;
    expect(problemsOf(data)).toEqual([
      'indicators (11.6.2).end: 5 is not better than worst 5 for polarity "lower"',
    ]);
  });
});

describe("CatalogueError", () => {
  it("is a named Error whose message lists the problems", () => {
    const error = new CatalogueError(["a: is missing", "b: is not an allowed field"]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("CatalogueError");
    expect(error.problems).toEqual(["a: is missing", "b: is not an allowed field"]);
    expect(error.message).toBe(
      "The framework catalogue is invalid (2 problems):\n- a: is missing\n- b: is not an allowed field",
    );
  });

  it("says 1 problem in the singular", () => {
    expect(new CatalogueError(["a: is missing"]).message).toBe(
      "The framework catalogue is invalid (1 problem):\n- a: is missing",
    );
  });
});
