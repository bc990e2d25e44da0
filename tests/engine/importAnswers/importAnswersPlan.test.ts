import { catalogue } from "../../../src/engine/catalogue";
import {
  ImportAnswersError,
  importAnswersCsv,
  importAnswersPlan,
  parseAnswersCsv,
} from "../../../src/engine/importAnswers";
import { MemoryWorkbook } from "../../../src/host/memory/memoryWorkbook";
import { contractTables, lines, newAssessmentWorkbook } from "./importAnswersFixtures";

// The new assessment's Checklist: header on row 4, TA1 on row 5 and the catalogue's items in order;
// Ana answers in D, Ben in E, Item score in F. Its Stakeholders: Ana on row 5 (blank organisation
// and group), Ben on row 6 (academia).
const rowOf = (itemId: string): number =>
  5 + catalogue.items.findIndex((item) => item.id === itemId);
const indexOf = (itemId: string): number => catalogue.items.findIndex((item) => item.id === itemId);

describe("importAnswersPlan on a new assessment", () => {
  let workbook: MemoryWorkbook;
  beforeAll(async () => {
    workbook = await newAssessmentWorkbook();
    workbook.setCell("Checklist", "D5", 3); // Ana, TA1
    workbook.setCell("Checklist", "D6", "n/a"); // Ana, TA2
  });

  const file = lines(
    "Respondent,Item ID,Answer,Group,Organisation", //               1
    "Cleo,TA1,4,civil society,Rabat Youth Forum", //                  2 new
    "Cleo,TA2,n/a,civil society,Rabat Youth Forum", //                3 new
    "Dan,P2P1,?,youth,", //                                          4 new
    "Cleo,DIG5,2,,", //                                              5 new, group from line 2
    "ana,TA1,4,local government,", //                                 6 D5 holds 3: not written
    "Ana,TA2,N/A,local government,Ville de Lyon", //                  7 D6 holds n/a: already there
    "Ana,TA3,5,local government,", //                                 8 D7 blank: written
    "Ben,TA1,2,youth,", //                                           9 written; Ben's register group kept
    "Eve,TA1,9,youth,", //                                          10 off the scale (file)
  );

  it("inserts the new respondents' columns before Item score, with their answers on their items' rows", async () => {
    const parsed = parseAnswersCsv(file);
    const { plan } = importAnswersPlan(
      await contractTables(workbook),
      parsed.rows,
      parsed.rejected,
    );
    const checklistEdit = plan.tableEdits?.find((edit) => edit.table === "C2C_Checklist");
    expect(checklistEdit?.insertColumns?.before).toBe("Item score");
    const columns = checklistEdit?.insertColumns?.columns ?? [];
    expect(columns.map((column) => column.header)).toEqual(["Cleo", "Dan"]);

    const expectedCleo: (number | string | null)[] = catalogue.items.map(() => null);
    expectedCleo[indexOf("TA1")] = 4;
    expectedCleo[indexOf("TA2")] = "n/a";
    expectedCleo[indexOf("DIG5")] = 2;
    expect(columns[0]?.values).toEqual(expectedCleo);
    const expectedDan: (number | string | null)[] = catalogue.items.map(() => null);
    expectedDan[indexOf("P2P1")] = "?";
    expect(columns[1]?.values).toEqual(expectedDan);
  });

  it("appends new respondents to the register and fills only blank register cells of known ones", async () => {
    const parsed = parseAnswersCsv(file);
    const { plan, report } = importAnswersPlan(
      await contractTables(workbook),
      parsed.rows,
      parsed.rejected,
    );
    expect(plan.tableEdits?.find((edit) => edit.table === "C2C_Stakeholders")).toEqual({
      table: "C2C_Stakeholders",
      appendRows: [
        { Respondent: "Cleo", Organisation: "Rabat Youth Forum", Group: "civil society" },
        { Respondent: "Dan", Organisation: null, Group: "youth" },
      ],
    });
    expect(plan.edits?.find((edit) => edit.sheet === "Stakeholders")?.cells).toEqual([
      { address: "B5", value: "Ville de Lyon" },
      { address: "C5", value: "local government" },
    ]);
    expect(report.stakeholdersAdded).toEqual(["Cleo", "Dan"]);
    expect(report.notes).toMatchObject([
      {
        line: 9,
        message: `Stakeholders!C6 already says Ben's group is "academia"; the file's "youth" was not written`,
      },
    ]);
  });

  it("writes known respondents' answers into blank cells only, and says which answer was kept", async () => {
    const parsed = parseAnswersCsv(file);
    const { plan, report } = importAnswersPlan(
      await contractTables(workbook),
      parsed.rows,
      parsed.rejected,
    );
    expect(plan.edits?.find((edit) => edit.sheet === "Checklist")?.cells).toEqual([
      { address: `D${rowOf("TA3")}`, value: 5 },
      { address: `E${rowOf("TA1")}`, value: 2 },
    ]);
    expect(report).toMatchObject({
      respondentsAdded: ["Cleo", "Dan"],
      answersWritten: 6,
      answersUnchanged: 1,
    });
    expect(report.rejected).toMatchObject([
      { line: 6, message: "Checklist!D5 already holds 3; the file's answer 4 was not written" },
      {
        line: 10,
        message: "the answer 9 is not on the scale: use a whole number from 1 to 5, n/a or ?",
      },
    ]);
  });

  it("gives the same plan and report through importAnswersCsv", async () => {
    const tables = await contractTables(workbook);
    const parsed = parseAnswersCsv(file);
    expect(importAnswersCsv(tables, file)).toEqual(
      importAnswersPlan(tables, parsed.rows, parsed.rejected),
    );
  });

  it("plans nothing for a file whose answers are all in the workbook already", async () => {
    const { plan, report } = importAnswersCsv(
      await contractTables(workbook),
      lines("Respondent,Item ID,Answer", "Ana,TA1,3", "Ana,TA2,n/a"),
    );
    expect(plan.tableEdits).toEqual([]);
    expect(plan.edits).toEqual([]);
    expect(report).toEqual({
      respondentsAdded: [],
      answersWritten: 0,
      rejected: [],
      stakeholdersAdded: [],
      submissionsSeenBefore: 0,
      answersUnchanged: 2,
      notes: [],
    });
  });

  it("refuses a new respondent whose name is already a header of the checklist table", async () => {
    const { plan, report } = importAnswersCsv(
      await contractTables(workbook),
      lines("Respondent,Item ID,Answer", "item score,TA1,3"),
    );
    expect(plan.tableEdits).toEqual([]);
    expect(report.rejected).toMatchObject([
      {
        line: 2,
        message: `the checklist table already has a column headed like "item score" that is not a respondent's; rename the respondent in the file`,
      },
    ]);
  });
});

describe("importAnswersPlan on a workbook another tool prepared", () => {
  // Two items only, no Item score column, a respondent's name on two columns, no register.
  const foreign = (): MemoryWorkbook =>
    MemoryWorkbook.fromSheets(
      {
        Answers: [
          ["Principle", "Item ID", "Item", "Ana", "Ben", "ben ", "Evidence"],
          ["TA", "TA1", "addresses concrete local challenges", 4, null, null, ""],
          ["TA", "TA2", "creates synergies", null, 2, 3, ""],
        ],
      },
      [{ name: "C2C_Checklist", sheet: "Answers", range: "A1:G3" }],
    );

  it("puts new columns before the first computed or Evidence column, reports items without a row and respondents on two columns", async () => {
    const { plan, report } = importAnswersCsv(
      await contractTables(foreign()),
      lines(
        "Respondent,Item ID,Answer,Group",
        "Cleo,TA2,5,academia",
        "Cleo,TA3,4,academia",
        "Ana,TA2,1,",
        "Ben,TA1,3,",
        "Fay,TA4,2,",
      ),
    );
    expect(plan.tableEdits).toEqual([
      {
        table: "C2C_Checklist",
        insertColumns: { before: "Evidence", columns: [{ header: "Cleo", values: [null, 5] }] },
      },
    ]);
    expect(plan.edits).toEqual([{ sheet: "Answers", cells: [{ address: "D3", value: 1 }] }]);
    expect(report).toMatchObject({
      respondentsAdded: ["Cleo"],
      answersWritten: 2,
      answersUnchanged: 0,
      stakeholdersAdded: [],
      submissionsSeenBefore: 0,
      rejected: [
        {
          line: 3,
          message:
            "the checklist table (C2C_Checklist) has no row for item TA3; add the item's row and import again",
        },
        {
          line: 5,
          message: `two Checklist columns (E and F) are headed "Ben", so it is unclear which holds these answers; the answer was not written`,
        },
        {
          line: 6,
          message:
            "the checklist table (C2C_Checklist) has no row for item TA4; add the item's row and import again",
        },
      ],
      notes: [
        {
          line: 2,
          message:
            "the workbook has no stakeholder register (C2C_Stakeholders with a Respondent column), so Cleo's organisation and group are not recorded",
        },
      ],
    });
  });

  it("heads a new column as the register spells a respondent it knows, and adds no second register row", async () => {
    const workbook = MemoryWorkbook.fromSheets(
      {
        Checklist: [
          ["Principle", "Item ID", "Item", "Ana", "Item score"],
          ["TA", "TA1", "addresses concrete local challenges", 4, null],
        ],
        People: [
          ["Respondent", "Organisation", "Group"],
          ["Ana", "Ville de Lyon", "local government"],
          ["Youssef El Amrani", "Commune de Rabat", null],
        ],
      },
      [
        { name: "C2C_Checklist", sheet: "Checklist", range: "A1:E2" },
        { name: "C2C_Stakeholders", sheet: "People", range: "A1:C3" },
      ],
    );
    const { plan, report } = importAnswersCsv(
      await contractTables(workbook),
      lines("Name;Item;Answer;Group", "youssef  el AMRANI;ta1;2;Local Government"),
    );
    expect(plan.tableEdits).toEqual([
      {
        table: "C2C_Checklist",
        insertColumns: {
          before: "Item score",
          columns: [{ header: "Youssef El Amrani", values: [2] }],
        },
      },
    ]);
    expect(plan.edits).toEqual([
      { sheet: "People", cells: [{ address: "C3", value: "local government" }] },
    ]);
    expect(report.respondentsAdded).toEqual(["Youssef El Amrani"]);
    expect(report.stakeholdersAdded).toEqual([]);
  });

  it("throws IntakeError when the workbook has no checklist table", async () => {
    const workbook = MemoryWorkbook.fromSheets({ Notes: [["Topic"], ["budget"]] }, [
      { name: "Notes", sheet: "Notes", range: "A1:A2" },
    ]);
    const tables = await contractTables(workbook);
    expect(() => importAnswersCsv(tables, lines("Respondent,Item ID,Answer", "Ana,TA1,3"))).toThrow(
      ImportAnswersError,
    );
    expect(() => importAnswersCsv(tables, lines("Respondent,Item ID,Answer", "Ana,TA1,3"))).toThrow(
      /no checklist table \(C2C_Checklist\)/,
    );
  });
});
