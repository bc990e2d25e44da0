// The self-test workflow against the memory host (the browser preview) and against the recording
// Office.js fake through the real ExcelHost (live C2C formulas computed by the functions registry).

import { ENGLISH_PANE_TEXTS, paneTexts } from "../../../src/taskpane/texts/paneTexts";
import { MemoryScratch } from "../../../src/host/memory/memoryScratch";
import { MemoryWorkbook } from "../../../src/host/memory/memoryWorkbook";
import { ExcelScratch } from "../../../src/host/excel/excelScratch";
import { PREVIEW_DIAGNOSTICS } from "../../../src/taskpane/excelDiagnostics";
import { createPaneSession } from "../../../src/taskpane/workflows/paneSession";
import { SELF_TEST_CHECKS } from "../../../src/taskpane/workflows/selfTest/checkList";
import { valuesAndFormulas } from "../../../src/taskpane/workflows/selfTest/cellChecks";
import { runSelfTest } from "../../../src/taskpane/workflows/selfTest/runSelfTest";
import type {
  ExcelDiagnostics,
  SelfTestCheck,
} from "../../../src/taskpane/workflows/selfTest/types";
import { sessionContext } from "../../../src/taskpane/workflows/sessionContext";
import { hostOverFake } from "../../host/excel/hostOverFake";
import { callC2c } from "../../engine/formula/liveEvaluator";
import { NOW, progressLog } from "./paneFixtures";

const EXCEL_DIAGNOSTICS: ExcelDiagnostics = {
  platform: "OfficeOnline",
  version: "16.0.18025.20160",
  requirementSets: ["ExcelApi 1.1–1.9"],
};

function previewSession(workbook: MemoryWorkbook) {
  return createPaneSession(workbook, {
    environment: "preview",
    now: () => NOW,
    selfTest: { scratch: new MemoryScratch(workbook), diagnostics: () => PREVIEW_DIAGNOSTICS },
  });
}

describe("the self-test in the browser preview (memory host and functions module)", () => {
  it("passes every check that runs without Excel and lists the others as needing Excel", async () => {
    const workbook = MemoryWorkbook.fromSheets({ Sheet1: [["mine"]] });
    const log = progressLog();
    const report = await previewSession(workbook).selfTest(log.report);

    const statuses = Object.fromEntries(report.results.map((r) => [r.id, r.status]));
    expect(statuses).toEqual({
      "values-formulas": "passed",
      "live-score": "passed",
      "itemscore-blanks": "passed",
      "table-growth": "passed",
      "calculated-column": "needs-excel",
      "protected-sheet": "needs-excel",
      names: "passed",
      chart: "passed",
      "large-text": "passed",
      selection: "passed",
    });
    expect(report.summary).toBe("Self-test: 8 of 8 checks passed");
    for (const check of SELF_TEST_CHECKS)
      expect(report.text).toContain(ENGLISH_PANE_TEXTS.t(check.title));
    expect(report.text).toContain(
      "Application: Browser preview, no Excel: the in-memory workbook and the functions module stand in for it",
    );
    expect(report.text).toContain("(2 more need Excel and did not run here)");
    expect(log.steps.at(-1)?.done).toBe(1);
  });

  it("removes its scratch sheets and names and leaves the user's sheet as it was", async () => {
    const workbook = MemoryWorkbook.fromSheets({ Sheet1: [["mine"]] });
    await previewSession(workbook).selfTest(progressLog().report);
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1"]);
    expect(workbook.names).toEqual([]);
    expect(workbook.value("Sheet1", "A1")).toBe("mine");
  });

  it("removes the scratch sheets of an earlier run that stopped halfway, and no other sheet", async () => {
    const workbook = MemoryWorkbook.fromSheets({
      Sheet1: [["mine"]],
      "C2C self-test 1": [["left over"]],
      "C2C self-test notes": [["the user's"]],
    });
    const report = await previewSession(workbook).selfTest(progressLog().report);
    expect(report.results.find((r) => r.id === "values-formulas")?.status).toBe("passed");
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1", "C2C self-test notes"]);
  });

  it("reports a check that throws as failed in words, runs the rest and still cleans up", async () => {
    const workbook = MemoryWorkbook.fromSheets({ Sheet1: [["mine"]] });
    const throwing: SelfTestCheck = {
      id: "throws",
      // Any key serves as the title: the check is made up for the test.
      title: "check.valuesFormulas",
      run: (bench) => {
        bench.scratchSheet("C2C self-test 1");
        return Promise.reject(new Error("the host went away"));
      },
    };
    const report = await runSelfTest(
      sessionContext(workbook, { environment: "preview", now: () => NOW }),
      {
        scratch: new MemoryScratch(workbook),
        diagnostics: () => PREVIEW_DIAGNOSTICS,
        checks: [throwing, valuesAndFormulas],
      },
      progressLog().report,
    );
    expect(report.results.map((r) => [r.id, r.status, r.detail])).toEqual([
      ["throws", "failed", "It stopped with an error: The host went away."],
      ["values-formulas", "passed", expect.any(String)],
    ]);
    expect(report.summary).toBe("Self-test: 1 of 2 checks passed");
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1"]);
  });
});

describe("the self-test inside Excel (the recording Office.js fake through ExcelHost)", () => {
  async function excelRun(apiVersion = "1.15") {
    const { host, fake } = hostOverFake({ apiVersion, custom: callC2c });
    fake.addSheet("Sheet1", [["mine"]]);
    const session = createPaneSession(host, {
      environment: "excel",
      now: () => NOW,
      selfTest: { scratch: new ExcelScratch(fake.run), diagnostics: () => EXCEL_DIAGNOSTICS },
    });
    const report = await session.selfTest(progressLog().report);
    return { report, fake };
  }

  it("runs every check, with the live formulas computed and read back", async () => {
    const { report } = await excelRun();
    const byId = new Map(report.results.map((r) => [r.id, r]));
    expect(report.results.every((r) => r.status !== "needs-excel")).toBe(true);
    for (const id of ["values-formulas", "live-score", "itemscore-blanks", "names", "chart"])
      expect([id, byId.get(id)?.status]).toEqual([id, "passed"]);
    for (const id of ["large-text", "selection", "table-growth"]) {
      expect([id, byId.get(id)?.status]).toEqual([id, "passed"]);
    }
    expect(byId.get("live-score")?.detail).toContain("then the number 75");
    const megabytes = Number(/^([\d.]+) MB/.exec(byId.get("large-text")?.detail ?? "")?.[1]);
    expect(megabytes).toBeGreaterThan(1);
    // Issue 16's findings 3 and 5 (appended rows clear calculated columns; protection is checked
    // only for table growth) are the host's to fix; here both checks must have run in "Excel".
    for (const id of ["calculated-column", "protected-sheet"])
      expect(byId.get(id)?.status).not.toBe("needs-excel");
    expect(report.text).toContain("Excel on the web (OfficeOnline)");
    expect(report.text).toContain("Version: 16.0.18025.20160");
    expect(report.text).toContain("Requirement sets: ExcelApi 1.1–1.9");
    expect(report.summary).toMatch(/^Self-test: \d+ of 10 checks passed$/);
  });

  it("removes every scratch sheet and name from the workbook", async () => {
    const { fake } = await excelRun();
    expect(fake.workbook.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1"]);
    expect(fake.workbook.names).toEqual([]);
  });
});

describe("the self-test in French and Spanish", () => {
  // Words of the English details and report that none of the French or Spanish ones contain.
  const ENGLISH_WORDS =
    /\b(the|and|of|was|were|not|shows|showed|read|back|cell|cells|sheet|table|formula|blank|number|text|passed|failed|refused|written|selected|chart|only|after|inside|then|once|needs?|Passed|FAILED|Self-test|self-test|checks|Browser|preview|Requirement|none|reported|Run at)\b/;

  const LANGUAGES = [
    ["fr", "fr-FR", paneTexts("fr", "fr-FR")],
    ["es", "es-ES", paneTexts("es", "es-ES")],
  ] as const;

  /**
   * The lines holding a word of the list. The scratch sheets keep their English names in every
   * language ("C2C self-test 5"), so that a later run in any language finds and removes the sheets
   * an interrupted one left; those names are left out of the scan.
   */
  function englishIn(text: string): string[] {
    return text
      .split("\n")
      .filter((line) => ENGLISH_WORDS.test(line.replace(/C2C self-test \d+/g, "")));
  }

  it("the list of English words catches the English report, so the checks below can fail", async () => {
    const workbook = MemoryWorkbook.fromSheets({ Sheet1: [["mine"]] });
    const report = await previewSession(workbook).selfTest(progressLog().report);
    const lines = report.text.split("\n").filter((line) => line !== "");
    expect(englishIn(report.text)).toEqual(lines);
  });

  it.each(LANGUAGES)(
    "in %s, the preview's report is in that language, with no English word of the list",
    async (_language, _locale, texts) => {
      const workbook = MemoryWorkbook.fromSheets({ Sheet1: [["mine"]] });
      const report = await createPaneSession(workbook, {
        environment: "preview",
        now: () => NOW,
        texts: () => texts,
        selfTest: { scratch: new MemoryScratch(workbook), diagnostics: () => PREVIEW_DIAGNOSTICS },
      }).selfTest(progressLog().report);
      expect(report.results.filter((r) => r.status === "failed")).toEqual([]);
      expect(englishIn(report.text)).toEqual([]);
      for (const check of SELF_TEST_CHECKS) expect(report.text).toContain(texts.t(check.title));
      expect(report.summary).toBe(texts.t("selfTest.summary", { passed: 8, ran: 8 }));
    },
  );

  it("in French, says what each check saw in French words, with decimal commas", async () => {
    const workbook = MemoryWorkbook.fromSheets({ Sheet1: [["mine"]] });
    const french = paneTexts("fr", "fr-FR");
    const report = await createPaneSession(workbook, {
      environment: "preview",
      now: () => NOW,
      texts: () => french,
      selfTest: { scratch: new MemoryScratch(workbook), diagnostics: () => PREVIEW_DIAGNOSTICS },
    }).selfTest(progressLog().report);
    const detail = new Map(report.results.map((r) => [r.id, r.detail]));
    expect(report.summary).toBe("Autotest : 8 sur 8 contrôles réussis");
    expect(detail.get("values-formulas")).toBe(
      "Un texte, un nombre, VRAI et la formule =B1*2 (qui affiche 85) ont été relus tels qu'ils ont été écrits.",
    );
    expect(detail.get("live-score")).toBe(
      "Le module des fonctions donne la note 50 aux cellules relues (42,5, pire valeur 5, valeur cible 80) ; la formule en direct n'est calculée que dans Excel.",
    );
    expect(detail.get("large-text")).toMatch(
      /^1,\d\d Mo de texte \(UTF-8\) dans 150 cellules ont été relus tels qu'ils ont été écrits\.$/,
    );
    expect(detail.get("calculated-column")).toBe("Seul Excel remplit une colonne calculée.");
    expect(report.text).toContain(
      "Application : Aperçu dans le navigateur, sans Excel : le classeur en mémoire et le module des fonctions le remplacent",
    );
    expect(report.text).toContain(
      "Demande Excel : Une ligne ajoutée à un tableau garde sa colonne calculée.",
    );
  });

  async function excelRunIn(texts: ReturnType<typeof paneTexts>) {
    const { host, fake } = hostOverFake({ apiVersion: "1.15", custom: callC2c });
    fake.addSheet("Sheet1", [["mine"]]);
    const session = createPaneSession(host, {
      environment: "excel",
      now: () => NOW,
      texts: () => texts,
      selfTest: { scratch: new ExcelScratch(fake.run), diagnostics: () => EXCEL_DIAGNOSTICS },
    });
    return session.selfTest(progressLog().report);
  }

  it.each(LANGUAGES)(
    "in %s, inside Excel (the recording fake), every detail and the report are in that language",
    async (_language, _locale, texts) => {
      const report = await excelRunIn(texts);
      expect(report.results.every((r) => r.status !== "needs-excel")).toBe(true);
      expect(englishIn(report.text)).toEqual([]);
    },
  );

  it("in Spanish inside Excel, names the functions as Spanish Excel does and writes 61,25", async () => {
    const report = await excelRunIn(paneTexts("es", "es-ES"));
    const detail = new Map(report.results.map((r) => [r.id, r.detail]));
    expect(detail.get("live-score")).toBe(
      "=C2C.PUNTUACION(A1;B1;C1) ha mostrado el número 50 y luego el número 75 cuando A1 ha pasado a 61,25, como lo calcula el módulo de funciones.",
    );
    expect(detail.get("itemscore-blanks")).toBe(
      "=C2C.PUNTUACIONELEMENTO(A1:C1) sobre 4, una celda vacía y 2 muestra 3: Excel ha pasado la celda vacía como vacía.",
    );
    // The refusal comes from the host's protection check; the pane says it in Spanish.
    expect(detail.get("protected-sheet")).toBe(
      "Se ha rechazado la escritura antes de escribir nada: «La hoja «C2C self-test 11» está protegida, así que no se pueden escribir sus celdas (A1); no se ha escrito nada. Desproteja la hoja (Revisar › Desproteger hoja) y vuelva a intentarlo.»",
    );
    expect(report.text).toContain("Aplicación: Excel para la Web (OfficeOnline)");
  });
});
