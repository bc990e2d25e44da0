// The CLI speaks the environment's language (LC_ALL, LC_MESSAGES, LANG, as processIo reads them)
// unless --lang is given: its file refusals, its stop line and its summary lines. The prefixes
// "warning:" and "error:" stay as they are in every language, for scripts.

import { c2cIn, tempFolder, type TempFolder } from "./cliHarness";

let folder: TempFolder;
beforeAll(async () => {
  folder = await tempFolder();
});
afterAll(async () => {
  await folder.remove();
});

const NEW = ["--name", "Test", "--cities", "A,B", "--years", "2024", "--respondents", "Ana"];

describe("the CLI's language", () => {
  it("prints the summary of c2c new in the environment's language", async () => {
    const run = await c2cIn("fr", "new", "-o", folder.path("fr.xlsx"), ...NEW);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^.*fr\.xlsx : Test : 57 éléments de la liste de contrôle × 1 répondant, \d+ lignes d'indicateurs \(liste simplifiée\)\n$/u,
    );
  });

  it("refuses an existing output in the environment's language, with the English prefix", async () => {
    const run = await c2cIn("es", "new", "-o", folder.path("fr.xlsx"), ...NEW);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `error: ${folder.path("fr.xlsx")}: ya existe; solo se sustituye si se pide (--force)`,
    );
  });

  it("takes --lang over the environment, for its messages and the workbook", async () => {
    const run = await c2cIn("fr", "new", "-o", folder.path("fr.xlsx"), ...NEW, "--lang", "es");
    expect(run.stderr).toContain("ya existe");
  });

  it("is English without a language, as under LANG=C", async () => {
    const run = await c2cIn(undefined, "new", "-o", folder.path("fr.xlsx"), ...NEW);
    expect(run.stderr).toContain("already exists; it is not overwritten unless asked to (--force)");
    expect(process.env["LANG"]).toBe("C");
  });

  it("prints the stop line of an unreadable input in the language", async () => {
    const run = await c2cIn(
      "fr",
      "score",
      folder.path("missing.xlsx"),
      "-o",
      folder.path("out.xlsx"),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error: .*missing\.xlsx: ne peut pas être lu : /mu);
    expect(run.stderr).toContain("c2c score: rien n'a été écrit (1 erreur)");
  });

  it("refuses an unknown --lang as a usage error", async () => {
    const run = await c2cIn(undefined, "new", "-o", folder.path("x.xlsx"), ...NEW, "--lang", "de");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--lang takes one of en, fr, es, not "de"');
  });
});
