// Starts the two slow things a pane test needs at the same time — the production build served
// locally, and Chromium — and, when either fails, stops the other before reporting the failure,
// so no browser or server is left running to keep Jest (or a script) from exiting.

import type { Browser } from "playwright-core";
import { launchChromium } from "./chromium";
import { serveDist } from "./serveDist";
import type { StaticServer } from "./staticServer";

export interface BrowserAndDist {
  readonly browser: Browser;
  readonly server: StaticServer & { readonly dist: string };
}

export async function startBrowserAndDist(): Promise<BrowserAndDist> {
  const [served, launched] = await Promise.allSettled([serveDist(), launchChromium()]);
  if (served.status === "fulfilled" && launched.status === "fulfilled")
    return { browser: launched.value, server: served.value };
  if (served.status === "fulfilled") await served.value.close();
  if (launched.status === "fulfilled") await launched.value.close();
  const reasons = [served, launched].flatMap((result) =>
    result.status === "rejected" ? [result.reason as unknown] : [],
  );
  const message = reasons
    .map((reason) => (reason instanceof Error ? reason.message : String(reason)))
    .join("\n");
  throw new Error(message);
}
