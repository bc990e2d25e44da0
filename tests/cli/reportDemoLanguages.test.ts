// The demo partnership's page in French and Spanish, as a user makes it (`c2c demo --lang fr`, then
// `c2c report … --html --lang fr|es`): no English sentence of the report's, the stakeholder notes'
// or the comparison's catalogue is left, nor an English indicator name or basis source that the
// language words otherwise; the English page of the same workbook shows them, so the check can fail.

import {
  CATALOGUE_ENGLISH,
  ENGLISH_FRAGMENTS,
  visibleText,
  wordedOtherwise,
} from "../engine/publish/englishLeftovers";
import { markupProblems } from "../engine/publish/htmlCheck";
import { c2c, tempFolder, type TempFolder } from "./cliHarness";

let folder: TempFolder;
let english = "";

beforeAll(async () => {
  folder = await tempFolder();
  const demo = await c2c("demo", "--out-dir", folder.path("demo"), "--lang", "fr");
  expect(demo.code).toBe(0);
  const page = await c2c("report", folder.path("demo/partnership.xlsx"), "--html", "--lang", "en");
  expect(page.code).toBe(0);
  english = visibleText(page.stdout);
}, 120_000);
afterAll(async () => {
  await folder.remove();
});

describe.each(["fr", "es"] as const)(
  "c2c report --html --lang %s of the French demo",
  (language) => {
    it("leaves no English sentence, indicator name or basis source", async () => {
      const page = await c2c(
        "report",
        folder.path("demo/partnership.xlsx"),
        "--html",
        "--lang",
        language,
      );
      expect(page.code).toBe(0);
      expect(markupProblems(page.stdout)).toEqual([]);
      const text = visibleText(page.stdout);
      expect(
        ENGLISH_FRAGMENTS.filter((fragment) => english.includes(fragment)).length,
      ).toBeGreaterThan(40);
      expect(ENGLISH_FRAGMENTS.filter((fragment) => text.includes(fragment))).toEqual([]);
      expect(
        CATALOGUE_ENGLISH.filter((entry) => english.includes(entry.english)).length,
      ).toBeGreaterThan(30);
      const left = wordedOtherwise(language).filter(
        (entry) => english.includes(entry.english) && text.includes(entry.english),
      );
      expect(left.map((entry) => entry.english)).toEqual([]);
    }, 60_000);
  },
);
