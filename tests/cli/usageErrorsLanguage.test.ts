// Usage errors and the stop lines of cli.ts in the CLI's language (LANG, as processIo reads it, or
// --lang beside the command): the sentence and the pointer to --help are translated, the option
// names and the values typed stay as written, and the exit code is 2 in every language.
//
// Every UsageError carries a key of the CLI texts: its constructor and `context.usage` take a
// CliTextKey, so tsc refuses any other (no test needed for it).

import { writeFile } from "node:fs/promises";
import { csvOptionsProblem } from "../../src/engine/publish/csv";
import type { Language } from "../../src/engine/language";
import { cliText } from "../../src/cli/texts";
import { UsageError } from "../../src/cli/usageError";
import { userXlsx } from "../host/xlsx/xlsxFixtures";
import { c2cIn, tempFolder, type TempFolder } from "./cliHarness";

let folder: TempFolder;

beforeAll(async () => {
  folder = await tempFolder();
});

afterAll(async () => {
  await folder.remove();
});

const newArgs = (): string[] => [
  "new",
  "-o",
  folder.path("never.xlsx"),
  "--name",
  "Twinning",
  "--cities",
  "Lyon,Turin",
  "--respondents",
  "Ana",
  "--years",
  "2030-2020",
];

interface Case {
  readonly what: string;
  readonly argv: () => string[];
  readonly stderr: Readonly<Record<Language, string>>;
}

const COMMANDS = "new, score, import-answers, consolidate, compare, report, survey, demo";

const CASES: readonly Case[] = [
  {
    what: "an unknown option",
    argv: () => ["score", "in.xlsx", "-o", "out.xlsx", "--colour"],
    stderr: {
      en: "c2c score: unknown option --colour\nRun c2c score --help for usage.\n",
      fr: "c2c score: option inconnue --colour\nPour l'aide, lancez c2c score --help.\n",
      es: "c2c score: opción desconocida --colour\nPara la ayuda, ejecute c2c score --help.\n",
    },
  },
  {
    what: "a range of years that runs backwards",
    argv: newArgs,
    stderr: {
      en: "c2c new: --years 2030-2020: the range runs backwards\nRun c2c new --help for usage.\n",
      fr: "c2c new: --years 2030-2020 : la dernière année précède la première\nPour l'aide, lancez c2c new --help.\n",
      es: "c2c new: --years 2030-2020: el último año es anterior al primero\nPara la ayuda, ejecute c2c new --help.\n",
    },
  },
  {
    what: "an unknown command",
    argv: () => ["frobnicate"],
    stderr: {
      en: `c2c: unknown command "frobnicate"; the commands are ${COMMANDS}\n`,
      fr: `c2c: commande inconnue "frobnicate" ; les commandes sont ${COMMANDS}\n`,
      es: `c2c: comando desconocido "frobnicate"; los comandos son ${COMMANDS}\n`,
    },
  },
  {
    what: "two report formats",
    argv: () => ["report", "x.xlsx", "--csv", "--json"],
    stderr: {
      en: "c2c report: choose one format: --json or --csv (data), --html (a page to publish), --open-sdg (Open SDG tidy CSV) or --values (a values-only workbook, with -o)\nRun c2c report --help for usage.\n",
      fr: "c2c report: choisissez un seul format : --json ou --csv (données), --html (une page à publier), --open-sdg (CSV Open SDG) ou --values (un classeur avec les seules valeurs, avec -o)\nPour l'aide, lancez c2c report --help.\n",
      es: "c2c report: elija un solo formato: --json o --csv (datos), --html (una página para publicar), --open-sdg (CSV de Open SDG) o --values (un libro solo con valores, con -o)\nPara la ayuda, ejecute c2c report --help.\n",
    },
  },
];

describe.each(["en", "fr", "es"] as const)("usage errors in %s (LANG)", (language) => {
  it.each(CASES)("$what: the sentence and the pointer to --help, exit 2", async (usage) => {
    const run = await c2cIn(language, ...usage.argv());
    expect(run.stderr).toBe(usage.stderr[language]);
    expect(run.stdout).toBe("");
    expect(run.code).toBe(2);
  });
});

describe("the language of a usage error", () => {
  it("is English without LANG, as before", async () => {
    const run = await c2cIn(undefined, "score", "in.xlsx", "-o", "out.xlsx", "--colour");
    expect(run.stderr).toBe(
      "c2c score: unknown option --colour\nRun c2c score --help for usage.\n",
    );
    expect(run.code).toBe(2);
  });

  it("is --lang's when the command is given one, over LANG", async () => {
    const run = await c2cIn("fr", ...newArgs(), "--lang", "es");
    expect(run.stderr).toBe(
      "c2c new: --years 2030-2020: el último año es anterior al primero\nPara la ayuda, ejecute c2c new --help.\n",
    );
    expect(run.code).toBe(2);
  });

  it("is LANG's when --lang itself is wrong, the value typed kept as written", async () => {
    const run = await c2cIn(
      "fr",
      "new",
      ...newArgs().slice(1, -2),
      "--years",
      "2024",
      "--lang",
      "xx",
    );
    expect(run.stderr).toBe(
      "c2c new: --lang prend l'une des valeurs en, fr, es, pas \"xx\"\nPour l'aide, lancez c2c new --help.\n",
    );
    expect(run.code).toBe(2);
  });

  it("names a missing positional in the language, and a missing value by both its flags", async () => {
    const missing = await c2cIn("es", "score", "-o", "out.xlsx");
    expect(missing.stderr).toBe(
      "c2c score: falta el libro de entrada\nPara la ayuda, ejecute c2c score --help.\n",
    );
    const noValue = await c2cIn("fr", "score", "in.xlsx", "-o");
    expect(noValue.stderr).toBe(
      "c2c score: -o/--output demande une valeur\nPour l'aide, lancez c2c score --help.\n",
    );
    const english = await c2cIn(undefined, "score", "in.xlsx", "-o");
    expect(english.stderr).toBe(
      "c2c score: -o/--output needs a value\nRun c2c score --help for usage.\n",
    );
  });
});

describe("a stop line of cli.ts in the language", () => {
  // What to do about it is in the language (the engine's sentence too: hostRefusalsLanguage.test.ts).
  it.each([
    ["en", 'rename your sheet "Scoreboard" and run again; nothing written'],
    ["fr", 'renommez votre feuille "Scoreboard" et relancez ; rien n\'a été écrit'],
    ["es", 'cambie el nombre de su hoja "Scoreboard" y vuelva a ejecutar; no se escribió nada'],
  ] as const)("%s: a user's own sheet called Scoreboard", async (language, tail) => {
    const input = folder.path(`user-scoreboard-${language}.xlsx`);
    await writeFile(
      input,
      await userXlsx(
        {
          Indicators: [
            ["Code", "City", "Year", "Value"],
            ["11.6.2", "Alpha", 2022, 20],
          ],
          Scoreboard: [["my own notes"]],
        },
        [{ name: "C2C_Indicators", sheet: "Indicators", range: "A1:D2" }],
      ),
    );
    const run = await c2cIn(language, "score", input, "-o", folder.path(`out-${language}.xlsx`));
    expect(run.code).toBe(2);
    const last = run.stderr.trimEnd().split("\n").at(-1) ?? "";
    expect(last.startsWith("c2c score: ")).toBe(true);
    expect(last.endsWith(`${language === "fr" ? " : " : ": "}${tail}`)).toBe(true);
    expect(last).toContain('"Scoreboard"');
  });
});

describe("UsageError", () => {
  it("keeps the English as its message and renders the words of its parameters in each language", () => {
    const error = new UsageError(
      "usage.missing",
      { what: { words: ["positional.inputWorkbook", "positional.answersFile"] } },
      "probe",
    );
    expect(error.message).toBe("missing the input workbook and the answers file");
    expect(error.messageIn("fr")).toBe("il manque le classeur d'entrée et le fichier des réponses");
    expect(error.messageIn("es")).toBe("falta el libro de entrada y el archivo de respuestas");
    expect(error.key).toBe("usage.missing");
    expect(error.command).toBe("probe");
  });

  it("says in English what the engine's CSV check refuses, word for word", () => {
    const problem = csvOptionsProblem({ delimiter: ",", decimalComma: true });
    expect(cliText("en", "usage.decimalCommaWithComma")).toBe(`--decimal-comma: ${problem ?? ""}`);
  });
});
