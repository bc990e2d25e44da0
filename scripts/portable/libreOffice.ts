// LibreOffice headless as an independent spreadsheet engine: it opens .xlsx files, recomputes every
// formula and saves them again, so its results can be compared with the values the runner cached.
//
// LibreOffice recalculates an OOXML file on load only when its setting
// org.openoffice.Office.Calc/Formula/Load/OOXMLRecalcMode is 0 ("always"); by default it asks, which
// headless means "never", and keeps the cached values. Each run therefore gets a throwaway user
// profile holding that setting (and a profile of its own also keeps it apart from any LibreOffice
// the user has open).

import { execFile } from "node:child_process";
import { isExecutable } from "../isExecutable";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";

export const INSTALL_HINT = "apt-get install -y libreoffice-calc-nogui";

/** LibreOffice's start-up plus the recalculation of a workbook stays well under this on 2 cores. */
const CONVERSION_TIMEOUT_MS = 300_000;

const RECALCULATE_ALWAYS_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** The soffice executable: $C2C_SOFFICE when set, else the first `soffice` on the PATH; null when there is none. */
export function findSoffice(environment: NodeJS.ProcessEnv = process.env): string | null {
  const configured = environment.C2C_SOFFICE;
  if (configured !== undefined && configured !== "")
    return isExecutable(configured) ? configured : null;
  for (const directory of (environment.PATH ?? "").split(delimiter)) {
    if (directory === "") continue;
    const candidate = join(directory, "soffice");
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}

export class LibreOfficeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LibreOfficeError";
  }
}

/**
 * Opens each workbook in LibreOffice with recalculation on load forced and returns the .xlsx files
 * it saves, in the order given. One LibreOffice start for all of them.
 */
export async function recalculateWithLibreOffice(
  soffice: string,
  workbooks: readonly Uint8Array[],
): Promise<Uint8Array[]> {
  const workDirectory = await mkdtemp(join(tmpdir(), "c2c-portable-"));
  try {
    const profile = join(workDirectory, "profile");
    await mkdir(join(profile, "user"), { recursive: true });
    await writeFile(join(profile, "user", "registrymodifications.xcu"), RECALCULATE_ALWAYS_PROFILE);
    const inputDirectory = join(workDirectory, "in");
    const outputDirectory = join(workDirectory, "out");
    await mkdir(inputDirectory);
    const names = workbooks.map((_, index) => `workbook-${String(index + 1)}.xlsx`);
    await Promise.all(
      workbooks.map((bytes, index) => writeFile(join(inputDirectory, names[index] ?? ""), bytes)),
    );
    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "xlsx",
      "--outdir",
      outputDirectory,
      ...names.map((name) => join(inputDirectory, name)),
    ];
    const log = await run(soffice, args);
    return await Promise.all(
      names.map(async (name) => {
        try {
          return new Uint8Array(await readFile(join(outputDirectory, name)));
        } catch {
          throw new LibreOfficeError(`LibreOffice wrote no ${name}; its output was:\n${log}`);
        }
      }),
    );
  } finally {
    await rm(workDirectory, { recursive: true, force: true });
  }
}

function run(command: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { timeout: CONVERSION_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const log = `${stdout}${stderr}`.trim();
        if (error !== null)
          reject(
            new LibreOfficeError(
              `${command} failed (${error.message.split("\n")[0] ?? ""}):\n${log}`,
            ),
          );
        else resolve(log);
      },
    );
  });
}
