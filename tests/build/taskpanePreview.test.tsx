// The task pane as the build ships it, rendered to HTML in Node: where it runs (detectPaneHost), what
// it runs on (paneSetup: the real session over an empty in-memory workbook outside Office, the
// Office.js host inside Excel, with Excel's theme and a notice when Excel cannot open new workbooks).
import { renderToString } from "react-dom/server";
import { catalogue, CATALOGUE_VERSION } from "../../src/engine/catalogue";
import { App } from "../../src/taskpane/App";
import { FUNCTION_GUIDE } from "../../src/taskpane/functionGuide";
import { detectPaneHost } from "../../src/taskpane/paneHost";
import { NO_CREATE_WORKBOOK_NOTICE, paneSetup, type PaneSetup } from "../../src/taskpane/paneSetup";

function textOf(html: string): string {
  return html
    .replace(/<style[^>]*>[^<]*<\/style>/g, " ")
    .replace(/<!-- -->/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

function renderSetup(setup: PaneSetup): string {
  return renderToString(
    <App
      workflows={setup.workflows}
      dark={setup.dark}
      previewWorkbook={setup.previewWorkbook}
      notices={setup.notices}
      catalogueVersion={CATALOGUE_VERSION}
      principles={catalogue.principles}
      functions={FUNCTION_GUIDE}
    />,
  );
}

const officeGlobal = globalThis as { Office?: unknown };

afterEach(() => {
  delete officeGlobal.Office;
});

describe("the pane outside Office", () => {
  it("runs a preview session over an empty in-memory workbook, shown beside the pane", async () => {
    const setup = await paneSetup({ kind: "preview" });
    expect(setup.workflows.environment).toBe("preview");
    expect(setup.dark).toBe(false);
    expect(setup.notices).toEqual([]);
    expect(setup.previewWorkbook?.sheets).toEqual([]);
    await expect(setup.workflows.status()).resolves.toMatchObject({
      sheets: [],
      isAssessment: false,
      hasScoreboard: false,
    });

    const html = renderSetup(setup);
    const text = textOf(html);
    expect(text).toContain("C2C Scoreboard");
    expect(text).toContain("Preview outside Excel");
    expect(html).toContain('aria-label="Workbook preview"');
    expect(text).toContain("The workbook is empty");
    expect(text).toContain(`catalogue ${CATALOGUE_VERSION}`);
  });

  it("shows the sample's sheets in the preview once the session has loaded it", async () => {
    const setup = await paneSetup({ kind: "preview" });
    const written = await setup.workflows.loadSample(() => undefined);
    const names = written.sheets.map((sheet) => sheet.written);
    expect(names).toContain("Checklist");
    const html = renderSetup(setup);
    for (const name of names)
      expect(html).toMatch(new RegExp(`role="tab"[^>]*>(<[^>]+>)*${name}<`));
    expect(html).toContain('role="grid"');
  });
});

describe("the pane inside Excel", () => {
  function officeWith(requirements: (set: string, version: string) => boolean): void {
    officeGlobal.Office = { context: { requirements: { isSetSupported: requirements } } };
  }

  it("takes Office's dark theme and needs no notice when Excel can open new workbooks", async () => {
    officeWith(() => true);
    const setup = await paneSetup({ kind: "excel", darkTheme: true, displayLanguage: "en-US" });
    expect(setup.workflows.environment).toBe("excel");
    expect(setup.dark).toBe(true);
    expect(setup.previewWorkbook).toBeNull();
    expect(setup.notices).toEqual([]);
    const html = renderSetup(setup);
    expect(html).not.toContain("Preview outside Excel");
    expect(html).not.toContain("Workbook preview");
  });

  it("says in the pane when Excel lacks ExcelApi 1.8 (no Excel.createWorkbook)", async () => {
    const asked: string[] = [];
    officeWith((set, version) => {
      asked.push(`${set} ${version}`);
      return version !== "1.8";
    });
    const setup = await paneSetup({ kind: "excel", darkTheme: false, displayLanguage: "en-US" });
    expect(asked).toEqual(["ExcelApi 1.8"]);
    expect(setup.notices).toEqual([NO_CREATE_WORKBOOK_NOTICE]);
    expect(textOf(renderSetup(setup))).toContain(NO_CREATE_WORKBOOK_NOTICE);
  });
});

describe("detectPaneHost", () => {
  it("is a preview when office.js did not load", async () => {
    await expect(detectPaneHost()).resolves.toEqual({ kind: "preview" });
  });

  it("is a preview when Office.onReady reports no host (a plain browser)", async () => {
    officeGlobal.Office = {
      onReady: () => Promise.resolve({ host: null, platform: null }),
      HostType: { Excel: "Excel" },
    };
    await expect(detectPaneHost()).resolves.toEqual({ kind: "preview" });
  });

  it.each([
    [{ isDarkTheme: true }, true],
    [{ isDarkTheme: false }, false],
    [undefined, false],
  ])("is Excel with officeTheme %p → dark theme %p", async (officeTheme, darkTheme) => {
    officeGlobal.Office = {
      onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
      HostType: { Excel: "Excel" },
      context: { officeTheme, displayLanguage: "fr-FR" },
    };
    await expect(detectPaneHost()).resolves.toEqual({
      kind: "excel",
      darkTheme,
      displayLanguage: "fr-FR",
    });
  });
});

describe("the function guide the pane lists", () => {
  it("lists each function once, with a meaning of one sentence", () => {
    expect(new Set(FUNCTION_GUIDE.map((entry) => entry.id)).size).toBe(FUNCTION_GUIDE.length);
    for (const entry of FUNCTION_GUIDE) expect(entry.meaning).toMatch(/^[A-Z][^]*\.$/);
  });
});
