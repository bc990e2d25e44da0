// Wide exports (one row per submission) imported into a workbook held by the memory host and read
// back as scoring reads it. The round trip writes the export in the very names and labels of the
// form `c2c survey --xlsform` builds for the workbook, as KoboToolbox exports it.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  importAnswersSource,
  importedSubmissions,
  type AnswersSource,
} from "../../../src/engine/importAnswers";
import { readAssessment } from "../../../src/engine/read";
import { assessmentXlsform, LISTS } from "../../../src/engine/survey";
import type { MemoryWorkbook } from "../../../src/host/memory/memoryWorkbook";
import { contractTables, newAssessmentWorkbook } from "./importAnswersFixtures";

const FIXTURES = join(__dirname, "..", "..", "fixtures", "survey");
const text = (csv: string): AnswersSource => ({ kind: "text", text: csv });

async function assessmentOf(workbook: MemoryWorkbook) {
  const { assessment } = readAssessment(await contractTables(workbook));
  if (assessment === null) throw new Error("the workbook no longer reads as an assessment");
  return assessment;
}

/** Imports `source` and applies the plan; returns the report. */
async function importInto(workbook: MemoryWorkbook, source: AnswersSource) {
  const imported = importAnswersSource(
    await contractTables(workbook),
    source,
    await workbook.readAddinData(),
  );
  if (!imported.ok) throw new Error(imported.message);
  await workbook.applyPlan(imported.plan, { dialect: "portable", existingSheet: "fail" });
  return imported;
}

function answerOf(
  assessment: Awaited<ReturnType<typeof assessmentOf>>,
  respondent: string,
  itemId: string,
): unknown {
  const column = assessment.respondents.findIndex((entry) => entry.name === respondent);
  return assessment.checklist.find((row) => row.itemId === itemId)?.answers[column];
}

/** A CSV field quoted as Kobo quotes every field. */
const quoted = (field: string): string => `"${field.replace(/"/g, '""')}"`;

describe("an XLSForm round trip: a Kobo export in the form's own names, imported back", () => {
  // Each item's answer follows from its position, so every cell is checked independently.
  const choiceOf = (index: number): string =>
    ["1", "2", "3", "4", "5", "na", "dk"][index % 7] ?? "";
  const valueOf = (index: number): number | string => [1, 2, 3, 4, 5, "n/a", "?"][index % 7] ?? "";

  async function roundTrip() {
    const workbook = await newAssessmentWorkbook();
    const form = assessmentXlsform(await assessmentOf(workbook));
    // Kobo's "XML values and headers" export: group paths, choice names, its metadata around them.
    const paths: { path: string; itemId: string }[] = [];
    let group = "";
    for (const row of form.survey) {
      if (row.type === "begin_group") group = row.name;
      if (row.type === `select_one ${LISTS.answer}`)
        paths.push({ path: `${group}/${row.name}`, itemId: row.name });
    }
    const cityChoices = form.choices.filter((choice) => choice.listName === LISTS.city);
    const header = [
      "start",
      "end",
      "today",
      "deviceid",
      "respondent",
      "stakeholder_group",
      "organisation",
      "city",
      ...paths.map((entry) => entry.path),
      "_id",
      "_uuid",
      "_submission_time",
      "_validation_status",
      "_index",
      "_geolocation",
    ];
    const submission = (
      name: string,
      groupName: string,
      organisation: string,
      city: string,
      uuid: string,
      shift: number,
    ): string[] => [
      "2026-11-30T09:12:00.000+01:00",
      "2026-11-30T09:31:00.000+01:00",
      "2026-11-30",
      "collect:Xy12DeviceSecret",
      name,
      groupName,
      organisation,
      city,
      ...paths.map((_, index) => choiceOf(index + shift)),
      "181",
      uuid,
      "2026-11-30T08:31:05",
      "",
      "1",
      "[34.02, -6.83]",
    ];
    const csv = [
      header,
      submission(
        "Cleo",
        "civil_society",
        "Rabat Youth Forum",
        cityChoices[1]?.name ?? "",
        "5b1c2f8e-6a3d-4c2b-9f1e-0d7a8b9c0e1f",
        0,
      ),
      submission(
        "Ana",
        "local_government",
        "Ville de Lyon",
        cityChoices[0]?.name ?? "",
        "8f0e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
        3,
      ),
    ]
      .map((row) => row.map(quoted).join(";"))
      .join("\r\n");
    const report = (await importInto(workbook, text(csv))).report;
    return { workbook, paths, report, csv };
  }

  it("places every answer under its item, the new respondent's and the known one's", async () => {
    const { workbook, paths, report } = await roundTrip();
    expect(report.rejected).toEqual([]);
    expect(report.respondentsAdded).toEqual(["Cleo"]);
    expect(report.answersWritten).toBe(2 * paths.length);
    const assessment = await assessmentOf(workbook);
    paths.forEach(({ itemId }, index) => {
      expect([itemId, answerOf(assessment, "Cleo", itemId)]).toEqual([itemId, valueOf(index)]);
      expect([itemId, answerOf(assessment, "Ana", itemId)]).toEqual([itemId, valueOf(index + 3)]);
    });
    expect(paths).toHaveLength(57);
  });

  it("fills the register with the group, organisation and city, reading the cities' choice names", async () => {
    const assessment = await assessmentOf((await roundTrip()).workbook);
    expect(
      assessment.respondents.map((entry) => [
        entry.name,
        entry.group,
        entry.organisation,
        entry.city,
      ]),
    ).toEqual([
      ["Ana", "local government", "Ville de Lyon", "Lyon"],
      ["Ben", "academia", "Université Mohammed V", ""],
      ["Cleo", "civil society", "Rabat Youth Forum", "Rabat"],
    ]);
  });

  it("records each submission's _uuid on the add-in sheet, and a second import adds nothing", async () => {
    const { workbook, csv } = await roundTrip();
    const recorded = importedSubmissions(await workbook.readAddinData());
    expect([...recorded]).toEqual([
      ["kobo:5b1c2f8e-6a3d-4c2b-9f1e-0d7a8b9c0e1f", "Cleo"],
      ["kobo:8f0e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", "Ana"],
    ]);
    const before = await contractTables(workbook);
    const again = await importInto(workbook, text(csv));
    expect(again.report).toMatchObject({
      respondentsAdded: [],
      stakeholdersAdded: [],
      answersWritten: 0,
      answersUnchanged: 2 * 57,
      submissionsSeenBefore: 2,
      rejected: [],
    });
    expect(again.plan.tableEdits).toEqual([]);
    expect(again.plan.edits).toEqual([]);
    expect(await contractTables(workbook)).toEqual(before);
  });

  it("never copies device data, geolocation or Kobo's metadata", async () => {
    const { workbook } = await roundTrip();
    const everything =
      JSON.stringify(await contractTables(workbook)) +
      JSON.stringify(await workbook.readAddinData());
    for (const secret of ["Xy12DeviceSecret", "34.02", "2026-11-30T08:31:05", "181"])
      expect([secret, everything.includes(secret)]).toEqual([secret, false]);
  });
});

describe("a Kobo export with French labels as headers and values", () => {
  it("reads the items from labels after a group path, and the answers and group from French labels", async () => {
    const workbook = await newAssessmentWorkbook();
    const report = (
      await importInto(workbook, text(readFileSync(join(FIXTURES, "kobo-labels-fr.csv"), "utf8")))
    ).report;
    expect(report.rejected).toMatchObject([
      {
        line: 3,
        message:
          'column "TA — Approche territoriale/TA3. est intégré à la stratégie locale de développement de chaque ville partenaire": "3 – Pleinement en place et réexaminé" is not one of the form\'s answers: its number and its words disagree; the answer to TA3 was not placed',
      },
    ]);
    const assessment = await assessmentOf(workbook);
    expect(
      ["TA1", "TA2", "TA3", "P2P1"].map((itemId) => [
        answerOf(assessment, "Chantal Diouf", itemId),
        answerOf(assessment, "Ana", itemId),
      ]),
    ).toEqual([
      [3, 4],
      [5, "n/a"],
      ["?", null],
      [2, 1],
    ]);
    const chantal = assessment.respondents.find((entry) => entry.name === "Chantal Diouf");
    expect([chantal?.group, chantal?.city]).toEqual(["civil society", "Rabat"]);
  });
});

describe("wide exports that cannot be read, and cells that cannot be placed", () => {
  it("refuses a file with no item column, saying which columns were expected", async () => {
    const workbook = await newAssessmentWorkbook();
    const imported = importAnswersSource(
      await contractTables(workbook),
      text(
        "Timestamp,Email Address,Your name,How did you hear of us?\n2026/11/30 10:00:00,a@b.org,Ana,radio\n",
      ),
      {},
    );
    expect(imported).toMatchObject({
      ok: false,
      message:
        'no column holds answers to a checklist item: a survey tool\'s export needs a column per item, headed by the form\'s question name (such as "TA1" or "TA/TA1") or by a question text starting with the item ID (such as "TA1. …"), and the long layout needs the columns Respondent, Item ID and Answer; its header line has "Timestamp", "Email Address", "Your name", "How did you hear of us?"',
    });
  });

  it("lists each cell it cannot place with its column and why, and places the rest", async () => {
    const workbook = await newAssessmentWorkbook();
    const csv = [
      "Respondent|Stakeholder group|City|TA1|TA10|TA/TA2|Comments",
      "Cleo|pirates|Paris|6|4|3|very good",
      "|youth||2|2|2|",
    ].join("\n");
    const imported = importAnswersSource(await contractTables(workbook), text(csv), {});
    if (!imported.ok) throw new Error(imported.message);
    expect(imported.report.rejected).toMatchObject([
      {
        line: 2,
        message:
          'column "TA1": the answer 6 is not on the scale: use a whole number from 1 to 5, n/a or ?; the answer to TA1 was not placed',
      },
      {
        line: 2,
        message:
          'column "Stakeholder group": "pirates" is not a stakeholder group (local government, regional government, national government, civil society, academia, youth, private sector, donor or financial institution), so it is not recorded',
      },
      {
        line: 2,
        message:
          'column "City": "Paris" is not one of the partnership\'s cities (the partner cities are Lyon, Rabat), so it is not recorded',
      },
      {
        line: 3,
        message:
          "the submission names no respondent and has no id, so a later import could not tell it from another: give it a name and import again",
      },
    ]);
    expect(imported.report.notes).toMatchObject([
      {
        line: 1,
        message:
          'these columns are not read, being neither a checklist item of the workbook nor a respondent\'s detail: "TA10", "Comments"',
      },
    ]);
    expect(imported.report.answersWritten).toBe(1);
  });
});

describe("the ways survey tools head an item's column", () => {
  it.each([
    ["Kobo, XML names, '/' groups", "TA/TA1", "MLG/MLG2"],
    ["Kobo, XML names, '.' groups, deeper", "checklist.TA.TA1", "checklist.MLG.MLG2"],
    ["ODK Central, '-' groups", "TA-TA1", "MLG-MLG2"],
    ["bare question names", "ta1", "MLG2"],
    [
      "Kobo, labels, '.' groups",
      "TA — Territorial approach.TA1. addresses concrete local challenges (incl. water)",
      "MLG — Multi-level governance.MLG2. strengthens vertical co-ordination",
    ],
    ["question texts", "TA1 – Local challenges?", "MLG2: vertical co-ordination *"],
  ])("%s", async (_, first, second) => {
    const workbook = await newAssessmentWorkbook();
    const csv = [
      ["respondent", first, second, "meta-instanceID"].map(quoted).join(","),
      ["Cleo", "4", "2 – Planned or early stage", "uuid:4d1e"].map(quoted).join(","),
    ].join("\n");
    const imported = await importInto(workbook, text(csv));
    expect(imported.report.rejected).toEqual([]);
    const assessment = await assessmentOf(workbook);
    expect([answerOf(assessment, "Cleo", "TA1"), answerOf(assessment, "Cleo", "MLG2")]).toEqual([
      4, 2,
    ]);
    expect([...importedSubmissions(await workbook.readAddinData()).keys()]).toEqual([
      "export:4d1e",
    ]);
  });

  it("reads a custom item of the workbook's checklist, which the catalogue does not have", async () => {
    const workbook = await newAssessmentWorkbook();
    await workbook.applyPlan(
      {
        styles: {},
        sheets: [],
        names: [],
        tableEdits: [
          {
            table: "C2C_Checklist",
            appendRows: [
              { Principle: "TA", "Item ID": "TA-LOC1", Item: "the partnership uses the port" },
            ],
          },
        ],
      },
      { dialect: "portable", existingSheet: "fail" },
    );
    const form = assessmentXlsform(await assessmentOf(workbook));
    expect(form.survey.some((row) => row.name === "TA-LOC1")).toBe(true);
    const csv = "respondent;TA/TA-LOC1;TA/TA1;_uuid\nCleo;5;3;u-9\n";
    const imported = await importInto(workbook, text(csv));
    expect(imported.report.rejected).toEqual([]);
    const assessment = await assessmentOf(workbook);
    expect([answerOf(assessment, "Cleo", "TA-LOC1"), answerOf(assessment, "Cleo", "TA1")]).toEqual([
      5, 3,
    ]);
  });
});

describe("e-mail addresses typed where a name or organisation belongs", () => {
  it("copies neither: the row named by an address is refused, the organisation left blank", async () => {
    const workbook = await newAssessmentWorkbook();
    const csv = [
      "Timestamp,Email Address,Your name,Your organisation,TA1. Local challenges",
      "2026/11/30 10:02:13,x@y.org,dan@example.org,Rabat Youth Forum,4",
      "2026/11/30 10:05:00,z@y.org,Eve,eve@example.org,3",
    ].join("\n");
    const imported = await importInto(workbook, text(csv));
    expect(imported.report.rejected).toMatchObject([
      {
        line: 2,
        message:
          "the respondent's name is an e-mail address, which is never copied into the workbook; give the submission a name and import again",
      },
      {
        line: 3,
        message:
          'column "Your organisation": the organisation is an e-mail address, which is never copied into the workbook',
      },
    ]);
    const everything =
      JSON.stringify(await contractTables(workbook)) +
      JSON.stringify(await workbook.readAddinData());
    expect(everything).not.toContain("@");
    const assessment = await assessmentOf(workbook);
    expect(answerOf(assessment, "Eve", "TA1")).toBe(3);
  });
});

describe("the long layout in a workbook export", () => {
  it("reads Respondent, Item ID and Answer from the first sheet that has them, naming rows by sheet", async () => {
    const workbook = await newAssessmentWorkbook();
    const source: AnswersSource = {
      kind: "sheets",
      sheets: [
        { name: "Notes", rows: [{ line: 1, cells: ["exported 30 Nov"] }] },
        {
          name: "Answers",
          rows: [
            { line: 1, cells: ["Respondent", "Item ID", "Answer"] },
            { line: 2, cells: ["Cleo", "TA1", 4] },
            { line: 4, cells: ["Cleo", "TA2", 9] },
          ],
        },
      ],
    };
    const imported = await importInto(workbook, source);
    expect(imported.report.rejected).toMatchObject([
      {
        line: 4,
        place: { kind: "row", sheet: "Answers", row: 4 },
        message: "the answer 9 is not on the scale: use a whole number from 1 to 5, n/a or ?",
      },
    ]);
    expect(answerOf(await assessmentOf(workbook), "Cleo", "TA1")).toBe(4);
  });
});

describe("an answer already in the workbook", () => {
  it("is never overwritten by a later submission of the same respondent: the cell is named", async () => {
    const workbook = await newAssessmentWorkbook();
    await importInto(workbook, text("respondent,TA/TA1,_uuid\nAna,4,u-1\n"));
    // Ana's column is D, and TA1 the checklist's first item, on the row after the header.
    const checklist = (await contractTables(workbook)).C2C_Checklist;
    const cellOfAnaTA1 = `Checklist!D${(checklist?.rows[0]?.row ?? 0).toString()}`;
    const later = await importInto(workbook, text("respondent,TA/TA1,TA/TA2,_uuid\nAna,2,5,u-2\n"));
    expect(later.report.rejected.map((entry) => [entry.line, entry.message])).toEqual([
      [2, `${cellOfAnaTA1} already holds 4; the file's answer 2 was not written`],
    ]);
    const assessment = await assessmentOf(workbook);
    expect([answerOf(assessment, "Ana", "TA1"), answerOf(assessment, "Ana", "TA2")]).toEqual([
      4, 5,
    ]);
  });
});
