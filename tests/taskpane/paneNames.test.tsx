// The pane as react-dom/server renders it before any call: every control the UI contract names
// (/work/notes/prompts/ui-contract.md) is there, with that accessible name, and in the preview the
// workbook beside it as sheet tabs and a grid of named cells.
import { renderToString } from "react-dom/server";
import { catalogue, CATALOGUE_VERSION } from "../../src/engine/catalogue";
import { MemoryWorkbook } from "../../src/host/memory/memoryWorkbook";
import { App, type AppProps } from "../../src/taskpane/App";
import { FUNCTION_GUIDE } from "../../src/taskpane/functionGuide";
import { fakeWorkflows } from "./fakeWorkflows";
import { buttonTexts, elementTexts, labelledControl, tagsWith, textOf } from "./ssrHtml";

const SECTIONS = [
  "Create",
  "Validate",
  "Scoreboard",
  "Compare",
  "Stakeholders",
  "Publish",
  "Actions",
  "Settings",
];

function render(props: Partial<AppProps> = {}): string {
  const { workflows } = fakeWorkflows({});
  return renderToString(
    <App
      workflows={workflows}
      dark={false}
      previewWorkbook={null}
      notices={[]}
      catalogueVersion={CATALOGUE_VERSION}
      principles={catalogue.principles}
      functions={FUNCTION_GUIDE}
      {...props}
    />,
  );
}

function sampleWorkbook(): MemoryWorkbook {
  return MemoryWorkbook.fromSheets({
    About: [
      ["Key", "Value"],
      ["Partnership name", "Lyon–Rabat"],
    ],
    Indicators: [
      ["Code", "Value"],
      ["11.6.2", 42.5],
      ["6.1.1", { formula: "=1/3", value: 1 / 3 }],
    ],
  });
}

describe("the pane's accessible names", () => {
  const html = render();

  it("has the section tabs, in order, in a tablist named for the add-in", () => {
    expect(tagsWith(html, "aria-label", "C2C Scoreboard sections")).toHaveLength(1);
    expect(tagsWith(html, "aria-label", "C2C Scoreboard sections")[0]).toMatch(/role="tablist"/);
    expect(elementTexts(html, "button", /role="tab"/)).toEqual(SECTIONS);
  });

  it("has every button the contract names", () => {
    const buttons = buttonTexts(html);
    for (const name of [
      "Load sample partnership",
      "Create assessment",
      "Import answers",
      "Check the workbook",
      "Refresh scoreboard",
      "Compare",
      "Show stakeholder view",
      "Values-only workbook",
      "HTML report",
      "CSV",
      "Open SDG CSV",
      "JSON",
      "Add action",
    ]) {
      expect({ name, present: buttons.includes(name) }).toEqual({ name, present: true });
    }
  });

  it.each([
    ["Partnership name", "input"],
    ["Partner cities", "input"],
    ["Countries", "input"],
    ["Years", "input"],
    ["Indicator list", "select"],
    ["Respondents", "textarea"],
    ["Answers file (CSV or .xlsx)", "input"],
    ["English", "input"],
    ["Français", "input"],
    ["Español", "input"],
    ["Weak principle or goal", "select"],
    ["Action", "textarea"],
    ["Owner", "input"],
    ["Due", "input"],
    ["Addresses stakeholder input", "input"],
  ])("labels %p on its %s", (label, control) => {
    expect(labelledControl(html, label)).toBe(control);
  });

  it("offers both indicator lists and takes the answers file as CSV or .xlsx", () => {
    expect(html).toMatch(/<option value="simplified"[^>]*>Simplified/);
    expect(html).toMatch(/<option value="long"[^>]*>Long/);
    expect(html).toMatch(/<input[^>]*type="file"[^>]*accept="\.csv,\.tsv,\.txt,\.xlsx,text\/csv,/);
  });

  it("gives each section a status region, shows no alert before a step fails, and shows the sections one at a time", () => {
    // One per section, and one more for the self-test under Settings.
    expect(html.match(/role="status"/g)).toHaveLength(SECTIONS.length + 1);
    expect(html).not.toContain('role="alert"');
    const panels = [...html.matchAll(/<div[^>]*role="tabpanel"[^>]*>/g)].map((match) => match[0]);
    expect(panels).toHaveLength(SECTIONS.length);
    expect(panels.filter((panel) => !/\bhidden=""/.test(panel))).toHaveLength(1);
  });

  it("keeps the principles and functions at the foot of the pane", () => {
    const text = textOf(html);
    expect(text).toContain("The 10 principles");
    for (const principle of catalogue.principles)
      expect(text).toContain(`${principle.name} ${principle.id} ${principle.asks}`);
    for (const entry of FUNCTION_GUIDE)
      expect(text).toContain(`=C2C.${entry.id}(${entry.argumentList})`);
  });
});

describe("the preview beside the pane", () => {
  it("shows the workbook's sheets as tabs and the first sheet as a grid of named cells", () => {
    const html = render({ previewWorkbook: sampleWorkbook() });
    expect(tagsWith(html, "aria-label", "Workbook preview")[0]).toMatch(/^<section/);
    expect(tagsWith(html, "aria-label", "Sheets")[0]).toMatch(/role="tablist"/);
    expect(elementTexts(html, "button", /role="tab"/).slice(SECTIONS.length)).toEqual([
      "About",
      "Indicators",
    ]);
    expect(tagsWith(html, "role", "grid")).toHaveLength(1);
    expect(elementTexts(html, "td", /aria-label="About!B2"/)).toEqual(["Lyon–Rabat"]);
    expect(tagsWith(html, "aria-label", "About!B2")[0]).toMatch(/role="gridcell"/);
    expect(textOf(html)).toContain("Preview outside Excel");
  });

  it("brings the selected cell's sheet to the front and marks the cell selected", async () => {
    const workbook = sampleWorkbook();
    await expect(workbook.selectRange("Indicators!B3")).resolves.toBe(true);
    const html = render({ previewWorkbook: workbook });
    expect(tagsWith(html, "aria-label", "Indicators!B3")[0]).toMatch(/aria-selected="true"/);
    expect(tagsWith(html, "aria-label", "Indicators!B2")[0]).toMatch(/aria-selected="false"/);
    // Shown as Excel's General format shows it: ten significant digits.
    expect(elementTexts(html, "td", /aria-label="Indicators!B3"/)).toEqual(["0.3333333333"]);
    expect(html).not.toContain('aria-label="About!A1"');
  });

  it("is not there inside Excel, where the notices about missing Excel features show instead", () => {
    const { workflows } = fakeWorkflows({}, "excel");
    const html = render({
      workflows,
      notices: ["This version of Excel cannot open a new workbook for an add-in."],
    });
    expect(html).not.toContain("Workbook preview");
    expect(html).not.toContain("Preview outside Excel");
    expect(textOf(html)).toContain(
      "This version of Excel cannot open a new workbook for an add-in.",
    );
  });
});
