// The pane's questionnaire for survey tools and its import of wide exports, on the memory host:
// the questionnaire's bytes read back by our own package reader and checked against the XLSForm
// rules and against the form the CLI writes; a Google Forms CSV and a Kobo .xlsx imported.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readAssessment } from "../../../src/engine/read";
import { assessmentXlsform, xlsformSheets } from "../../../src/engine/survey";
import { textOf } from "../../../src/engine/sheetValues";
import { readAnswersFile } from "../../../src/host/xlsx/exportSheets";
import { MemoryWorkbook } from "../../../src/host/memory/memoryWorkbook";
import { createPaneSession } from "../../../src/taskpane/workflows/paneSession";
import type { PaneWorkflows } from "../../../src/taskpane/workflows/types";
import { valuesWorkbookBytes } from "../../../src/xlsxWriter/valuesWorkbook";
import { xlsformProblems, type FormSheets } from "../../engine/survey/xlsformRules";
import { CONTRACT_TABLES } from "../../../src/app/scoredReading";
import { NOW } from "./paneFixtures";

const GOOGLE = join(__dirname, "..", "..", "fixtures", "survey", "google-forms.csv");

async function newSession(): Promise<{ host: MemoryWorkbook; pane: PaneWorkflows }> {
  const host = MemoryWorkbook.empty();
  const pane = createPaneSession(host, { environment: "preview", now: () => NOW });
  await pane.createAssessment(
    {
      partnershipName: "Lyon–Rabat",
      cities: ["Lyon", "Rabat"],
      years: [2024],
      list: "simplified",
      respondents: ["Ana"],
    },
    () => undefined,
  );
  return { host, pane };
}

/** An .xlsx's sheets as a survey tool reads them: rows of text, read by our own reader. */
async function sheetsOf(bytes: Uint8Array): Promise<FormSheets> {
  const reading = await readAnswersFile(bytes);
  if (!reading.ok || reading.source.kind !== "sheets") throw new Error("not a workbook");
  return Object.fromEntries(
    reading.source.sheets.map((sheet) => {
      const width = Math.max(...sheet.rows.map((row) => row.cells.length));
      return [
        sheet.name,
        sheet.rows.map((row) =>
          Array.from({ length: width }, (_, index) => textOf(row.cells[index])),
        ),
      ];
    }),
  );
}

describe("the pane's questionnaire for survey tools", () => {
  it("is the XLSForm the CLI writes, in the languages ticked, the first the default", async () => {
    const { host, pane } = await newSession();
    const steps: string[] = [];
    const result = await pane.questionnaire(["fr", "es"], (message) => steps.push(message));
    expect(steps).toEqual(["Reading the checklist", "Writing the questionnaire", "Done"]);
    expect(result.file).toMatchObject({
      kind: "file",
      fileName: "Lyon–Rabat questionnaire.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    });
    expect(result.file.description).toMatch(
      /^An XLSForm with 57 items in 10 principle groups, in French, Spanish \(form c2c_lyon_rabat, version 2026\.1-[0-9a-f]{8}\)\./,
    );
    const content = result.file.content;
    if (typeof content === "string") throw new Error("the form is not bytes");
    const sheets = await sheetsOf(content);
    expect(Object.keys(sheets)).toEqual(["survey", "choices", "settings"]);
    expect(xlsformProblems(sheets)).toEqual([]);
    expect(sheets.settings?.[1]?.[3]).toBe("French (fr)");
    // The same form as the CLI's: the form of the same assessment, written by the same writer.
    const { assessment } = readAssessment(await host.readTables(CONTRACT_TABLES));
    if (assessment === null) throw new Error("no assessment");
    const form = assessmentXlsform(assessment, ["fr", "es"]);
    expect(sheets).toEqual(await sheetsOf(await valuesWorkbookBytes(xlsformSheets(form), {})));
  });

  it("asks for a language when none is ticked", async () => {
    const { pane } = await newSession();
    await expect(pane.questionnaire([], () => undefined)).rejects.toThrow(
      "Tick at least one language for the questionnaire.",
    );
  });
});

describe("the pane's import of wide exports", () => {
  it("imports a Google Forms CSV given as bytes, and a second time adds nothing", async () => {
    const { pane } = await newSession();
    const bytes = new Uint8Array(readFileSync(GOOGLE));
    const first = await pane.importAnswers(bytes, () => undefined);
    expect(first).toMatchObject({
      respondentsAdded: ["Claire Martin", "Anonymous 1"],
      answersWritten: 8,
      rejected: [],
    });
    const second = await pane.importAnswers(bytes, () => undefined);
    expect(second).toMatchObject({ respondentsAdded: [], answersWritten: 0, rejected: [] });
    expect(second.notes).toContain(
      "3 submissions were imported before: only their blank answers were filled.",
    );
  });

  it("names a sheet cell it cannot place in an .xlsx export", async () => {
    const { pane } = await newSession();
    const bytes = await valuesWorkbookBytes(
      [
        {
          name: "Kobo export",
          owned: false,
          cells: [
            ["respondent", "TA/TA1", "TA/TA2", "_uuid"],
            ["Cleo", "4", "seven", "u-1"],
          ].flatMap((row, rowIndex) =>
            row.map((value, column) => ({
              address: `${"ABCD"[column] ?? "A"}${rowIndex + 1}`,
              value,
            })),
          ),
        },
      ],
      {},
    );
    const result = await pane.importAnswers(bytes, () => undefined);
    expect(result.respondentsAdded).toEqual(["Cleo"]);
    expect(result.rejected.map(({ reason }) => reason?.code)).toEqual(["answers.inColumn"]);
    expect(result.rejected.map(({ line, place, message }) => ({ line, place, message }))).toEqual([
      {
        line: 2,
        place: { kind: "cell", sheet: "Kobo export", cell: "C2" },
        message:
          'column "TA/TA2" (\'Kobo export\'!C1): "seven" is not an answer: use 1 to 5, n/a or ?, or one of the form\'s choices such as "3 – Partly in place"; the answer to TA2 was not placed',
      },
    ]);
  });

  it("refuses a file that is no answers file with a plain sentence", async () => {
    const { pane } = await newSession();
    await expect(
      pane.importAnswers(new TextEncoder().encode("Timestamp,Color\n1,red\n"), () => undefined),
    ).rejects.toThrow(
      /^The answers file cannot be imported: no column holds answers to a checklist item: .* its header line has "Timestamp", "Color"\.$/,
    );
  });
});
