// A static file server for the browser tests: one folder over http on 127.0.0.1 at a free port,
// GET/HEAD only, no directory listings, nothing outside the folder. It records every path asked
// for, so a test can say which requests the page made.

import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, resolve, sep } from "node:path";

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  /** The origin, e.g. http://127.0.0.1:41234 (no final slash). */
  readonly origin: string;
  /** Paths requested so far, in order, with their status. */
  readonly served: readonly { readonly path: string; readonly status: number }[];
  close(): Promise<void>;
}

/** The file under `root` a URL path names, or null when it would leave the folder. */
export function fileUnder(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const base = resolve(root);
  const file = resolve(base, `.${decoded.startsWith("/") ? decoded : `/${decoded}`}`);
  return file.startsWith(base + sep) ? file : null;
}

export async function serveDirectory(root: string): Promise<StaticServer> {
  const served: { path: string; status: number }[] = [];
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    const reply = (
      status: number,
      body: Buffer | string,
      type = "text/plain; charset=utf-8",
    ): void => {
      served.push({ path, status });
      response.writeHead(status, { "content-type": type, "cache-control": "no-store" });
      response.end(request.method === "HEAD" ? undefined : body);
    };
    if (request.method !== "GET" && request.method !== "HEAD") {
      reply(405, "GET only");
      return;
    }
    const file = fileUnder(root, path);
    if (file === null) {
      reply(404, "not found");
      return;
    }
    readFile(file).then(
      (content) => {
        reply(
          200,
          content,
          CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
        );
      },
      () => {
        reply(404, "not found");
      },
    );
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolveListen);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    served,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => {
          resolveClose();
        });
      }),
  };
}
