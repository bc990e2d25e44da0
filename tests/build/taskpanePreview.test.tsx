// The first task pane as the build ships it, rendered to HTML in Node: outside Office it is a
// preview, and it shows the product, the catalogue's principles and every function it is given.
import { renderToString } from "react-dom/server";
import { catalogue, CATALOGUE_VERSION } from "../../src/engine/catalogue";
import { App } from "../../src/taskpane/App";
import { FUNCTION_GUIDE } from "../../src/taskpane/functionGuide";
import { detectPaneHost } from "../../src/taskpane/paneHost";

function textOf(html: string): string {
  return html
    .replace(/<style[^>]*>[^<]*<\/style>/g, " ")
    .replace(/<!-- -->/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

describe("first task pane", () => {
  it("renders outside Excel as a preview with the product, the ten principles and the functions", () => {
    const text = textOf(renderToString(<App host={{ kind: "preview" }} catalogueVersion={CATALOGUE_VERSION} principles={catalogue.principles} functions={FUNCTION_GUIDE} />));
    expect(text).toContain("C2C Scoreboard");
    expect(text).toContain("Preview outside Excel");
    expect(text).toContain(`catalogue ${CATALOGUE_VERSION}`);
    expect(catalogue.principles).toHaveLength(10);
    expect(text).toContain("The 10 principles");
    for (const principle of catalogue.principles) expect(text).toContain(`${principle.name} ${principle.id} ${principle.asks}`);
    for (const entry of FUNCTION_GUIDE) expect(text).toContain(`=C2C.${entry.id}(${entry.argumentList})`);
  });

  it("in Excel it shows no preview notice", () => {
    const html = renderToString(<App host={{ kind: "excel", darkTheme: false }} catalogueVersion="test" principles={[]} functions={[]} />);
    expect(html).not.toContain("Preview outside Excel");
  });

  it("lists each function once, with a meaning of one sentence", () => {
    expect(new Set(FUNCTION_GUIDE.map((entry) => entry.id)).size).toBe(FUNCTION_GUIDE.length);
    for (const entry of FUNCTION_GUIDE) expect(entry.meaning).toMatch(/^[A-Z][^]*\.$/);
  });
});

describe("detectPaneHost", () => {
  const officeGlobal = globalThis as { Office?: unknown };

  afterEach(() => {
    delete officeGlobal.Office;
  });

  it("is a preview when office.js did not load", async () => {
    await expect(detectPaneHost()).resolves.toEqual({ kind: "preview" });
  });

  it("is a preview when Office.onReady reports no host (a plain browser)", async () => {
    officeGlobal.Office = { onReady: () => Promise.resolve({ host: null, platform: null }), HostType: { Excel: "Excel" } };
    await expect(detectPaneHost()).resolves.toEqual({ kind: "preview" });
  });

  it.each([
    [{ isDarkTheme: true }, true],
    [{ isDarkTheme: false }, false],
    [undefined, false],
  ])("is Excel with officeTheme %p → dark theme %p", async (officeTheme, darkTheme) => {
    officeGlobal.Office = { onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }), HostType: { Excel: "Excel" }, context: { officeTheme } };
    await expect(detectPaneHost()).resolves.toEqual({ kind: "excel", darkTheme });
  });
});
