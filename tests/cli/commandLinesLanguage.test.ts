// The summary and stop lines of the commands in the CLI's language (LANG, as c2cIn passes it, or
// --lang): what a save kept of the user's, consolidate and compare stopping, report refusing a
// programme workbook's partnership-only formats. Exact texts in English (unchanged), French and
// Spanish; the English run shows each check can fail.

import { mkdir, writeFile } from "node:fs/promises";
import { keptLine } from "../../src/cli/keptLine";
import type { Language } from "../../src/engine/language";
import { c2c, c2cIn, tempFolder, type TempFolder } from "./cliHarness";
import { USER_CHART_SHEET, writeDemoPartnership, writeForeignWorkbook } from "./workbookFixtures";

const LANGUAGES: readonly Language[] = ["en", "fr", "es"];

let folder: TempFolder;
beforeAll(async () => {
  folder = await tempFolder();
  await writeDemoPartnership(folder.path("with-chart.xlsx"), USER_CHART_SHEET);
  await mkdir(folder.path("empty"));
  await writeFile(folder.path("broken.xlsx"), "not a workbook");
  await writeForeignWorkbook(folder.path("short.xlsx"), { list: "simplified" });
  await writeForeignWorkbook(folder.path("long.xlsx"), { list: "long" });
  const demo = await c2c("demo", "--out-dir", folder.path("demo"));
  expect(demo.code).toBe(0);
}, 120_000);
afterAll(async () => {
  await folder.remove();
});

/** The lines of standard error but progress (timed) lines, the temporary folder cut out of paths. */
function stderrLines(run: { stderr: string }): string[] {
  return run.stderr
    .replaceAll(`${folder.path("")}/`, "")
    .split("\n")
    .filter((line) => line !== "" && !/\(\d+[.,]\d s\)$/u.test(line));
}

describe("the kept line", () => {
  it.each([
    ["en", "out.xlsx: kept: 2 charts, 1 pivot table, 1 comment, 14 comment replies, macros"],
    [
      "fr",
      "out.xlsx : conservé : 2 graphiques, 1 tableau croisé dynamique, 1 commentaire, 14 réponses à des commentaires, macros",
    ],
    [
      "es",
      "out.xlsx: conservado: 2 gráficos, 1 tabla dinámica, 1 comentario, 14 respuestas a comentarios, macros",
    ],
  ] as const)("words the counts in %s, singular for one", (language, line) => {
    expect(
      keptLine(language, "out.xlsx", [
        { kind: "chart", count: 2 },
        { kind: "pivotTable", count: 1 },
        { kind: "comment", count: 1 },
        { kind: "commentReply", count: 14 },
        { kind: "macros", count: null },
      ]),
    ).toBe(line);
  });

  it("is absent when nothing was kept", () => {
    for (const language of LANGUAGES) expect(keptLine(language, "out.xlsx", [])).toBeUndefined();
  });

  it.each([
    ["en", ": kept: 1 chart\n"],
    ["fr", " : conservé : 1 graphique\n"],
    ["es", ": conservado: 1 gráfico\n"],
  ] as const)("ends c2c score of a workbook with a chart, in %s", async (language, end) => {
    const output = folder.path(`scored-${language}.xlsx`);
    const run = await c2cIn(language, "score", folder.path("with-chart.xlsx"), "-o", output);
    expect(run.code).toBe(0);
    expect(run.stdout.endsWith(`\n${output}${end}`)).toBe(true);
  });

  it("follows --lang over LANG", async () => {
    const output = folder.path("scored-lang.xlsx");
    const run = await c2cIn(
      "fr",
      "score",
      folder.path("with-chart.xlsx"),
      "-o",
      output,
      "--lang",
      "es",
    );
    expect(run.code).toBe(0);
    expect(run.stdout.endsWith(`\n${output}: conservado: 1 gráfico\n`)).toBe(true);
  });
});

/** Each language's lines, in the order: the problem, then the stop line. */
const STOPS: Readonly<Record<string, Readonly<Record<Language, readonly string[]>>>> = {
  emptyFolder: {
    en: [
      "error: empty: the folder empty holds no .xlsx or .xlsm workbook",
      "c2c consolidate: nothing written",
    ],
    fr: [
      "error: empty: le dossier empty ne contient aucun classeur .xlsx ou .xlsm",
      "c2c consolidate: rien n'a été écrit",
    ],
    es: [
      "error: empty: la carpeta empty no contiene ningún libro .xlsx o .xlsm",
      "c2c consolidate: no se escribió nada",
    ],
  },
  emptyFolderKeepGoing: {
    en: [
      "error: empty: the folder empty holds no .xlsx or .xlsm workbook",
      "c2c consolidate: nothing written: no workbook to consolidate",
    ],
    fr: [
      "error: empty: le dossier empty ne contient aucun classeur .xlsx ou .xlsm",
      "c2c consolidate: rien n'a été écrit : aucun classeur à consolider",
    ],
    es: [
      "error: empty: la carpeta empty no contiene ningún libro .xlsx o .xlsm",
      "c2c consolidate: no se escribió nada: no hay ningún libro que consolidar",
    ],
  },
  unreadable: {
    en: [
      "c2c consolidate: nothing written: broken.xlsx cannot be consolidated (--keep-going skips such workbooks)",
    ],
    fr: [
      "c2c consolidate: rien n'a été écrit : broken.xlsx ne peut pas être consolidé (--keep-going ignore ces classeurs)",
    ],
    es: [
      "c2c consolidate: no se escribió nada: broken.xlsx no se puede consolidar (--keep-going omite estos libros)",
    ],
  },
  missing: {
    en: [
      "error: missing.xlsx: cannot be read: there is no such file",
      "c2c compare: nothing compared",
    ],
    fr: [
      "error: missing.xlsx: ne peut pas être lu : ce fichier n'existe pas",
      "c2c compare: rien n'a été comparé",
    ],
    es: [
      "error: missing.xlsx: no se puede leer: ese archivo no existe",
      "c2c compare: no se ha comparado nada",
    ],
  },
  notComparable: {
    en: ["c2c compare: broken.xlsx cannot be compared", "c2c compare: nothing compared"],
    fr: ["c2c compare: broken.xlsx ne peut pas être comparé", "c2c compare: rien n'a été comparé"],
    es: ["c2c compare: broken.xlsx no se puede comparar", "c2c compare: no se ha comparado nada"],
  },
  listsDiffer: {
    en: [
      "error: long.xlsx: the workbooks differ in indicator list: simplified in short.xlsx; long in long.xlsx; their SDG indices would not compare (use --force to compare anyway)",
      "c2c compare: nothing compared",
    ],
    fr: [
      "error: long.xlsx: les classeurs n'ont pas la même liste d'indicateurs : simplified dans short.xlsx ; long dans long.xlsx ; leurs indices ODD ne seraient pas comparables (utilisez --force pour comparer malgré tout)",
      "c2c compare: rien n'a été comparé",
    ],
    es: [
      "error: long.xlsx: los libros no tienen la misma lista de indicadores: simplified en short.xlsx; long en long.xlsx; sus índices ODS no serían comparables (use --force para comparar de todos modos)",
      "c2c compare: no se ha comparado nada",
    ],
  },
  listsDifferForced: {
    en: [
      "warning: long.xlsx: the workbooks differ in indicator list: simplified in short.xlsx; long in long.xlsx; compared anyway (--force), so their SDG indices do not measure the same thing",
    ],
    fr: [
      "warning: long.xlsx: les classeurs n'ont pas la même liste d'indicateurs : simplified dans short.xlsx ; long dans long.xlsx ; comparés malgré tout (--force) : leurs indices ODD ne mesurent pas la même chose",
    ],
    es: [
      "warning: long.xlsx: los libros no tienen la misma lista de indicadores: simplified en short.xlsx; long en long.xlsx; comparados de todos modos (--force), así que sus índices ODS no miden lo mismo",
    ],
  },
  programmeOpenSdg: {
    en: [
      "c2c report: programme.xlsx is a programme workbook: c2c report gives its --json, --csv or --html; --open-sdg, --stakeholders and --values are for one partnership's workbook",
    ],
    fr: [
      "c2c report: programme.xlsx est un classeur de programme : c2c report en donne --json, --csv ou --html ; --open-sdg, --stakeholders et --values sont pour le classeur d'un partenariat",
    ],
    es: [
      "c2c report: programme.xlsx es un libro de programa: c2c report da su --json, --csv o --html; --open-sdg, --stakeholders y --values son para el libro de una asociación",
    ],
  },
};

/** Each case's arguments, an output named by the language so that none is refused as existing. */
const RUNS: Readonly<Record<keyof typeof STOPS, (language: Language) => string[]>> = {
  emptyFolder: (language) => ["consolidate", "empty", "-o", `programme-${language}.xlsx`],
  emptyFolderKeepGoing: (language) => [
    "consolidate",
    "empty",
    "-o",
    `programme-${language}.xlsx`,
    "--keep-going",
  ],
  unreadable: (language) => ["consolidate", "broken.xlsx", "-o", `programme-${language}.xlsx`],
  missing: () => ["compare", "missing.xlsx"],
  notComparable: () => ["compare", "short.xlsx", "broken.xlsx"],
  listsDiffer: () => ["compare", "short.xlsx", "long.xlsx"],
  listsDifferForced: () => ["compare", "short.xlsx", "long.xlsx", "--force"],
  programmeOpenSdg: () => ["report", "demo/programme.xlsx", "--open-sdg"],
};

/** The expected exit code of each case: 2 stopped, 0 done (with a warning, no --strict). */
const CODES: Readonly<Record<keyof typeof STOPS, number>> = {
  emptyFolder: 2,
  emptyFolderKeepGoing: 2,
  unreadable: 2,
  missing: 2,
  notComparable: 2,
  listsDiffer: 2,
  listsDifferForced: 0,
  programmeOpenSdg: 2,
};

describe.each(Object.keys(STOPS))("%s", (name) => {
  it.each(LANGUAGES)("in %s", async (language) => {
    const argv = (RUNS[name] ?? (() => []))(language).map((argument) =>
      /\.xlsx$|^empty$|^demo\//u.test(argument) ? folder.path(argument) : argument,
    );
    const run = await c2cIn(language, ...argv);
    expect(run.code).toBe(CODES[name]);
    const lines = stderrLines(run).filter((line) => !/^error: broken\.xlsx: /u.test(line));
    expect(lines).toEqual(STOPS[name]?.[language]);
  });
});

describe("the demo's summary", () => {
  const EXPECTED: Readonly<Record<Language, readonly string[]>> = {
    en: [
      "C2C Scoreboard demo — SAMPLE DATA, generated from fixed seeds",
      "partnership.xlsx: Lindhaven–Sokoni partnership for sustainable cities (SAMPLE DATA)",
      "  Lindhaven and Sokoni, 8 respondents, 144 indicator rows, 6 actions",
      "  Alignment with the G20 principles: 2.97 of 5 (Developing)",
      "  Overall SDG index  0–100  Band               Trend",
      "  Lindhaven (2024)   76.6   Challenges remain  Moderately improving",
      "programme.xlsx: 27 partnerships, principle averages over the partnerships with a score",
      "  Principle                       Average  Band         Partnerships",
      "  P2P  Peer-to-peer learning      3.70     Established  27",
      "report.html: the partnership's report to publish, one self-contained HTML page",
    ],
    fr: [
      "Démonstration de C2C Scoreboard — DONNÉES D'EXEMPLE, générées à partir de graines fixes",
      "partnership.xlsx : Lindhaven–Sokoni partnership for sustainable cities (SAMPLE DATA)",
      "  Lindhaven et Sokoni, 8 répondants, 144 lignes d'indicateurs, 6 actions",
      "  Alignement sur les principes du G20 : 2,97 sur 5 (En développement)",
      "  Indice ODD global  0–100  Niveau                        Tendance",
      "  Lindhaven (2024)   76,6   Des défis subsistent          Amélioration modérée",
      "programme.xlsx : 27 partenariats, moyennes des principes sur les partenariats qui ont un score",
      "  Principe                               Moyenne  Niveau            Partenariats",
      "  P2P  Apprentissage entre pairs         3,70     Établi            27",
      "report.html : le rapport du partenariat à publier, une page HTML autonome",
    ],
    es: [
      "Demostración de C2C Scoreboard — DATOS DE EJEMPLO, generados a partir de semillas fijas",
      "partnership.xlsx: Lindhaven–Sokoni partnership for sustainable cities (SAMPLE DATA)",
      "  Lindhaven y Sokoni, 8 encuestados, 144 filas de indicadores, 6 acciones",
      "  Alineación con los principios del G20: 2,97 de 5 (En desarrollo)",
      "  Índice ODS global  0–100  Nivel                           Tendencia",
      "  Lindhaven (2024)   76,6   Persisten desafíos              Mejora moderada",
      "programme.xlsx: 27 asociaciones, promedios de los principios sobre las asociaciones con puntuación",
      "  Principio                                     Promedio  Nivel          Asociaciones",
      "  P2P  Aprendizaje entre pares                  3,70      Consolidado    27",
      "report.html: el informe de la asociación para publicar, una página HTML autónoma",
    ],
  };

  it.each(LANGUAGES)(
    "is in %s (title, partnership, table heads, programme, report)",
    async (language) => {
      const directory = folder.path(`demo-${language}`);
      const run = await c2cIn(language, "demo", "--out-dir", directory);
      expect(run.code).toBe(0);
      const lines = run.stdout.replaceAll(`${directory}/`, "").split("\n");
      // The lines kept: all but the second city's row and the principles after the first.
      expect([...lines.slice(0, 6), ...lines.slice(7, 10), lines.at(-2)]).toEqual(
        EXPECTED[language],
      );
    },
    60_000,
  );
});

describe("counts in the summaries of new and consolidate", () => {
  const expected = {
    en: ["57 checklist items × 1 respondent,", ": 1 partnership, 2 cities with indicator data;"],
    fr: [
      "57 éléments de la liste de contrôle × 1 répondant,",
      " : 1 partenariat, 2 villes avec des données d'indicateurs ;",
    ],
    es: [
      "57 elementos de la lista de verificación × 1 encuestado,",
      ": 1 asociación, 2 ciudades con datos de indicadores;",
    ],
  } as const;
  it.each(Object.keys(expected) as Language[])(
    "one respondent, one partnership: %s",
    async (language) => {
      const [made, consolidated] = expected[language];
      const workbook = folder.path(`one-${language}.xlsx`);
      const created = await c2cIn(
        language,
        "new",
        "-o",
        workbook,
        "--name",
        "Lyon–Rabat",
        "--cities",
        "Lyon,Rabat",
        "--years",
        "2024",
        "--respondents",
        "Ana",
      );
      expect(created.code).toBe(0);
      expect(created.stdout).toContain(made);
      const run = await c2cIn(
        language,
        "consolidate",
        folder.path("with-chart.xlsx"),
        "-o",
        folder.path(`programme-${language}.xlsx`),
      );
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(consolidated);
    },
  );
});
