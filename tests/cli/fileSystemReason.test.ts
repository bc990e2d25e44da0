// A file the system will not hand over is refused in plain words, in the CLI's language, and
// never with Node's message (which names the system call and the full path): that goes to --debug.

import { mkdir, writeFile } from "node:fs/promises";
import { fileSystemReason } from "../../src/cli/workbook/fileSystemReason";
import { phraseText } from "../../src/engine/language/problemTexts";
import { c2c, c2cIn, problemLines, tempFolder, type TempFolder } from "./cliHarness";

let folder: TempFolder;
beforeAll(async () => {
  folder = await tempFolder();
});
afterAll(async () => {
  await folder.remove();
});

describe("fileSystemReason", () => {
  it.each([
    ["ENOENT", "there is no such file"],
    ["ENOTDIR", "there is no such file"],
    ["EACCES", "you are not allowed to read it (its permissions or a security setting)"],
    ["EPERM", "you are not allowed to read it (its permissions or a security setting)"],
    ["EISDIR", "it is a folder, not a file"],
    ["EBUSY", "another program holds it locked: close it there and try again"],
    ["EIO", "the system refused to read it (EIO)"],
  ])("%s: %s", (code, english) => {
    const error = Object.assign(new Error(`${code}: open '/home/someone/private/x.xlsx'`), {
      code,
    });
    expect(phraseText("en", fileSystemReason(error))).toBe(english);
  });

  it("says the system refused, without a code it does not have", () => {
    expect(phraseText("en", fileSystemReason("odd"))).toBe(
      "the system refused to read it (unknown)",
    );
  });
});

describe("an input the system will not read", () => {
  it("score: a folder named like a workbook, in English, French and Spanish, no Node message", async () => {
    const input = folder.path("looks-like.xlsx");
    await mkdir(input);
    const output = folder.path("out.xlsx");
    const english = await c2c("score", input, "-o", output);
    expect(english.code).toBe(2);
    expect(problemLines(english.stderr)).toEqual([
      `error: ${input}: cannot be read: it is a folder, not a file`,
    ]);
    expect(english.stderr).not.toContain("EISDIR");
    const french = await c2cIn("fr", "score", input, "-o", output);
    expect(problemLines(french.stderr)).toEqual([
      `error: ${input}: ne peut pas être lu : c'est un dossier, pas un fichier`,
    ]);
    const spanish = await c2cIn("es", "score", input, "-o", output);
    expect(problemLines(spanish.stderr)).toEqual([
      `error: ${input}: no se puede leer: es una carpeta, no un archivo`,
    ]);
  });

  it("import-answers: an answers file that does not exist", async () => {
    const into = folder.path("assessment.xlsx");
    await writeFile(into, "not read: the answers file is read first");
    const answers = folder.path("missing.csv");
    const run = await c2c("import-answers", answers, "--into", into, "-o", folder.path("o.xlsx"));
    expect(run.code).toBe(2);
    expect(problemLines(run.stderr)).toEqual([
      `error: ${answers}: cannot be read: there is no such file`,
    ]);
    expect(run.stderr).not.toContain("ENOENT");
  });
});
