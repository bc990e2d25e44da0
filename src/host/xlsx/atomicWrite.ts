// Output files are written atomically: into a temporary file in the same folder (so the rename
// stays on one file system), then renamed over the target. A crash or a full disk leaves either
// the old state or the complete new file, never half a workbook.

import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { access, link, rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export class OutputExistsError extends Error {
  readonly path: string;

  constructor(path: string) {
    super(`${path} already exists; it is not overwritten unless asked to (--force)`);
    this.name = "OutputExistsError";
    this.path = path;
  }
}

export interface WriteOptions {
  /** Replace an existing file at the path. */
  readonly overwrite?: boolean;
}

export async function writeFileAtomically(
  path: string,
  bytes: Uint8Array,
  options: WriteOptions = {},
): Promise<void> {
  if (options.overwrite !== true && (await exists(path))) throw new OutputExistsError(path);
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(temporary, bytes, { flag: "wx" });
    if (options.overwrite === true) {
      await rename(temporary, path);
    } else {
      await publishWithoutReplacing(temporary, path);
    }
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}

// link() fails if the target appeared meanwhile, where rename() would silently replace it. Some file
// systems (FAT, a few network shares) cannot link; there the existence check above has to do.
async function publishWithoutReplacing(temporary: string, path: string): Promise<void> {
  try {
    await link(temporary, path);
  } catch (error: unknown) {
    if (isAlreadyExists(error) || (await exists(path))) throw new OutputExistsError(path);
    await rename(temporary, path);
  }
}

/** Whether something (file or folder) is at this path. */
export async function exists(path: string): Promise<boolean> {
  try {
    await access(path, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}

function isAlreadyExists(error: unknown): boolean {
  return (
    typeof error === "object" && error !== null && (error as { code?: unknown }).code === "EEXIST"
  );
}
