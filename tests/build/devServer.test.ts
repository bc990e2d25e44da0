// `npm start` without Excel: webpack-dev-server started as `npm start` starts it, on a free port,
// with a certificate authority and a localhost certificate made on the fly by mkcert (the library
// office-addin-dev-certs builds its certificate with; no sudo, no certificate store), and the
// add-in's files fetched over https trusting only that authority.

import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { get } from "node:https";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createCA, createCert } from "mkcert";
import {
  certificateFromFiles,
  DEFAULT_DEV_PORT,
  devServerConfig,
  devServerPort,
} from "../../scripts/build/devServer";

const ROOT = path.resolve(__dirname, "../..");
// A development build on a loaded 2-core machine; the server answers once it is done.
const START_TIMEOUT_MS = 300_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

function fetchOverHttps(
  url: string,
  ca: string,
): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const request = get(url, { ca }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        resolve({
          status: response.statusCode ?? 0,
          type: response.headers["content-type"] ?? "",
          body: Buffer.concat(chunks).toString("utf8"),
        });
      });
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}

async function waitForServer(url: string, ca: string, server: ChildProcess, log: () => string) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (server.exitCode !== null)
      throw new Error(`npm start ended with code ${server.exitCode}:\n${log()}`);
    try {
      const response = await fetchOverHttps(url, ca);
      if (response.status === 200) return;
    } catch {
      // Not listening yet, or still building.
    }
    if (Date.now() > deadline) throw new Error(`no answer from ${url}:\n${log()}`);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

describe("the https development server's settings", () => {
  it("listens on 3000 unless C2C_DEV_PORT says otherwise, and refuses a port that is not one", () => {
    expect(devServerPort({})).toBe(DEFAULT_DEV_PORT);
    expect(devServerPort({ C2C_DEV_PORT: "3443" })).toBe(3443);
    expect(() => devServerPort({ C2C_DEV_PORT: "https" })).toThrow(/C2C_DEV_PORT/);
  });

  it("takes a certificate from files only with its key", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "c2c-cert-"));
    try {
      writeFileSync(path.join(folder, "cert.pem"), "CERT");
      writeFileSync(path.join(folder, "key.pem"), "KEY");
      expect(certificateFromFiles({})).toBeNull();
      expect(() => certificateFromFiles({ C2C_DEV_CERT: path.join(folder, "cert.pem") })).toThrow(
        /C2C_DEV_KEY/,
      );
      const config = await devServerConfig({
        C2C_DEV_CERT: path.join(folder, "cert.pem"),
        C2C_DEV_KEY: path.join(folder, "key.pem"),
      });
      expect(config.server.type).toBe("https");
      expect(String(config.server.options.cert)).toBe("CERT");
      expect(config.port).toBe(3000);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe("npm start", () => {
  let server: ChildProcess | undefined;
  let folder: string | undefined;

  afterAll(() => {
    // The server runs in its own process group: end it and the workers webpack started.
    if (server?.pid !== undefined && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
    if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
  });

  it(
    "serves taskpane.html, functions.json and manifest.xml over https with the given certificate",
    async () => {
      folder = mkdtempSync(path.join(tmpdir(), "c2c-devserver-"));
      const ca = await createCA({
        organization: "C2C Scoreboard test CA",
        countryCode: "NO",
        state: "Oslo",
        locality: "Oslo",
        validity: 1,
      });
      const certificate = await createCert({
        ca,
        domains: ["localhost", "127.0.0.1"],
        validity: 1,
      });
      const files = {
        C2C_DEV_CERT: path.join(folder, "localhost.crt"),
        C2C_DEV_KEY: path.join(folder, "localhost.key"),
        C2C_DEV_CA: path.join(folder, "ca.crt"),
      };
      writeFileSync(files.C2C_DEV_CERT, certificate.cert);
      writeFileSync(files.C2C_DEV_KEY, certificate.key);
      writeFileSync(files.C2C_DEV_CA, ca.cert);
      const port = await freePort();
      let output = "";
      server = spawn(
        process.execPath,
        [path.join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "serve", "--mode", "development"],
        {
          cwd: ROOT,
          detached: true,
          env: { ...process.env, ...files, C2C_DEV_PORT: String(port) },
          stdio: ["ignore", "pipe", "pipe"],
        },
      );
      server.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
      server.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
      const origin = `https://localhost:${port}`;
      await waitForServer(`${origin}/taskpane.html`, ca.cert, server, () => output.slice(-4000));

      const pane = await fetchOverHttps(`${origin}/taskpane.html`, ca.cert);
      expect(pane.type).toContain("text/html");
      expect(pane.body).toContain('id="root"');
      expect(pane.body).toContain("taskpane.js");

      const metadata = await fetchOverHttps(`${origin}/functions.json`, ca.cert);
      expect(metadata.status).toBe(200);
      const functions = (JSON.parse(metadata.body) as { functions: { id: string }[] }).functions;
      expect(functions.map((fn) => fn.id)).toContain("SCORE");

      const manifest = await fetchOverHttps(`${origin}/manifest.xml`, ca.cert);
      expect(manifest.status).toBe(200);
      expect(manifest.body).toContain("<OfficeApp");
      expect(manifest.body).toContain("https://localhost:3000/taskpane.html");

      // Trusting only the test's authority: a client that trusts none refuses the server.
      await expect(
        new Promise((resolve, reject) => {
          get(`${origin}/taskpane.html`, resolve).on("error", reject);
        }),
      ).rejects.toThrow(/certificate/i);
    },
    START_TIMEOUT_MS + 60_000,
  );
});
