import { readFile } from "node:fs/promises";
import { markupProblems } from "../engine/publish/htmlCheck";
import { c2c, tempFolder, type TempFolder } from "./cliHarness";

let folder: TempFolder;
beforeAll(async () => {
  folder = await tempFolder();
});
afterAll(async () => {
  await folder.remove();
});

describe("c2c demo writes the sample's published report", () => {
  it("writes DIR/report.html beside the workbooks, the same page c2c report --html makes from DIR/partnership.xlsx", async () => {
    const demo = await c2c("demo", "--out-dir", folder.path("out"));
    expect(demo.code).toBe(0);
    expect(demo.stdout).toContain(
      `${folder.path("out/report.html")}: the partnership's report to publish`,
    );
    const html = await readFile(folder.path("out/report.html"), "utf8");
    expect(markupProblems(html)).toEqual([]);
    expect(html).toContain("SAMPLE DATA");
    // The demo scores the sample in memory; the report command reads the workbook the demo wrote, with
    // the same clock and the same source path: the pages are the same, byte for byte.
    const report = await c2c("report", folder.path("out/partnership.xlsx"), "--html");
    expect(report.code).toBe(0);
    expect(report.stdout).toBe(html);
  }, 60_000);

  it("refuses to overwrite report.html without --force", async () => {
    const again = await c2c("demo", "--out-dir", folder.path("out"));
    expect(again.code).toBe(2);
  }, 60_000);
});
