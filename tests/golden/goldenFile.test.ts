import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { actualPath, expectGolden, lineDiff } from "./goldenFile";

describe("golden file comparison", () => {
  const directory = mkdtempSync(path.join(tmpdir(), "c2c-golden-"));
  const expected = path.join(directory, "plan.txt");

  it("fails with the differing lines and leaves the generated text beside the expected file", () => {
    writeFileSync(expected, "a\nb\nc\n");
    expect(() => {
      expectGolden(expected, "a\nB\nc\n", "UPDATE_GOLDEN=1 npx jest x");
    }).toThrow(/- 2: b\n\+ 2: B[\s\S]*plan\.txt\.actual[\s\S]*UPDATE_GOLDEN=1 npx jest x/);
    expect(readFileSync(actualPath(expected), "utf8")).toBe("a\nB\nc\n");
  });

  it("passes on equal text and removes an .actual file an earlier failure left", () => {
    writeFileSync(expected, "same\n");
    writeFileSync(actualPath(expected), "older\n");
    expectGolden(expected, "same\n", "x");
    expect(existsSync(actualPath(expected))).toBe(false);
  });

  it("says a missing expected file is missing", () => {
    expect(() => {
      expectGolden(path.join(directory, "absent.txt"), "x\n", "x");
    }).toThrow(/absent\.txt is missing\. /);
  });

  it("diffs lines by longest common subsequence", () => {
    expect(lineDiff("a\nb\nc", "a\nc\nd")).toBe("- 2: b\n+ 3: d");
  });
});
