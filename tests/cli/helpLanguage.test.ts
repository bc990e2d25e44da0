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

// Each translated help starts with its own usage line (command and option names as they are
// typed) and keeps none of the English sentences; its lines stay within 92 characters (UTF-16
// units, which are characters here: accents, dashes and × are all in the BMP).
const TRANSLATED_HELP: readonly {
  readonly command: string;
  readonly fr: string;
  readonly es: string;
  readonly english: readonly string[];
}[] = [
  {
    command: "new",
    fr: "Utilisation : c2c new -o <sortie.xlsx> --name NOM --cities A,B --years 2022-2024",
    es: "Uso: c2c new -o <salida.xlsx> --name NOMBRE --cities A,B --years 2022-2024",
    english: [
      "Writes an empty assessment workbook",
      "where to write the workbook (required)",
      "two or more partner cities, comma separated",
      "overwrite an existing output",
      "show this help",
    ],
  },
  {
    command: "import-answers",
    fr: "Utilisation : c2c import-answers <réponses.csv|.xlsx> --into <évaluation.xlsx>",
    es: "Uso: c2c import-answers <respuestas.csv|.xlsx> --into <evaluación.xlsx> -o <salida.xlsx>",
    english: [
      "Places checklist answers exported by a survey tool",
      "Wide: one row per submission",
      "Long: one row per respondent and item",
      "An answer already in the workbook is never overwritten.",
      "the assessment workbook to import into",
      "Exit codes:",
    ],
  },
  {
    command: "consolidate",
    fr: "Utilisation : c2c consolidate <classeur ou dossier> … [--from liste.txt]",
    es: "Uso: c2c consolidate <libro o carpeta> … [--from lista.txt] -o <programa.xlsx>",
    english: [
      "Scores each partnership's workbook",
      "A folder stands for every .xlsx and .xlsm workbook",
      "are refused, the files on each side named",
      "read the workbooks named in LIST as well",
      "read N workbooks at once",
    ],
  },
  {
    command: "compare",
    fr: "Utilisation : c2c compare <entrée.xlsx>        les villes partenaires d'un partenariat",
    es: "Uso: c2c compare <entrada.xlsx>              las ciudades socias de una asociación",
    english: [
      "Sets 2 to 10 units side by side for peer learning",
      "Cities: each city's goals in its latest year",
      "Output (a readable table on standard output by default):",
      "the comparison as data",
      "write to FILE instead of standard output",
    ],
  },
];

describe.each(TRANSLATED_HELP)("c2c $command --help translated", (help) => {
  it.each(["fr", "es"] as const)("in %s from the environment", async (language) => {
    const run = await helpIn(language, help.command, "--help");
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.lines[0]).toBe(help[language]);
    expect(help.english.filter((sentence) => run.stdout.includes(sentence))).toEqual([]);
    expect(run.lines.filter((line) => line.length > 92)).toEqual([]);
  });

  it("follows --lang es over a French environment", async () => {
    const run = await helpIn("fr", help.command, "--help", "--lang", "es");
    expect(run.lines[0]).toBe(help.es);
  });
});
