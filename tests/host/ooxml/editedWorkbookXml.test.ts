// workbook.xml edited in place: the `<sheets>` list and `<definedNames>` rewritten where they are
// (added after `<sheets>` when the part has none, in the prefix the part uses, and removed when no
// name is left), every other byte as written; a new `<sheet>` in the part's own prefixes.

import {
  editedWorkbookXml,
  newSheetEntry,
  renamedSheetEntry,
} from "../../../src/host/ooxml/editedWorkbookXml";

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

const EXCEL = `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${R}"><workbookPr/><workbookProtection lockWindows="1"/><bookViews><workbookView activeTab="1"/></bookViews><sheets><sheet name="Data" sheetId="3" r:id="rId1"/><sheet name="Scoreboard" sheetId="5" r:id="rId2"/></sheets><calcPr calcId="191029"/><extLst><ext uri="{x}"/></extLst></workbook>`;

describe("editedWorkbookXml", () => {
  it("adds the definedNames after <sheets>, keeping every other element as written", () => {
    const edited = editedWorkbookXml(EXCEL, {
      sheetEntries: ['<sheet name="Data" sheetId="3" r:id="rId1"/>'],
      names: [{ name: "C2C_Target", reference: "'Settings'!$B$3" }],
    });
    expect(edited).toBe(
      EXCEL.replace(
        '<sheet name="Scoreboard" sheetId="5" r:id="rId2"/></sheets>',
        "</sheets><definedNames><definedName name=\"C2C_Target\">'Settings'!$B$3</definedName></definedNames>",
      ),
    );
  });

  it("copies the user's elements as text and drops the list when no name is left", () => {
    const element =
      '<definedName name="_xlnm.Print_Area" localSheetId="0" hidden="1">Data!$A:$C</definedName>';
    const withNames = EXCEL.replace(
      "</sheets>",
      `</sheets><definedNames>${element}</definedNames>`,
    );
    const kept = editedWorkbookXml(withNames, {
      sheetEntries: ['<sheet name="Data" sheetId="3" r:id="rId1"/>'],
      names: [{ name: "_xlnm.Print_Area", reference: "ignored", element, localSheetId: 0 }],
    });
    expect(kept).toContain(`<definedNames>${element}</definedNames>`);
    const none = editedWorkbookXml(withNames, {
      sheetEntries: ['<sheet name="Data" sheetId="3" r:id="rId1"/>'],
      names: [],
    });
    expect(none).not.toContain("definedNames");
    expect(none).toContain('<calcPr calcId="191029"/><extLst><ext uri="{x}"/></extLst>');
  });

  it("sets the open tab only when asked, and writes in the part's prefix", () => {
    const prefixed = `${HEAD}<x:workbook xmlns:x="${MAIN}" xmlns:rel="${R}"><x:bookViews><x:workbookView activeTab="1"/></x:bookViews><x:sheets><x:sheet name="A" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>`;
    const entry = newSheetEntry(
      prefixed,
      { name: "Scoreboard", sheetId: 2, hidden: false },
      "rId9",
    );
    expect(entry).toBe('<x:sheet name="Scoreboard" sheetId="2" rel:id="rId9"/>');
    const edited = editedWorkbookXml(prefixed, {
      sheetEntries: ['<x:sheet name="A" sheetId="1" rel:id="rId1"/>', entry],
      names: [{ name: "N", reference: "A!$A$1" }],
      activeTab: 0,
    });
    expect(edited).toContain(
      `<x:sheets><x:sheet name="A" sheetId="1" rel:id="rId1"/>${entry}</x:sheets><x:definedNames><x:definedName name="N">A!$A$1</x:definedName></x:definedNames>`,
    );
    expect(edited).toContain("<x:workbookView/>");
  });
});

describe("renamedSheetEntry", () => {
  it("renames and hides in place, and leaves an entry as it is when nothing changes", () => {
    const entry = '<sheet name="Scoreboard" sheetId="5" state="visible" r:id="rId2"/>';
    expect(renamedSheetEntry(entry, "Scoreboard", false)).toBe(entry);
    expect(renamedSheetEntry(entry, "SCOREBOARD", false)).toBe(
      '<sheet name="SCOREBOARD" sheetId="5" state="visible" r:id="rId2"/>',
    );
    const veryHidden = '<sheet name="C2C_AddinData" sheetId="8" state="veryHidden" r:id="rId3"/>';
    expect(renamedSheetEntry(veryHidden, "C2C_AddinData", true)).toBe(veryHidden);
    expect(renamedSheetEntry('<sheet name="S" sheetId="1" r:id="rId1"/>', "S", true)).toBe(
      '<sheet name="S" sheetId="1" r:id="rId1" state="hidden"/>',
    );
  });
});
