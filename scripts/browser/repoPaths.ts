// Where the browser tests find the repository, office.js's npm copy, and where they leave artifacts.

import { mkdirSync } from "node:fs";
import { join } from "node:path";

export const REPO_ROOT = join(__dirname, "..", "..");

/** The npm copy of Microsoft's office.js CDN folder (lib/1/hosted/). */
export const OFFICE_JS_DIST = join(REPO_ROOT, "node_modules", "@microsoft", "office-js", "dist");

/** Screenshots and other test artifacts (gitignored; CI keeps them). */
export const ARTIFACTS_DIR = join(REPO_ROOT, "test-artifacts", "browser");

/** The path of an artifact file, its folder made if needed. */
export function artifactPath(fileName: string): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return join(ARTIFACTS_DIR, fileName);
}
