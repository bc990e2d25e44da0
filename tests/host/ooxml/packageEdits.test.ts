// The package-level parts a save edits in place: relationships appended with ids no relationship
// of the part uses, and removed by id; content-type overrides removed for dropped parts and added
// for new ones (the rels default added when a package lacks it), the rest as written.

import {
  appendRelationships,
  editedContentTypes,
  withoutRelationships,
} from "../../../src/host/ooxml/packageEdits";

const RELS =
  '<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="t/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId3" Type="t/calcChain" Target="calcChain.xml"/></Relationships>';

it("appends relationships under free ids and removes others by id", () => {
  const { xml, ids } = appendRelationships(RELS, [
    { type: "t/worksheet", target: "worksheets/sheet2.xml" },
    { type: "t/styles", target: "styles.xml" },
  ]);
  expect(ids).toEqual(["rId2", "rId4"]);
  expect(xml).toBe(
    RELS.replace(
      "</Relationships>",
      '<Relationship Id="rId2" Type="t/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId4" Type="t/styles" Target="styles.xml"/></Relationships>',
    ),
  );
  expect(withoutRelationships(RELS, new Set(["rId3"]))).toBe(
    RELS.replace('<Relationship Id="rId3" Type="t/calcChain" Target="calcChain.xml"/>', ""),
  );
  expect(
    appendRelationships(undefined, [{ type: "t/table", target: "../tables/table1.xml" }]).xml,
  ).toContain(
    '<Relationship Id="rId1" Type="t/table" Target="../tables/table1.xml"/></Relationships>',
  );
});

it("edits the content types in place", () => {
  const types =
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/calcChain.xml" ContentType="c"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="w"/></Types>';
  const edited = editedContentTypes(
    types,
    new Set(["xl/calcchain.xml"]),
    new Map([
      ["xl/worksheets/sheet1.xml", "w"],
      ["xl/tables/table9.xml", "t"],
    ]),
  );
  expect(edited).toBe(
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="w"/>' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/tables/table9.xml" ContentType="t"/></Types>',
  );
});
