import { memoised } from "../../../src/engine/read/memoised";

describe("memoised", () => {
  it("works out each distinct text once, undefined answers included", () => {
    const asked: string[] = [];
    const lookUp = memoised((text) => {
      asked.push(text);
      return text === "none" ? undefined : text.toUpperCase();
    });
    expect(["a", "b", "a", "none", "none", "b"].map(lookUp)).toEqual([
      "A",
      "B",
      "A",
      undefined,
      undefined,
      "B",
    ]);
    expect(asked).toEqual(["a", "b", "none"]);
  });

  it("still answers correctly once more texts than it remembers have been asked", () => {
    const lookUp = memoised((text) => `${text}!`);
    for (let index = 0; index < 10_000; index++) expect(lookUp(String(index))).toBe(`${index}!`);
    expect(lookUp("0")).toBe("0!");
  });
});
