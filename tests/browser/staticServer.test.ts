// The browser tests' file server (scripts/browser/staticServer.ts) and office.js routing
// (scripts/browser/pageGuard.ts) serve files from their own folder only, and say what was asked.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { officeJsFile } from "../../scripts/browser/pageGuard";
import { OFFICE_JS_DIST } from "../../scripts/browser/repoPaths";
import { fileUnder, serveDirectory } from "../../scripts/browser/staticServer";

const TEST_TIMEOUT_MS = 10_000;

describe("fileUnder", () => {
  it("maps a URL path into the folder and refuses one that climbs out of it", () => {
    expect(fileUnder("/srv/dist", "/taskpane.html")).toBe("/srv/dist/taskpane.html");
    expect(fileUnder("/srv/dist", "/assets/icon%2D16.png")).toBe("/srv/dist/assets/icon-16.png");
    expect(fileUnder("/srv/dist", "/../etc/passwd")).toBeNull();
    expect(fileUnder("/srv/dist", "/%2e%2e/etc/passwd")).toBeNull();
    expect(fileUnder("/srv/dist", "/%E0%A4%A")).toBeNull();
    expect(fileUnder("/srv/dist", "/")).toBeNull();
  });
});

describe("officeJsFile", () => {
  it("answers the CDN's office.js and its neighbours from the npm copy, nothing else", () => {
    expect(
      officeJsFile(new URL("https://appsforoffice.microsoft.com/lib/1/hosted/office.js")),
    ).toBe(join(OFFICE_JS_DIST, "office.js"));
    expect(
      officeJsFile(
        new URL("https://appsforoffice.microsoft.com/lib/1/hosted/en-us/office_strings.js"),
      ),
    ).toBe(join(OFFICE_JS_DIST, "en-us", "office_strings.js"));
    expect(
      officeJsFile(new URL("https://appsforoffice.microsoft.com/lib/1/hosted/no-such-file.js")),
    ).toBeNull();
    expect(
      officeJsFile(
        new URL("https://appsforoffice.microsoft.com/lib/1/hosted/../../../package.json"),
      ),
    ).toBeNull();
    expect(
      officeJsFile(new URL("https://appsforoffice.microsoft.com/lib/1/hosted/en-us")),
    ).toBeNull();
    expect(officeJsFile(new URL("https://example.org/lib/1/hosted/office.js"))).toBeNull();
  });
});

describe("serveDirectory", () => {
  let directory = "";

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), "c2c-static-"));
    writeFileSync(join(directory, "page.html"), "<p>hello</p>");
  });

  afterEach(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it(
    "serves the folder's files on 127.0.0.1 with their type, 404 otherwise, and records each request",
    async () => {
      const server = await serveDirectory(directory);
      try {
        expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
        const page = await fetch(`${server.origin}/page.html`);
        expect({
          status: page.status,
          type: page.headers.get("content-type"),
          body: await page.text(),
        }).toEqual({
          status: 200,
          type: "text/html; charset=utf-8",
          body: "<p>hello</p>",
        });
        const missing = await fetch(`${server.origin}/missing.js`);
        expect(missing.status).toBe(404);
        const posted = await fetch(`${server.origin}/page.html`, { method: "POST", body: "x" });
        expect(posted.status).toBe(405);
        expect(server.served).toEqual([
          { path: "/page.html", status: 200 },
          { path: "/missing.js", status: 404 },
          { path: "/page.html", status: 405 },
        ]);
      } finally {
        await server.close();
      }
    },
    TEST_TIMEOUT_MS,
  );
});
