// `c2c --help` and a command's --help in the environment's language (LANG, as processIo reads it)
// or --lang: the descriptions are translated, the command and option names stay English. Without a
// language (LANG=C) the general help is the English one, line for line.

import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Language } from "../../src/engine/language";
import { c2cIn } from "./cliHarness";

async function helpIn(language: Language | undefined, ...argv: string[]) {
  const run = await c2cIn(language, ...argv);
  return { ...run, lines: run.stdout.split("\n") };
}

describe("the help's language", () => {
  it("is English without a language, line for line as before", async () => {
    const run = await helpIn(undefined, "--help");
    expect(run.code).toBe(0);
    expect(run.lines.slice(1)).toEqual([
      "framework for city-to-city partnerships, on .xlsx workbooks, without Excel.",
      "",
      "Usage: c2c <command> [options]",
      "",
      "Commands:",
      "  new             write an empty assessment workbook from the templates",
      "  score           score a workbook and write a copy with the Scoreboard",
      "  import-answers  place a survey tool's answers (CSV or .xlsx) into an assessment and score it",
      "  consolidate     consolidate many partnerships' workbooks into a programme view",
      "  compare         set 2–10 partner cities or partnerships side by side: gaps to the best and who can learn from whom",
      "  report          print a workbook's scores as JSON, CSV, Open SDG CSV or a self-contained HTML page",
      "  survey          write the checklist as an XLSForm questionnaire for KoboToolbox, ODK or SurveyCTO",
      "  demo            write a sample partnership and a sample programme, scored",
      "",
      "Run c2c <command> --help for a command's options.",
      "",
    ]);
    expect(run.lines[0]).toMatch(
      /^C2C Scoreboard \S+ \(catalogue \S+\): the OECD monitoring and evaluation$/u,
    );
  });

  it("is French under a French environment, command names in English", async () => {
    const run = await helpIn("fr", "--help");
    expect(run.code).toBe(0);
    expect(run.lines).toContain("Utilisation : c2c <commande> [options]");
    expect(run.lines).toContain("Commandes :");
    expect(run.lines).toContain(
      "  score           calcule les scores d'un classeur et en écrit une copie avec le tableau de bord",
    );
    expect(run.lines).toContain(
      "  new             écrit un classeur d'évaluation vide à partir des modèles",
    );
    expect(run.lines).toContain("Lancez c2c <commande> --help pour les options d'une commande.");
  });

  it("follows --lang beside --help over the environment", async () => {
    const run = await helpIn("fr", "--help", "--lang", "es");
    expect(run.lines).toContain("Uso: c2c <comando> [opciones]");
    expect(run.lines).toContain(
      "  demo            escribe una asociación y un programa de ejemplo, con sus puntuaciones",
    );
  });

  it("gives c2c score --help --lang es in Spanish, options as they are typed", async () => {
    const run = await helpIn(undefined, "score", "--help", "--lang", "es");
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.lines[0]).toBe(
      "Uso: c2c score <entrada.xlsx> -o <salida.xlsx> [--force] [--strict] [--lang en|fr|es]",
    );
    expect(run.lines).toContain("Opciones:");
    expect(run.lines).toContain(
      "  -o, --output ARCHIVO  dónde escribir el libro con las puntuaciones (obligatorio)",
    );
    expect(run.lines).toContain("  --force               sustituye una salida que ya existe");
    expect(run.lines).toContain("  -h, --help            muestra esta ayuda");
  });

  it("gives c2c score --help in English without a language", async () => {
    const run = await helpIn(undefined, "score", "--help");
    expect(run.lines[0]).toBe(
      "Usage: c2c score <in.xlsx> -o <out.xlsx> [--force] [--strict] [--lang en|fr|es]",
    );
    expect(run.lines).toContain(
      "  -o, --output FILE  where to write the scored workbook (required)",
    );
  });
});

// The full help of new, import-answers, consolidate and compare. The English texts are the ones
// these commands printed before their help moved into the catalogue (tests/golden/help/, written
// from `LANG=C node bin/c2c <command> --help` at that time): the move changes no English line.
const GOLDEN_HELP = join(__dirname, "../golden/help");

describe.each(["new", "import-answers", "consolidate", "compare"])("c2c %s --help", (command) => {
  it("is in English without a language, as it was before it was translated", async () => {
    const expected = await readFile(join(GOLDEN_HELP, `${command}.en.txt`), "utf8");
    const run = await helpIn(undefined, command, "--help");
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toBe(expected);
  });
});
