// The catalogue's shape and lookups: counts and order from docs/method.md §2–5.
import {
  CATALOGUE_VERSION,
  catalogue,
  findGoal,
  findIndicator,
  indicatorsInList,
  itemsOfPrinciple,
} from "../../src/engine/catalogue";
import type { PrincipleId } from "../../src/engine/catalogue/types";

describe("catalogue version", () => {
  it("is 2026.1 and stamped on the catalogue", () => {
    expect(CATALOGUE_VERSION).toBe("2026.1");
    expect(catalogue.version).toBe(CATALOGUE_VERSION);
  });
});

describe("principles", () => {
  it("are the ten G20 Rome principles in the report's order", () => {
    expect(catalogue.principles.map((p) => p.id)).toEqual([
      "TA",
      "MLG",
      "URL",
      "DATA",
      "ME",
      "P2P",
      "CAP",
      "STK",
      "FIN",
      "DIG",
    ]);
  });

  it.each([
    ["TA", "Territorial approach"],
    ["MLG", "Multi-level governance"],
    ["URL", "Urban-rural linkages"],
    ["DATA", "Data"],
    ["ME", "Monitoring and evaluation"],
    ["P2P", "Peer-to-peer learning"],
    ["CAP", "Capacity development"],
    ["STK", "Stakeholder engagement"],
    ["FIN", "Financing"],
    ["DIG", "Digitalisation"],
  ])("%s is named %s and says what it asks", (id, name) => {
    const principle = catalogue.principles.find((p) => p.id === id);
    expect(principle?.name).toBe(name);
    expect(principle?.asks.length).toBeGreaterThan(10);
  });
});

describe("checklist items", () => {
  it("number 57", () => {
    expect(catalogue.items).toHaveLength(57);
  });

  it.each<[PrincipleId, number]>([
    ["TA", 6],
    ["MLG", 6],
    ["URL", 5],
    ["DATA", 6],
    ["ME", 7],
    ["P2P", 5],
    ["CAP", 5],
    ["STK", 6],
    ["FIN", 6],
    ["DIG", 5],
  ])("%s has %i items, numbered 1… in order", (principle, count) => {
    const items = itemsOfPrinciple(principle);
    expect(items.map((item) => item.id)).toEqual(
      Array.from({ length: count }, (_, i) => `${principle}${i + 1}`),
    );
    expect(items.every((item) => item.principle === principle)).toBe(true);
  });

  it("follow the principles' order", () => {
    const order = catalogue.principles.map((p) => p.id);
    const positions = catalogue.items.map((item) => order.indexOf(item.principle));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("have unique ids", () => {
    const ids = catalogue.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([
    [
      "TA1",
      "addresses concrete local challenges of the partner cities (mobility, housing, gender equality, water, waste, air…)",
    ],
    [
      "TA6",
      "sets joint priorities from priority SDGs and both partners' competencies; both partners benefit (reciprocity, proximity)",
    ],
    [
      "MLG2",
      "strengthens vertical co-ordination with regional and national government (incl. VNR/VLR processes)",
    ],
    [
      "ME2",
      "M&E follows the DAC criteria (relevance, coherence, effectiveness, efficiency, impact, sustainability)",
    ],
    [
      "FIN4",
      "blended finance (pooled financing, guarantees) is explored, following the DAC principles",
    ],
    ["DIG5", "digital solutions improve urban services for citizens"],
  ])("%s reads exactly as docs/method.md §3", (id, text) => {
    expect(catalogue.items.find((item) => item.id === id)?.text).toBe(text);
  });
});

describe("answer scale", () => {
  it("is 1–5 with the rule's labels, plus n/a and ?", () => {
    expect(catalogue.answerScale.levels).toEqual([
      { value: 1, label: "Not in place" },
      { value: 2, label: "Planned or early stage" },
      { value: 3, label: "Partly in place" },
      { value: 4, label: "Largely in place" },
      { value: 5, label: "Fully in place and reviewed" },
    ]);
    expect(catalogue.answerScale.notApplicable).toBe("n/a");
    expect(catalogue.answerScale.dontKnow).toBe("?");
  });
});

describe("goals", () => {
  it("are the 17 SDGs in order", () => {
    expect(catalogue.goals.map((g) => g.goal)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
  });

  it.each([
    [1, "No Poverty", "#E5243B"],
    [6, "Clean Water and Sanitation", "#26BDE2"],
    [11, "Sustainable Cities and Communities", "#FD9D24"],
    [13, "Climate Action", "#3F7E44"],
    [17, "Partnerships for the Goals", "#19486A"],
  ])("goal %i is %s in the UN colour %s", (goal, name, colour) => {
    expect(findGoal(goal)).toEqual({ goal, name, colour });
  });

  it("have 17 distinct #RRGGBB colours", () => {
    const colours = catalogue.goals.map((g) => g.colour);
    expect(colours.every((c) => /^#[0-9A-F]{6}$/.test(c))).toBe(true);
    expect(new Set(colours).size).toBe(17);
  });

  it.each([0, 18, 2.5, Number.NaN])("findGoal(%p) is undefined", (goal) => {
    expect(findGoal(goal)).toBeUndefined();
  });
});

describe("EC objectives", () => {
  it("are GOV, INC, GRN, PRO", () => {
    expect(catalogue.objectives).toEqual([
      { id: "GOV", name: "Urban governance" },
      { id: "INC", name: "Social inclusiveness" },
      { id: "GRN", name: "Resilience and greening" },
      { id: "PRO", name: "Prosperity and innovation" },
    ]);
  });
});

describe("DAC lens", () => {
  it("maps the six criteria as docs/method.md §5 says", () => {
    expect(catalogue.dacLens).toEqual([
      { criterion: "relevance", principles: ["TA", "STK"], goalIndices: false },
      { criterion: "coherence", principles: ["MLG", "URL"], goalIndices: false },
      { criterion: "effectiveness", principles: ["DATA", "ME"], goalIndices: false },
      { criterion: "efficiency", principles: ["FIN", "DIG"], goalIndices: false },
      { criterion: "impact", principles: [], goalIndices: true },
      { criterion: "sustainability", principles: ["CAP", "P2P", "FIN"], goalIndices: false },
    ]);
  });
});

describe("indicator lookups", () => {
  it("has exactly 24 simplified and at least 80 long indicators", () => {
    expect(indicatorsInList("simplified")).toHaveLength(24);
    expect(indicatorsInList("long").length).toBeGreaterThanOrEqual(80);
  });

  it("puts every simplified indicator in the long list too", () => {
    const long = new Set(indicatorsInList("long").map((i) => i.id));
    expect(indicatorsInList("simplified").every((i) => long.has(i.id))).toBe(true);
    expect(indicatorsInList("long")).toHaveLength(catalogue.indicators.length);
  });

  it.each([" 11.6.2", "11.6.2 ", "C2C-FIN", "c2c-fin", "11.B.2", " 17.1.l "])(
    "findIndicator(%p) trims and ignores case",
    (id) => {
      expect(findIndicator(id)?.id.toLowerCase()).toBe(id.trim().toLowerCase());
    },
  );

  it.each(["", "11.6", "99.9.9", "C2C", "11.6.2x"])("findIndicator(%p) is undefined", (id) => {
    expect(findIndicator(id)).toBeUndefined();
  });

  it("returns the catalogue's own objects", () => {
    expect(findIndicator("11.6.2")).toBe(catalogue.indicators.find((i) => i.id === "11.6.2"));
  });
});

describe("immutability", () => {
  it("freezes the catalogue deeply, so no caller can change another's numbers", () => {
    const pm25 = findIndicator("11.6.2");
    expect(Object.isFrozen(catalogue)).toBe(true);
    expect(Object.isFrozen(catalogue.indicators)).toBe(true);
    expect(Object.isFrozen(pm25)).toBe(true);
    expect(Object.isFrozen(pm25?.end)).toBe(true);
    expect(Object.isFrozen(indicatorsInList("simplified"))).toBe(true);
    expect(Object.isFrozen(itemsOfPrinciple("TA"))).toBe(true);
  });
});
