import { parseAnswersCsv } from "../../../src/engine/importAnswers";
import { phraseText } from "../../../src/engine/language/problemTexts";
import { detectDelimiter, readCsvRecords } from "../../../src/engine/importAnswers/csvRecords";

const lines = (...rows: string[]): string => `${rows.join("\n")}\n`;

describe("readCsvRecords: records with the line each starts on", () => {
  it("numbers lines as an editor does, across empty lines, quoted line breaks and mixed line ends", () => {
    const text = '\uFEFFa,b\r\n1,2\r\n\r\n"x\ny",3\n4,5\r6,7';
    const reading = readCsvRecords(text);
    expect(reading.error).toBeNull();
    expect(reading.records).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["1", "2"] },
      { line: 4, fields: ["x\ny", "3"] },
      { line: 6, fields: ["4", "5"] },
      { line: 7, fields: ["6", "7"] },
    ]);
  });

  it("names the line a never-closed quote opens on and keeps the records before it", () => {
    const reading = readCsvRecords(lines("a,b", "1,2", "", '3,"open', "4,5"));
    expect(reading.records.map((record) => record.line)).toEqual([1, 2]);
    expect(reading.error?.line).toBe(4);
    expect(reading.error?.message).toMatch(
      /^a quoted field that starts on this line is never closed/,
    );
  });

  it.each([
    ["Respondent,Item ID,Answer", ","],
    ["Respondent;Item ID;Answer", ";"],
    ["Respondent\tItem ID\tAnswer", "\t"],
    ['"Name, first";Item;Answer', ";"],
    ["Respondent", ","],
  ])("detects the delimiter of %j as %j", (header, delimiter) => {
    expect(detectDelimiter(header)).toBe(delimiter);
  });
});

describe("parseAnswersCsv: usable rows", () => {
  it("reads a comma file with a BOM, quoted fields and optional columns, whatever their order and case", () => {
    const parsed = parseAnswersCsv(
      "\uFEFF" +
        lines(
          "Timestamp,ORGANISATION,respondent,Stakeholder Group,Item ID,Answer",
          '2026-03-01,"City of Lyon, Europe unit",  Ana   Lopes ,Local Government,ta1,4',
          '2026-03-01,"City of Lyon, Europe unit",Ana Lopes,local government,TA2,N/A',
          "2026-03-02,,Ben,,p2p1,?",
        ),
    );
    expect(parsed.rejected).toEqual([]);
    expect(parsed.rows).toEqual([
      {
        line: 2,
        respondent: "Ana Lopes",
        itemId: "TA1",
        answer: 4,
        group: "local government",
        organisation: "City of Lyon, Europe unit",
      },
      {
        line: 3,
        respondent: "Ana Lopes",
        itemId: "TA2",
        answer: "n/a",
        group: "local government",
        organisation: "City of Lyon, Europe unit",
      },
      { line: 4, respondent: "Ben", itemId: "P2P1", answer: "?", group: null, organisation: "" },
    ]);
  });

  it("reads semicolon and tab files, and Name / Item / Response headers", () => {
    const semicolon = parseAnswersCsv(
      lines("Name;Item;Response", "Ana;TA1;5", '"Dupont; Marie";MLG2;2'),
    );
    expect(semicolon.rows.map((row) => [row.respondent, row.itemId, row.answer])).toEqual([
      ["Ana", "TA1", 5],
      ["Dupont; Marie", "MLG2", 2],
    ]);
    const tab = parseAnswersCsv(
      lines("Respondent\tItemID\tAnswer\tGroup", "Ana\tDIG5\t3\tacademia"),
    );
    expect(tab.rows).toEqual([
      {
        line: 2,
        respondent: "Ana",
        itemId: "DIG5",
        answer: 3,
        group: "academia",
        organisation: "",
      },
    ]);
    expect(tab.rejected).toEqual([]);
  });

  it("reads French and Spanish headers, the Responses table's own and Réponse / Respuesta", () => {
    const french = parseAnswersCsv(
      lines(
        "Répondant;ID de l'élément;Réponse;Groupe;Organisme",
        "Awa;TA1;s.o.;société civile;Enda",
      ),
    );
    expect(french.rejected).toEqual([]);
    expect(french.rows).toEqual([
      {
        line: 2,
        respondent: "Awa",
        itemId: "TA1",
        answer: "n/a",
        group: "civil society",
        organisation: "Enda",
      },
    ]);
    const spanish = parseAnswersCsv(
      lines("Nombre,ID del elemento,Respuesta,Grupo", "Lucía,MLG2,4,juventud"),
    );
    expect(spanish.rejected).toEqual([]);
    expect(spanish.rows.map((row) => [row.respondent, row.itemId, row.answer, row.group])).toEqual([
      ["Lucía", "MLG2", 4, "youth"],
    ]);
  });

  it("uses the Item ID column when the file also has the item's text under Item", () => {
    const parsed = parseAnswersCsv(
      lines("Respondent,Item,Item ID,Answer", "Ana,addresses concrete local challenges,TA1,4"),
    );
    expect(parsed.rows.map((row) => row.itemId)).toEqual(["TA1"]);
  });

  it("keeps a row repeated word for word once, skips blank lines, and counts them in the line numbers", () => {
    const parsed = parseAnswersCsv(
      lines("Respondent,Item ID,Answer", "Ana,TA1,4", "", ",,", "ana,ta1,4", "Ana,TA2,3"),
    );
    expect(parsed.rejected).toEqual([]);
    expect(parsed.rows.map((row) => [row.line, row.itemId])).toEqual([
      [2, "TA1"],
      [6, "TA2"],
    ]);
  });
});

describe("parseAnswersCsv: every rejected row names its line and why", () => {
  const file = lines(
    "Respondent,Item ID,Answer,Group", // 1
    "Ana,TA1,4,academia", //              2 kept
    ",TA2,3,academia", //                 3 no respondent
    "Ana,XY9,3,academia", //              4 unknown item
    "Ana,,3,academia", //                 5 no item ID
    "Ana,TA3,7,academia", //              6 off the scale
    "Ana,TA4,maybe,academia", //          7 not an answer
    "Ana,TA5,,academia", //               8 blank answer
    "Ben,TA1,2,councillors", //           9 unknown group
    "Ana,TA1,5,academia", //             10 second, different answer
    "Ana,TA6,3,youth", //                11 a second group
    "Cleo,TA1,1,donor,extra", //         12 more fields than the header
    ",XY1,9,", //                        13 several reasons
  );
  const parsed = parseAnswersCsv(file);

  it("keeps only the good row", () => {
    expect(parsed.rows.map((row) => row.line)).toEqual([2]);
  });

  it.each([
    [3, "no respondent's name"],
    [4, '"XY9" is not a checklist item ID of the catalogue (TA1 … DIG5)'],
    [5, "no item ID"],
    [6, "the answer 7 is not on the scale: use a whole number from 1 to 5, n/a or ?"],
    [7, 'the text "maybe" is not an answer: use 1 to 5, n/a or ?'],
    [8, "no answer (use 1 to 5, n/a or ?)"],
    [
      9,
      '"councillors" is not a stakeholder group; use one of: local government, regional government, national government, civil society, academia, youth, private sector, donor or financial institution',
    ],
    [10, "Ana already answered TA1 with 4 on line 2; this second answer, 5, is not used"],
    [
      11,
      'Ana is in the group "academia" on line 2, but in "youth" here; a respondent belongs to one group',
    ],
    [12, "the row has 5 fields but the header 4; quote a field that holds the delimiter"],
    [
      13,
      'no respondent\'s name; "XY1" is not a checklist item ID of the catalogue (TA1 … DIG5); the answer 9 is not on the scale: use a whole number from 1 to 5, n/a or ?',
    ],
  ])("line %i: %s", (line, message) => {
    expect(parsed.rejected.find((entry) => entry.line === line)).toMatchObject({ line, message });
  });

  it("rejects each bad row once, in line order", () => {
    expect(parsed.rejected.map((entry) => entry.line)).toEqual([
      3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
    ]);
  });

  it("rejects the whole file when the header lacks a required column, naming what it found", () => {
    const missing = parseAnswersCsv(lines("Person;Question;Answer", "Ana;TA1;4"));
    expect(missing.rows).toEqual([]);
    expect(missing.rejected).toMatchObject([
      {
        line: 1,
        message:
          'the header line needs a column headed "Respondent" or "Name"; "Item ID" or "ItemID" or "Item"; it has "Person", "Question", "Answer"; no row is read',
      },
    ]);
    const [refusal] = missing.rejected;
    expect(refusal === undefined ? "" : phraseText("fr", refusal.reason)).toBe(
      'la ligne d\'en-tête doit avoir une colonne intitulée « Répondant » ou « Nom » (en anglais « Respondent » ou « Name ») ; « ID de l\'élément » ou « Élément » (en anglais « Item ID », « ItemID » ou « Item ») ; elle a "Person", "Question", "Answer" ; aucune ligne n\'est lue',
    );
  });

  it("reports an empty file, and a quote never closed after the rows read before it", () => {
    expect(parseAnswersCsv("")).toMatchObject({
      rows: [],
      rejected: [{ line: 1, message: "the file is empty: it has no header line" }],
    });
    const unclosed = parseAnswersCsv(
      lines("Respondent,Item ID,Answer", "Ana,TA1,4", '"Ben,TA2,3', "Cleo,TA3,2"),
    );
    expect(unclosed.rows.map((row) => row.line)).toEqual([2]);
    expect(unclosed.rejected.map((entry) => entry.line)).toEqual([3]);
    expect(unclosed.rejected[0]?.message).toContain("never closed");
  });
});
