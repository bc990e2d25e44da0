// The workbooks `c2c consolidate` reads, from what was given: files, folders (every .xlsx and .xlsm
// below, sorted, hidden files and folders and Excel's "~$" lock files skipped) and list files
// (--from: one path per line, relative to the list's folder; blank lines and lines starting with #
// ignored). Each workbook is named by its path relative to the folder or list it was found through,
// or by its file name when given directly: never by a path of the machine that consolidated it,
// which would travel with a published programme workbook.

import type { Stats } from "node:fs";
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, sep } from "node:path";
import type { Problem } from "../../engine/model/types";
import { cliProblem } from "../problems";

export interface InputFile {
  /** Where to read it. */
  readonly path: string;
  /** How the programme names it: relative to the folder or list given, or the file name. */
  readonly source: string;
}

export interface InputFiles {
  readonly files: readonly InputFile[];
  /** Paths that do not exist, empty folders, unreadable lists: errors. */
  readonly problems: readonly Problem[];
}

const WORKBOOK = /\.(xlsx|xlsm)$/iu;

export async function inputFiles(
  given: readonly string[],
  lists: readonly string[],
): Promise<InputFiles> {
  const files: InputFile[] = [];
  const problems: Problem[] = [];
  const add = async (path: string, base: string | null, as: string): Promise<void> => {
    const found = await filesAt(path, base, as);
    if (Array.isArray(found)) files.push(...found);
    else problems.push(found);
  };
  for (const path of given) await add(path, null, path);
  for (const list of lists) {
    let text: string;
    try {
      text = await readFile(list, "utf8");
    } catch {
      problems.push(cliProblem(list, "input.listUnreadable"));
      continue;
    }
    const folder = dirname(list);
    for (const [index, line] of text.split(/\r?\n/u).entries()) {
      const entry = line.trim();
      if (entry === "" || entry.startsWith("#")) continue;
      const path = isAbsolute(entry) ? entry : join(folder, entry);
      await add(path, folder, `${list} line ${index + 1} (${entry})`);
    }
  }
  return { files, problems };
}

/** The workbooks at `path` (a file or a folder), named relative to `base` (a list's folder) when given. */
async function filesAt(
  path: string,
  base: string | null,
  as: string,
): Promise<InputFile[] | Problem> {
  let isFolder: boolean;
  try {
    isFolder = (await stat(path)).isDirectory();
  } catch {
    return cliProblem(as, "input.noSuchPath");
  }
  if (!isFolder) return [{ path, source: nameOf(path, base) }];
  const found = (await workbooksBelow(path)).map((file) => ({
    path: file,
    source: nameOf(file, base ?? path),
  }));
  return found.length === 0 ? cliProblem(as, "input.emptyFolder", { folder: as }) : found;
}

/**
 * Below `folder`, sorted by name. A symbolic link counts as what it points to (a folder linked twice,
 * or inside itself, is read once); a broken link is skipped.
 */
async function workbooksBelow(folder: string, seen = new Set<string>()): Promise<string[]> {
  const real = await realpath(folder);
  if (seen.has(real)) return [];
  seen.add(real);
  const entries = await readdir(folder, { withFileTypes: true });
  const names = entries
    .filter((entry) => !entry.name.startsWith(".") && !entry.name.startsWith("~$"))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of names) {
    const path = join(folder, entry.name);
    const kind = entry.isSymbolicLink() ? await linkedKind(path) : entry;
    if (kind?.isDirectory() === true) files.push(...(await workbooksBelow(path, seen)));
    else if (kind?.isFile() === true && WORKBOOK.test(entry.name)) files.push(path);
  }
  return files;
}

async function linkedKind(path: string): Promise<Stats | undefined> {
  try {
    return await stat(path);
  } catch {
    return undefined;
  }
}

/** The path relative to `base` with forward slashes, when it lies below it; else the file name. */
function nameOf(path: string, base: string | null): string {
  if (base === null) return basename(path);
  const inside = relative(base, path);
  if (inside === "" || inside.startsWith("..") || isAbsolute(inside)) return basename(path);
  return inside.split(sep).join("/");
}
