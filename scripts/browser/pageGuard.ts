// What a page under test may do: load from the local server, and load office.js — whose CDN URL is
// answered from the npm copy (@microsoft/office-js/dist), so no test needs the network. Every
// other request is aborted and recorded, and so is every console error and uncaught page error;
// a test fails on any of them (`problems()` lists them in plain words).

import { existsSync, statSync } from "node:fs";
import { resolve, sep } from "node:path";
import type { BrowserContext, Page, Route } from "playwright-core";
import { OFFICE_JS_DIST } from "./repoPaths";

export const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";
const OFFICE_JS_HOSTED = "/lib/1/hosted/";

/**
 * Microsoft's telemetry frame. office.js (its o15apptofilemappingtable.js, loaded in every page)
 * adds this hidden iframe 3 seconds after it loads, inside Office and outside alike; the pane does
 * not ask for it and cannot turn it off. It is aborted like any other outside request — nothing
 * leaves the machine — but counted apart, so it does not fail a test.
 */
export const OFFICE_TELEMETRY_FRAME =
  "https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html";

export interface PageGuard {
  /** office.js files answered from the npm copy, as CDN paths under lib/1/hosted/. */
  readonly officeJsFiles: readonly string[];
  /** Requests aborted because they would have left the machine (office.js's telemetry frame excepted). */
  readonly blockedRequests: readonly string[];
  /** How many times office.js's telemetry frame was aborted. */
  readonly officeTelemetryAborted: number;
  readonly consoleErrors: readonly string[];
  readonly pageErrors: readonly string[];
  /** Watches a page's console and uncaught errors (requests are guarded for the whole context). */
  watch(page: Page): void;
  /** Everything that should fail a test, one plain sentence each; empty when the page behaved. */
  problems(): string[];
}

/** The npm copy of a CDN path under lib/1/hosted/, or null when the copy has no such file. */
export function officeJsFile(url: URL): string | null {
  if (url.origin !== OFFICE_JS_ORIGIN || !url.pathname.startsWith(OFFICE_JS_HOSTED)) return null;
  const base = resolve(OFFICE_JS_DIST);
  const file = resolve(base, `.${url.pathname.slice(OFFICE_JS_HOSTED.length - 1)}`);
  if (!file.startsWith(base + sep) || !existsSync(file) || !statSync(file).isFile()) return null;
  return file;
}

/** Guards every request of `context`: the local origin passes, office.js is served locally, the rest aborted. */
export async function guardContext(
  context: BrowserContext,
  localOrigin: string,
): Promise<PageGuard> {
  const officeJsFiles: string[] = [];
  const missingOfficeJsFiles: string[] = [];
  const blockedRequests: string[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  let telemetryAborted = 0;

  const handle = async (route: Route): Promise<void> => {
    const address = route.request().url();
    const url = new URL(address);
    if (url.origin === localOrigin) {
      await route.continue();
      return;
    }
    if (url.origin === OFFICE_JS_ORIGIN) {
      const file = officeJsFile(url);
      if (file !== null) {
        officeJsFiles.push(url.pathname.slice(OFFICE_JS_HOSTED.length));
        await route.fulfill({
          path: file,
          contentType: file.endsWith(".js") ? "text/javascript; charset=utf-8" : undefined,
        });
        return;
      }
      missingOfficeJsFiles.push(address);
      await route.fulfill({ status: 404, body: "not in @microsoft/office-js/dist" });
      return;
    }
    if (address === OFFICE_TELEMETRY_FRAME) telemetryAborted += 1;
    else blockedRequests.push(`${route.request().method()} ${address}`);
    await route.abort("blockedbyclient");
  };
  await context.route("**/*", handle);

  return {
    officeJsFiles,
    blockedRequests,
    get officeTelemetryAborted() {
      return telemetryAborted;
    },
    consoleErrors,
    pageErrors,
    watch(page) {
      page.on("console", (message) => {
        if (message.type() !== "error") return;
        const where = message.location();
        consoleErrors.push(
          `${message.text()}${where.url === "" ? "" : ` (${where.url}:${where.lineNumber})`}`,
        );
      });
      page.on("pageerror", (error) => {
        pageErrors.push(error.stack ?? error.message);
      });
    },
    problems() {
      return [
        ...blockedRequests.map(
          (request) => `the page asked for an outside address (aborted): ${request}`,
        ),
        ...missingOfficeJsFiles.map(
          (address) =>
            `office.js asked for ${address}, which @microsoft/office-js/dist does not have`,
        ),
        ...consoleErrors.map((text) => `console error: ${text}`),
        ...pageErrors.map((text) => `uncaught error in the page: ${text}`),
      ];
    },
  };
}
